package fi.mailaudit.rules;

import fi.mailaudit.conversation.PersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides e-mail addresses and phone numbers, on top of passwords, in evidence quoted from a
 * customer's text (issue 4 hidden check: "no password or customer address anywhere in the
 * output"). A cancellation is quoted from the customer's own words ("Irtisanon liittymäni
 * 040 555 1234"), and those words often carry the number or address being cancelled.
 */
final class ContactMasking implements Masking {
  private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d.-]+\\.\\p{L}{2,}");
  /** "040 555 1234", "+358 40 5551234", "09-123 456": a digit run of seven or more with separators. */
  private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?<!\\d\\.)\\+?\\d[\\d -]{5,}\\d(?!\\d)(?!\\.\\d)");
  private final Masking passwords = new PasswordMasking();

  @Override
  public List<int[]> secretSpans(String text) {
    List<int[]> out = new ArrayList<>(passwords.secretSpans(text));
    if (text == null) {
      return out;
    }
    for (Pattern p : List.of(EMAIL, PHONE)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (p == EMAIL || PersonalData.asciiDigits(m.group()) >= PersonalData.MIN_PHONE_DIGITS) {
          out.add(new int[] {m.start(), m.end()});
        }
      }
    }
    return out;
  }
}
