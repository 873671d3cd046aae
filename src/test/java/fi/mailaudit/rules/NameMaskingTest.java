package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMaskingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hei Matti,|Hei [asiakas],",
        "Kiitos Matille ja Maijalle!|Kiitos [asiakas] ja Maijalle!",
        "Mattilan osoite|[asiakas] osoite",
        "Jukalle ja Pekalle|Jukalle ja Pekalle",
        "hei matti|hei [asiakas]",
        "Matti-Pekka soitti|[asiakas]-Pekka soitti",
        "Ei nimeä tässä.|Ei nimeä tässä.",
        "Hei Matti Virtanen,|Hei [asiakas],",
        "Kiitos, Matti Virtaselle lähti vahvistus.|Kiitos, [asiakas] lähti vahvistus.",
        "Terveisin Matti Virtanen-Korhonen|Terveisin [asiakas]",
        "Matti soitti eilen.|[asiakas] soitti eilen.",
        "Hei Matti, Kiitos viestistä.|Hei [asiakas], Kiitos viestistä.",
        "Hei Matti! Siirsimme eräpäivän.|Hei [asiakas]! Siirsimme eräpäivän.",
      })
  void masksTheNameInItsInflectedFormsOnly(String text, String masked) {
    assertEquals(Map.of("greeting_kind", masked), NameMasking.mask(Map.of("greeting_kind", text), "Matti"));
  }

  /** The customer's own signature: the name on a line of its own, under the closing. */
  @org.junit.jupiter.api.Test
  void masksTheFullNameInASignatureBlock() {
    assertEquals(Map.of("thanks", "Kiitos avusta!\nTerveisin\n[asiakas]\n"),
        NameMasking.mask(Map.of("thanks", "Kiitos avusta!\nTerveisin\nMatti Virtanen\n"), "Matti"));
  }

  @ParameterizedTest
  @CsvSource({"''", "Aa"})
  void tooShortOrNoNameMasksNothing(String name) {
    assertEquals(Map.of("x", "Hei Aa,"), NameMasking.mask(Map.of("x", "Hei Aa,"), name.isEmpty() ? null : name));
  }
}
