package fi.mailaudit.conversation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises machine senders by the local part of the address (issue 3 item 1): RFC 5321 §4.5.1
 * {@code postmaster}, the bounce senders {@code mailer-daemon} and {@code bounce(s)} (also VERP
 * forms such as {@code bounces+123@…}), and the no-reply family {@code noreply}, {@code no-reply},
 * {@code no_reply}, {@code donotreply}, {@code do-not-reply} as a whole word of the local part
 * ({@code info-noreply@…}, {@code noreply.laskutus@…}). Near misses such as {@code bouncer},
 * {@code reply} or {@code norberg} are people.
 */
final class SystemSenders {
  private static final Pattern SYSTEM_LOCAL_PART =
      Pattern.compile(
          "(?:^|[-_.+])(?:mailer-daemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply|bounces?)"
              + "(?:$|[-_.+])");

  private SystemSenders() {}

  static boolean isSystem(String email) {
    if (email == null) {
      return false;
    }
    int at = email.lastIndexOf('@');
    String local = (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
    return SYSTEM_LOCAL_PART.matcher(local).find();
  }
}
