package fi.mailaudit.conversation;

import fi.mailaudit.parse.MailHeaders;
import fi.mailaudit.parse.ParsedMessage;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Recognises auto-replies (issue 3 item 5; SPEC §5.3; seed 003 §3 "Automaattinen vastaajaviesti")
 * from headers first, then subject, then the message's own new text, never its quoted history: a
 * customer quoting an out-of-office below their reply is a human.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>RFC 3834 §5: {@code Auto-Submitted: no} means a human sent it; it overrides every other
 *       signal, since the sender's software states it explicitly.
 *   <li>Any other Auto-Submitted value, {@code X-Autoreply}, {@code X-Autorespond}, {@code
 *       Precedence: auto_reply} and Exchange's {@code X-MS-Exchange-Generated-Message-Source} mark
 *       the message automatic; the text then tells its kind.
 *   <li>{@code Precedence: bulk|list|junk} alone marks {@link AutoReply.Kind#BULK}: newsletters and
 *       list mail are not a human response either, and old vacation programs set "bulk" on their
 *       replies, so an absence text still makes it {@link AutoReply.Kind#OUT_OF_OFFICE}.
 *   <li>Text alone needs an absence statement in the first person present ("olen lomalla") plus a
 *       return date or a substitute contact, in a short text; one sentence "olen lomalla ensi
 *       viikolla" inside a real answer is not enough. {@code X-Auto-Response-Suppress} is ignored:
 *       it asks others not to auto-reply and is set on human mail by Outlook.
 * </ul>
 */
public final class AutoReplyDetector {
  private static final PhraseList SUBJECT_ABSENCE = PhraseList.load("autoreply-subjects-absence");
  private static final PhraseList SUBJECT_ACK =
      PhraseList.load("autoreply-subjects-acknowledgement");
  private static final PhraseList ABSENCE = PhraseList.load("autoreply-absence");
  private static final PhraseList ABSENCE_DETAILS = PhraseList.load("autoreply-absence-details");
  private static final PhraseList AUTOMATIC = PhraseList.load("autoreply-automatic");
  private static final PhraseList MACHINE_NOTICE = PhraseList.load("autoreply-machine-notice");
  private static final List<String> BULK_PRECEDENCE = List.of("bulk", "list", "junk");

  /** A Finnish / Swedish return date: "31.7.", "31.7.2026", "1.8". */
  private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}\\.\\d{1,2}\\.(\\d{2,4})?");

  /** Out-of-office texts are a few lines; a longer text saying "olen lomalla" is a real answer. */
  private static final int MAX_ABSENCE_TEXT = 800;

  private AutoReplyDetector() {}

  /** Classifies a parsed message, reading text from its split body's new text only. */
  public static AutoReply detect(ParsedMessage message, BodySections sections) {
    return detect(message::header, message.subject(), sections == null ? "" : sections.newText());
  }

  /** Classifies from a header lookup (any case), subject and the author's new text. */
  static AutoReply detect(UnaryOperator<String> header, String subject, String newText) {
    String autoSubmitted = token(header.apply(MailHeaders.AUTO_SUBMITTED));
    if ("no".equals(autoSubmitted)) {
      return AutoReply.HUMAN;
    }
    String text = PhraseList.normalize(newText);
    AutoReply fromText = fromText(text);
    String headerEvidence = headerEvidence(header, autoSubmitted);
    if (headerEvidence != null) {
      // Text that only says "a machine sent this" must not turn a header's auto-reply into a notice.
      if (fromText != null && fromText.kind() != AutoReply.Kind.NOTICE) {
        return fromText;
      }
      AutoReply.Kind kind = kindOfSubject(subject);
      // RFC 3834 §5: "auto-generated" is a message not in reply to any other.
      return AutoReply.of(kind == AutoReply.Kind.OTHER && "auto-generated".equals(autoSubmitted)
          ? AutoReply.Kind.NOTICE : kind, headerEvidence);
    }
    String precedence = token(header.apply(MailHeaders.PRECEDENCE));
    if (precedence != null && BULK_PRECEDENCE.contains(precedence)) {
      boolean absent = fromText != null && fromText.kind() == AutoReply.Kind.OUT_OF_OFFICE;
      return absent ? fromText : AutoReply.of(AutoReply.Kind.BULK, "Precedence: " + precedence);
    }
    String subjectNorm = PhraseList.normalize(subject);
    if (SUBJECT_ABSENCE.prefixOf(subjectNorm) != null) {
      return AutoReply.of(AutoReply.Kind.OUT_OF_OFFICE, "Subject: " + subject.strip());
    }
    if (SUBJECT_ACK.prefixOf(subjectNorm) != null) {
      return AutoReply.of(AutoReply.Kind.ACKNOWLEDGEMENT, "Subject: " + subject.strip());
    }
    return fromText != null ? fromText : AutoReply.HUMAN;
  }

  private static String headerEvidence(UnaryOperator<String> header, String autoSubmitted) {
    if (autoSubmitted != null) {
      return "Auto-Submitted: " + autoSubmitted;
    }
    for (String name : List.of(MailHeaders.X_AUTOREPLY, MailHeaders.X_AUTORESPOND)) {
      String value = token(header.apply(name));
      if (value != null && !value.equals("no") && !value.equals("false")) {
        return name + ": " + value;
      }
    }
    if ("auto_reply".equals(token(header.apply(MailHeaders.PRECEDENCE)))) {
      return "Precedence: auto_reply";
    }
    String exchange = header.apply(MailHeaders.X_MS_EXCHANGE_GENERATED_MESSAGE_SOURCE);
    return exchange == null ? null : "X-MS-Exchange-Generated-Message-Source: " + exchange.strip();
  }

  private static AutoReply fromText(String text) {
    String absence = ABSENCE.foundIn(text);
    if (absence != null && text.length() <= MAX_ABSENCE_TEXT) {
      String detail = ABSENCE_DETAILS.foundIn(text);
      if (detail == null && DATE.matcher(text).find()) {
        detail = "date";
      }
      if (detail != null) {
        return AutoReply.of(AutoReply.Kind.OUT_OF_OFFICE, "text: " + absence + " … " + detail);
      }
    }
    String automatic = AUTOMATIC.foundIn(text);
    if (automatic != null) {
      AutoReply.Kind kind =
          absence != null ? AutoReply.Kind.OUT_OF_OFFICE : AutoReply.Kind.ACKNOWLEDGEMENT;
      return AutoReply.of(kind, "text: " + automatic);
    }
    String machine = MACHINE_NOTICE.foundIn(text);
    if (machine != null) {
      return AutoReply.of(absence != null ? AutoReply.Kind.OUT_OF_OFFICE : AutoReply.Kind.NOTICE, "text: " + machine);
    }
    return null;
  }

  /** Header-marked mail with no telling text: its subject may still say out-of-office. */
  private static AutoReply.Kind kindOfSubject(String subject) {
    String norm = PhraseList.normalize(subject);
    if (SUBJECT_ABSENCE.prefixOf(norm) != null) {
      return AutoReply.Kind.OUT_OF_OFFICE;
    }
    return SUBJECT_ACK.prefixOf(norm) != null
        ? AutoReply.Kind.ACKNOWLEDGEMENT
        : AutoReply.Kind.OTHER;
  }

  /** "auto-replied; owner-email=…" → "auto-replied"; blank → null. */
  private static String token(String value) {
    if (value == null) {
      return null;
    }
    String token = value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return token.isEmpty() ? null : token;
  }
}
