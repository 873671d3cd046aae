package fi.mailaudit.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The phrase-bank mini language and the bundled banks. */
class PhraseBankTest {
  private static final Map<String, String> VARS = Map.of("first", "Matti", "product", "Kuitu 1000");

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Kiitos {{viestistänne|viestistäsi}}.;FORMAL;Kiitos viestistänne.",
      "Kiitos {{viestistänne|viestistäsi}}.;INFORMAL;Kiitos viestistäsi.",
      "Kokeile{{kaa|}} ensin.;INFORMAL;Kokeile ensin.",
      "Hei {first},;FORMAL;Hei Matti,",
      "luopua {product-}palvelusta;FORMAL;luopua Kuitu 1000 -palvelusta",
      "'';FORMAL;''"})
  void rendersRegisterVariablesAndCompounds(String text, Register reg, String expected) {
    assertEquals(expected, PhraseBank.render(text, reg, VARS));
  }

  @Test
  void compoundHeadFollowsFinnishHyphenation() {
    assertEquals("KuituTV-", PhraseBank.compoundHead("KuituTV"));
    assertEquals("Kuitu 100 -", PhraseBank.compoundHead("Kuitu 100"));
    assertEquals("Oma Kuitu -sovellus -", PhraseBank.compoundHead("Oma Kuitu -sovellus"));
  }

  @Test
  void aMissingVariableIsAnErrorNotALiteralPlaceholder() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PhraseBank.render("Hei {last}", Register.FORMAL, VARS));
    assertTrue(e.getMessage().contains("{last}"));
  }

  @Test
  void bundledBanksLoadWithEveryScenarioComplete() {
    PhraseBank bank = PhraseBank.load();
    assertThrows(IllegalArgumentException.class, () -> bank.all("no.such.section"));
    for (Scenario s : Scenario.all(bank)) {
      for (String part : new String[] {"subject", "problem.relaxed", "problem.formal", "q1.relaxed",
          "q1.formal", "q2.relaxed", "q2.formal", "a1", "a2", "pending", "done"}) {
        assertFalse(bank.all(s.section(part)).isEmpty(), s.id() + "." + part);
      }
      assertTrue(bank.has("template." + s.department()), s.department());
    }
    assertEquals(3, Cast.sampleCompany(bank).departments().size());
  }
}
