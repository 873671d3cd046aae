package fi.mailaudit.conversation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a customer's short closing message that only thanks or confirms ("Kiitos avustanne,
 * kaikki toimii nyt!"), which asks nothing and so leaves no customer waiting. SPEC §5.4 counts a
 * customer message as unanswered when it never got a human reply; seed 002 ("Palautteeseen
 * vastataan aina, niinhän?") is about feedback and questions left hanging, not about the last
 * "kiitos" of a solved case, whose reception seed 001 judges separately (thanks_reception).
 * A first message is never a closing: feedback, thanks included, is always to be answered.
 */
public final class ClosingThanks {
  /** A closing is a few lines; more text is a new matter even if it thanks. */
  private static final int MAX_WORDS = 40;

  private static final Pattern THANKS = Pattern.compile(
      "\\b(kiit\\p{L}*|tack\\p{L}*|thank\\p{L}*|thx)\\b", Pattern.UNICODE_CHARACTER_CLASS);
  /** Words that bring a new matter into a thank-you: "Kiitos, mutta lasku on edelleen väärin". */
  private static final Pattern BUT = Pattern.compile(
      "\\b(mutta|kuitenkin|edelleen|vieläkään|yhä|men|but|still)\\b", Pattern.UNICODE_CHARACTER_CLASS);

  private ClosingThanks() {}

  /** True when {@code newText}, the customer's own new text, is only a short thanks. */
  public static boolean is(String newText) {
    if (newText == null || newText.isBlank() || newText.indexOf('?') >= 0) {
      return false;
    }
    String lower = newText.toLowerCase(Locale.ROOT);
    return WordCount.of(newText) <= MAX_WORDS && THANKS.matcher(lower).find() && !BUT.matcher(lower).find();
  }
}
