package fi.mailaudit.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random strings weighted towards the characters the text matchers treat specially (white space
 * of every kind, line terminators, rule and quote marks, digits, Finnish and case-folding letters),
 * so a hand-written loop can be checked against the regex it replaced. Seeded: a failure repeats.
 */
public final class RandomText {
  private static final String ALPHABET =
      " \t\n\r\u000B\f\u00a0\u2028\u2029\u0085\u2003\u001c-_=*:!?.,;)(\"”’–—'<>@+|/[]"
          + "aehiknostuyäöåbcfqwxzAEIKMOSÄÖÅİıKß0123456789";

  private RandomText() {}

  /** {@code count} strings of up to {@code maxLength} characters, including the empty one. */
  public static List<String> strings(long seed, int count, int maxLength) {
    return strings(seed, count, maxLength, ALPHABET);
  }

  /** The same from a given alphabet. */
  public static List<String> strings(long seed, int count, int maxLength, String alphabet) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(count);
    out.add("");
    for (int i = 1; i < count; i++) {
      int length = random.nextInt(maxLength + 1);
      StringBuilder s = new StringBuilder(length);
      for (int j = 0; j < length; j++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      out.add(s.toString());
    }
    return out;
  }
}
