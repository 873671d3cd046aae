package fi.mailaudit.parse.pst;

import java.util.List;
import java.util.Locale;

/**
 * Decides from PR_MESSAGE_CLASS whether a PST item is mail ([MS-OXCMSG] §2.2.1.3, [MS-OXOMSG]).
 *
 * <p>Mail: {@code IPM.Note} and its subclasses (S/MIME, out-of-office replies, voting…), {@code
 * IPM.Schedule.Meeting.*} (meeting requests and responses travel as mail between people and carry a
 * body the customer wrote or read) and {@code REPORT.*} (delivery and read reports: system mail, which
 * the conversation stage must see to tell a bounce from an unanswered message). A missing class is
 * taken as mail, because the property is required and its absence means damage, which we would
 * rather show than hide.
 *
 * <p>Not mail: {@code IPM.Contact}, {@code IPM.DistList}, {@code IPM.Appointment}, {@code IPM.Task},
 * {@code IPM.StickyNote}, {@code IPM.Activity} (journal), {@code IPM.Post} (a public-folder post is
 * never sent to anyone), {@code IPM.Microsoft.ScheduleData.FreeBusy} and everything else.
 */
final class MailItemClass {
  private static final List<String> MAIL_PREFIXES =
      List.of("IPM.NOTE", "IPM.SCHEDULE.MEETING", "REPORT");

  private MailItemClass() {}

  static boolean isMail(String messageClass) {
    if (messageClass == null || messageClass.isBlank()) {
      return true;
    }
    String cls = messageClass.strip().toUpperCase(Locale.ROOT);
    for (String prefix : MAIL_PREFIXES) {
      // Whole dot-separated segments only: "IPM.Notebook" is not "IPM.Note".
      if (cls.equals(prefix) || cls.startsWith(prefix + ".")) {
        return true;
      }
    }
    return false;
  }
}
