package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.mailaudit.conversation.AutoReply;
import fi.mailaudit.conversation.QuoteSplitter;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules never throw on odd text (STYLE.md: random strings and the empty input). */
class OddInputTest {
  private static final RuleSet RULES = RuleSet.finnish();

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", " ", "?!?", "Palaan asiaan 31.2. mennessä.", "Palaan asiaan klo 25 mennessä.",
      "Palaan asiaan 99.99.9999 mennessä.", "Salasana:", "salasana: ", "Irtisanon", "klo", "15.3.",
      "Palaan asiaan 0 arkipäivän kuluessa.", "Palaan asiaan 99 arkipäivän kuluessa.", "> > >", "\n\n\n"})
  void oddTextIsScoredWithoutThrowing(String text) {
    ReplyInput input = ReplyInput.of(QuoteSplitter.split(text), QuoteSplitter.split(text), null)
        .withSentAt(Instant.parse("2026-12-31T22:30:00Z"));
    assertDoesNotThrow(() -> RULES.apply(input));
    assertDoesNotThrow(() -> RULES.apply(input.withAutoReply(new AutoReply(true, AutoReply.Kind.ACKNOWLEDGEMENT, "x"))));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void randomStringsAreScoredWithoutThrowing(long seed) {
    Random rng = new Random(seed);
    String alphabet = "aäöeiklmnoprstuvyAÄÖKLMPS0123456789 .,:;!?-=>@\n";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      b.append(alphabet.charAt(rng.nextInt(alphabet.length())));
    }
    ReplyInput input = ReplyInput.of(QuoteSplitter.split(b.toString()), QuoteSplitter.split(b.toString()), null)
        .withSentAt(Instant.EPOCH).withAutoReply(new AutoReply(true, AutoReply.Kind.OUT_OF_OFFICE, "x"));
    assertEquals(true, RULES.apply(input).flags().containsKey(RuleColumns.PROMISE));
  }
}
