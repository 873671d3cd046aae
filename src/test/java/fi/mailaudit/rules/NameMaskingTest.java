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
      })
  void masksTheNameInItsInflectedFormsOnly(String text, String masked) {
    assertEquals(Map.of("greeting_kind", masked), NameMasking.mask(Map.of("greeting_kind", text), "Matti"));
  }

  @ParameterizedTest
  @CsvSource({"''", "Aa"})
  void tooShortOrNoNameMasksNothing(String name) {
    assertEquals(Map.of("x", "Hei Aa,"), NameMasking.mask(Map.of("x", "Hei Aa,"), name.isEmpty() ? null : name));
  }
}
