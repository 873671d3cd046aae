package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceTest {
  private final Evidence evidence = Evidence.withPasswordMasking();

  @Test
  void shortLineIsQuotedWhole() {
    String text = "Hei,\nKiitos viestistänne ja pahoittelut viiveestä.\nTerveisin Maija";
    int at = text.indexOf("Kiitos");
    assertEquals("Kiitos viestistänne ja pahoittelut viiveestä.", evidence.quote(text, at, at + 19));
  }

  @Test
  void longTextIsCutOnWordBoundariesAroundTheMatch() {
    String filler = "Tilauksenne käsittely on edennyt varastolla normaalisti ja ";
    String text = filler.repeat(3) + "kiitos viestistänne " + filler.repeat(3);
    int at = text.indexOf("kiitos");
    String quoted = evidence.quote(text, at, at + 19);
    assertTrue(quoted.length() <= Evidence.MAX_LENGTH, quoted);
    assertTrue(quoted.contains("kiitos viestistänne"), quoted);
    assertTrue(text.contains(quoted), "cut on word boundaries, nothing invented: " + quoted);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Käyttäjätunnuksesi on matti.m ja salasana: Kesä2024! ; Kesä2024!",
        "Uusi salasanasi on x7Hq2pL, vaihda se heti. ; x7Hq2pL",
        "Salasananne on: Sieni-77 ; Sieni-77",
        "Your password: hunter2 ; hunter2",
        "tunnussana = aurinko ; aurinko",
      })
  void passwordsAreMasked(String text, String secret) {
    String quoted = evidence.quote(text, 0, 5);
    assertFalse(quoted.contains(secret), quoted);
    assertTrue(quoted.contains(Evidence.MASK), quoted);
  }

  @Test
  void aSecretPartlyInsideTheWindowIsHiddenWhole() {
    String text = "Salasana: Kesä2024! Kirjaudu sisään.";
    int at = text.indexOf("2024");
    String quoted = new Evidence(new PasswordMasking()).quote(text, at, at + 4);
    assertFalse(quoted.contains("2024"), quoted);
  }

  @Test
  void proseAboutPasswordsIsNotMasked() {
    String text = "Salasanan voi vaihtaa asetuksista.";
    assertEquals(text, evidence.quote(text, 0, 8));
  }

  @Test
  void badSpansAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> evidence.quote("abc", 2, 1));
    assertThrows(IllegalArgumentException.class, () -> evidence.quote("abc", 0, 9));
    assertThrows(IllegalArgumentException.class, () -> new Evidence(null));
    assertEquals("", evidence.of("  "));
  }
}
