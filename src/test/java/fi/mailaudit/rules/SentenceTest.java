package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.mailaudit.conversation.RandomText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Milloin?|true",
        "Milloin?!|true",
        "Milloin??|true",
        "(milloin?)|true",
        "\"Milloin?\"|true",
        "Milloin? :-)|true",
        "Milloin.|false",
        "?|true",
        "''|false",
        "Mitä? Ei mitään.|false",
      })
  void endsWithQuestionMark(String text, boolean expected) {
    assertEquals(expected, sentence(text).endsWithQuestionMark());
  }

  /** The loop must answer what the regex it replaced answered, line breaks and all. */
  @Test
  void endsWithQuestionMarkEqualsItsRegexDefinitionOnRandomText() {
    for (String text : RandomText.strings(29, 50_000, 8, "?!.)\"”:;- \t\n\r\u000B\f\u0085\u2028\u2029a")) {
      assertEquals(text.replaceAll("[\\s!.)\"”:;-]+$", "").endsWith("?"), sentence(text).endsWithQuestionMark(),
          () -> "for code points " + text.codePoints().boxed().toList());
    }
  }

  private static Sentence sentence(String text) {
    return new Sentence(text, 0, text.length(), List.of());
  }
}
