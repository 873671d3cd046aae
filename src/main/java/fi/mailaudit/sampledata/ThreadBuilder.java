package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Addr;
import fi.mailaudit.sampledata.Mail.BodyStyle;
import fi.mailaudit.sampledata.Mail.Part;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Builds the messages of one conversation: Message-IDs in each client's own shape, the
 * In-Reply-To/References chain (RFC 5322 §3.6.4), "VS:"/"Re:"/"SV:" subjects, quoted history and
 * the body encoding the sender's client would choose.
 */
final class ThreadBuilder {
  private final String threadKey;
  private final String companyDomain;
  private final Random rng;
  private final long serial;
  private final List<Mail> mails = new ArrayList<>();
  private final Map<String, String> ownText = new HashMap<>();

  ThreadBuilder(String threadKey, String companyDomain, long serial, Random rng) {
    this.threadKey = threadKey;
    this.companyDomain = companyDomain;
    this.serial = serial;
    this.rng = rng;
  }

  List<Mail> mails() {
    return mails;
  }

  Mail first(Addr from, Addr to, ZonedDateTime date, String subject, String text, String role,
      String language) {
    return add(new Mail(messageId(from), threadKey, from, List.of(to), date, subject, null,
        List.of(), text, null, style(from, role), List.of(), List.of(), role, language, false, null),
        text);
  }

  /** A reply to {@code parent}, quoting it the way the sender's client does. */
  Mail reply(Mail parent, Addr from, ZonedDateTime date, String text, String role, String language,
      ReplyFacts facts) {
    List<String> refs = new ArrayList<>(parent.references());
    refs.add(parent.messageId());
    Quoting.Style q = quoteStyle(from, role);
    String parentText = ownText.getOrDefault(parent.messageId(), parent.text());
    String quoted = Quoting.quote(q, parent.from(), parent.to().get(0), parent.date(),
        parent.subject(), parentText);
    String body = quoted.isEmpty() ? text : text + "\n\n" + quoted;
    Mail m = new Mail(messageId(from), threadKey, from, List.of(parent.from()), date,
        prefix(from, language) + stripPrefix(parent.subject()), parent.messageId(),
        List.copyOf(refs), body, null, style(from, role), List.of(), List.of(), role, language,
        false, facts);
    return add(m, text);
  }

  /** An automatic message: its own subject, auto headers when the system sets them. */
  Mail auto(Mail parent, Addr from, ZonedDateTime date, String subject, String text, String role,
      String language, boolean autoHeaders) {
    List<String[]> headers = autoHeaders
        ? List.of(new String[] {"Auto-Submitted", "auto-replied"}, new String[] {"X-Autoreply", "yes"})
        : List.of();
    Mail m = new Mail(messageId(from), threadKey, from, List.of(parent.from()), date, subject,
        parent.messageId(), List.of(parent.messageId()), text, null, BodyStyle.UTF8_QP, List.of(),
        headers, role, language, true, null);
    return add(m, text);
  }

  /** Replaces the last message, for the special cases (attachments, HTML, dropped threading). */
  void replaceLast(Mail m) {
    mails.set(mails.size() - 1, m);
  }

  Mail last() {
    return mails.get(mails.size() - 1);
  }

  static Mail withAttachment(Mail m, Part p) {
    List<Part> parts = new ArrayList<>(m.attachments());
    parts.add(p);
    return new Mail(m.messageId(), m.threadKey(), m.from(), m.to(), m.date(), m.subject(),
        m.inReplyTo(), m.references(), m.text(), m.html(), m.style(), List.copyOf(parts),
        m.extraHeaders(), m.role(), m.language(), m.autoReply(), m.reply());
  }

  private Mail add(Mail m, String text) {
    mails.add(m);
    ownText.put(m.messageId(), text);
    return m;
  }

  private boolean isCompany(Addr a) {
    return a.email().endsWith("@" + companyDomain);
  }

  private String messageId(Addr from) {
    long r = rng.nextLong();
    String domain = from.email().substring(from.email().indexOf('@') + 1);
    if (isCompany(from)) {
      return String.format(Locale.ROOT, "HE1PR07MB%05d%012X@HE1PR07MB%d.eurprd07.prod.outlook.com",
          serial % 100000, r & 0xFFFFFFFFFFFFL, 3000 + (serial * 7 + mails.size()) % 997);
    }
    if (domain.equals("gmail.com")) {
      return String.format(Locale.ROOT, "CAK%016x%06d+%d@mail.gmail.com", r, serial % 1000000, mails.size());
    }
    return String.format(Locale.ROOT, "%016x.%d.%d@%s", r, serial, mails.size(), domain);
  }

  private BodyStyle style(Addr from, String role) {
    int d = rng.nextInt(100);
    if (isCompany(from)) {
      return d < 35 ? BodyStyle.ALTERNATIVE : d < 60 ? BodyStyle.UTF8_QP : d < 75
          ? BodyStyle.CP1252_QP : d < 88 ? BodyStyle.UTF8_8BIT : BodyStyle.HTML_ONLY;
    }
    return d < 35 ? BodyStyle.UTF8_8BIT : d < 60 ? BodyStyle.UTF8_BASE64 : d < 75
        ? BodyStyle.LATIN1_QP : d < 90 ? BodyStyle.UTF8_QP : BodyStyle.ALTERNATIVE;
  }

  private Quoting.Style quoteStyle(Addr from, String role) {
    int d = rng.nextInt(100);
    if (isCompany(from)) {
      return d < 45 ? Quoting.Style.OUTLOOK_FI : d < 70 ? Quoting.Style.OUTLOOK_ORIGINAL : Quoting.Style.NONE;
    }
    if (from.email().endsWith("@gmail.com")) {
      return d < 75 ? Quoting.Style.GMAIL_FI : Quoting.Style.NONE;
    }
    return d < 50 ? Quoting.Style.THUNDERBIRD_EN : Quoting.Style.NONE;
  }

  private String prefix(Addr from, String language) {
    if ("sv".equals(language)) {
      return "SV: ";
    }
    return isCompany(from) ? "VS: " : "Re: ";
  }

  /** Drops the reply and forward prefixes SPEC §4 lists, so they do not pile up. */
  static String stripPrefix(String subject) {
    String s = subject;
    while (true) {
      String t = s.replaceFirst("^(?i)(re|vs|sv|fwd|fw|vl):\\s*", "");
      if (t.equals(s)) {
        return s;
      }
      s = t;
    }
  }
}
