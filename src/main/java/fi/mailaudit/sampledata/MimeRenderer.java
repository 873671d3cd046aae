package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Addr;
import fi.mailaudit.sampledata.Mail.BodyStyle;
import fi.mailaudit.sampledata.Mail.Part;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a {@link Mail} as RFC 5322 / MIME bytes: the Helsinki-time Date header (RFC 5322
 * §3.3, +0300 in summer, +0200 in winter), RFC 2047 display names and subjects, and the body in
 * the style chosen for it. Line endings are the caller's: LF inside an mbox, CRLF in an Outlook
 * EML export.
 */
final class MimeRenderer {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String SPECIALS = "()<>[]:;@\\,.\"";

  private MimeRenderer() {}

  static byte[] render(Mail m, String eol) {
    return render(m, eol, Enclosures.NONE);
  }

  /** With files and a signature logo beyond the message's own; the text parts stay the same. */
  static byte[] render(Mail m, String eol, Enclosures extra) {
    StringBuilder h = new StringBuilder(2048);
    boolean bWords = Math.floorMod(m.messageId().hashCode(), 2) == 0;
    h.append("Return-Path: <").append(m.from().email()).append('>').append(eol);
    h.append("Message-ID: <").append(m.messageId()).append('>').append(eol);
    h.append("Date: ").append(DATE.format(m.date())).append(eol);
    h.append("From: ").append(address(m.from(), bWords, eol)).append(eol);
    h.append("To: ").append(m.to().stream().map(a -> address(a, bWords, eol))
        .collect(Collectors.joining("," + eol + " "))).append(eol);
    h.append("Subject: ").append(TransferEncoding.header(m.subject(), !bWords, eol)).append(eol);
    if (m.inReplyTo() != null) {
      h.append("In-Reply-To: <").append(m.inReplyTo()).append('>').append(eol);
    }
    if (!m.references().isEmpty()) {
      h.append("References: ").append(m.references().stream().map(r -> "<" + r + ">")
          .collect(Collectors.joining(eol + " "))).append(eol);
    }
    for (String[] x : m.extraHeaders()) {
      h.append(x[0]).append(": ").append(x[1]).append(eol);
    }
    if (m.from().email().contains("outlook") || m.messageId().contains("outlook.com")) {
      h.append("X-Mailer: Microsoft Outlook 16.0").append(eol);
    }
    h.append("MIME-Version: 1.0").append(eol);
    List<Part> files = extra.files().isEmpty() ? m.attachments()
        : Stream.concat(m.attachments().stream(), extra.files().stream()).toList();
    Body body = files.isEmpty() ? body(m, eol, extra.logo()) : mixed(m, eol, files, extra.logo());
    h.append(body.headers()).append(eol);
    byte[] head = h.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] rest = body.content();
    byte[] all = new byte[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return all;
  }

  /** The content headers and the encoded content of a part. */
  private record Body(String headers, byte[] content) {}

  private static Body body(Mail m, String eol, Part logo) {
    String text = m.text().replace("\n", eol) + eol;
    return switch (effective(m)) {
      case UTF8_8BIT -> new Body("Content-Type: text/plain; charset=UTF-8; format=flowed" + eol
          + "Content-Transfer-Encoding: 8bit" + eol, text.getBytes(StandardCharsets.UTF_8));
      case UTF8_QP -> qp("text/plain", m.text(), StandardCharsets.UTF_8, eol);
      case LATIN1_QP -> qp("text/plain", m.text(), StandardCharsets.ISO_8859_1, eol);
      case CP1252_QP -> qp("text/plain", m.text(), CP1252, eol);
      case UTF8_BASE64 -> new Body("Content-Type: text/plain; charset=UTF-8" + eol
          + "Content-Transfer-Encoding: base64" + eol,
          ascii(TransferEncoding.base64(m.text().getBytes(StandardCharsets.UTF_8), eol)));
      case HTML_ONLY -> qp("text/html", html(m), StandardCharsets.UTF_8, eol);
      case ALTERNATIVE -> logo == null ? alternative(m, html(m), eol) : related(m, logo, eol);
      case REPORT -> multipart("report; report-type=delivery-status", m, eol, List.of(
          qp("text/plain", m.text(), StandardCharsets.UTF_8, eol),
          new Body("Content-Type: message/delivery-status" + eol, ascii(("Reporting-MTA: dns; mail."
              + domain(m.from()) + eol + eol + "Final-Recipient: rfc822; " + m.to().get(0).email() + eol
              + "Action: failed" + eol + "Status: 5.1.1" + eol).replace("\n", eol))),
          new Body("Content-Type: text/rfc822-headers" + eol, ascii("Message-ID: <" + m.inReplyTo()
              + ">" + eol + "From: " + m.to().get(0).email() + eol))));
    };
  }

  /** Latin-1 cannot carry ” (U+201D) or €: such a text falls back to Windows-1252, then UTF-8. */
  private static BodyStyle effective(Mail m) {
    if (m.style() == BodyStyle.LATIN1_QP && !StandardCharsets.ISO_8859_1.newEncoder().canEncode(m.text())) {
      return CP1252.newEncoder().canEncode(m.text()) ? BodyStyle.CP1252_QP : BodyStyle.UTF8_QP;
    }
    if (m.style() == BodyStyle.CP1252_QP && !CP1252.newEncoder().canEncode(m.text())) {
      return BodyStyle.UTF8_QP;
    }
    return m.style();
  }

  private static Body alternative(Mail m, String html, String eol) {
    return multipart("alternative", m, eol, List.of(
        qp("text/plain", m.text(), StandardCharsets.UTF_8, eol),
        qp("text/html", html, StandardCharsets.UTF_8, eol)));
  }

  /**
   * The alternative beside the inline image its HTML shows (RFC 2387), as Outlook sends a reply
   * whose signature has a logo: the image is named and has a Content-ID the HTML refers to.
   */
  private static Body related(Mail m, Part logo, String eol) {
    String cid = logo.name() + "@" + Integer.toHexString(m.messageId().hashCode());
    String html = html(m).replace("</div></body>",
        "<p class=\"MsoNormal\"><img width=\"120\" height=\"40\" src=\"cid:" + cid + "\"></p>\n</div></body>");
    Body image = new Body("Content-Type: " + logo.mediaType() + "; name=\"" + logo.name() + "\"" + eol
        + "Content-Description: " + logo.name() + eol
        + "Content-Disposition: inline; filename=\"" + logo.name() + "\"" + eol
        + "Content-ID: <" + cid + ">" + eol
        + "Content-Transfer-Encoding: base64" + eol, TransferEncoding.base64Ascii(logo.bytes(), eol));
    return multipart("related; type=\"multipart/alternative\"", m, eol, List.of(alternative(m, html, eol), image));
  }

  private static Body mixed(Mail m, String eol, List<Part> files, Part logo) {
    List<Body> parts = new ArrayList<>();
    parts.add(body(m, eol, logo));
    for (Part p : files) {
      parts.add(new Body("Content-Type: " + p.mediaType() + "; name=\"" + p.name() + "\"" + eol
          + "Content-Disposition: attachment; filename=\"" + p.name() + "\"" + eol
          + "Content-Transfer-Encoding: base64" + eol, TransferEncoding.base64Ascii(p.bytes(), eol)));
    }
    return multipart("mixed", m, eol, parts);
  }

  private static Body multipart(String subtype, Mail m, String eol, List<Body> parts) {
    String boundary = "----=_NextPart_" + subtype.charAt(0) + "_"
        + Integer.toHexString(m.messageId().hashCode()) + "." + m.date().toEpochSecond();
    // Sized up front: an attachment of 2 MB must not be copied once per doubling.
    int size = 256;
    for (Body p : parts) {
      size += p.headers().length() + p.content().length + 2 * boundary.length();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.writeBytes(ascii("This is a multi-part message in MIME format." + eol));
    for (Body p : parts) {
      out.writeBytes(ascii(eol + "--" + boundary + eol + p.headers() + eol));
      out.writeBytes(p.content());
    }
    out.writeBytes(ascii(eol + "--" + boundary + "--" + eol));
    return new Body("Content-Type: multipart/" + subtype + ";" + eol + " boundary=\"" + boundary + "\"" + eol,
        out.toByteArray());
  }

  private static Body qp(String type, String text, Charset cs, String eol) {
    return new Body("Content-Type: " + type + "; charset=" + cs.name() + eol
        + "Content-Transfer-Encoding: quoted-printable" + eol,
        ascii(TransferEncoding.quotedPrintable(text, cs, eol) + eol));
  }

  /** The HTML an Outlook user's message carries: paragraphs, line breaks, escaped text. */
  static String html(Mail m) {
    if (m.html() != null) {
      return m.html();
    }
    StringBuilder b = new StringBuilder("<html><head><meta http-equiv=\"Content-Type\" "
        + "content=\"text/html; charset=utf-8\"></head><body><div class=\"WordSection1\">\n");
    for (String para : m.text().split("\n\n")) {
      b.append("<p class=\"MsoNormal\">").append(escape(para).replace("\n", "<br>\n")).append("</p>\n");
    }
    return b.append("</div></body></html>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String address(Addr a, boolean bWords, String eol) {
    String name = a.name();
    if (name == null || name.isBlank()) {
      return "<" + a.email() + ">";
    }
    String shown = name.chars().anyMatch(c -> c >= 128) ? TransferEncoding.header(name, bWords, eol)
        : name.chars().anyMatch(c -> SPECIALS.indexOf(c) >= 0) ? "\"" + name.replace("\"", "\\\"") + "\"" : name;
    return shown + " <" + a.email() + ">";
  }

  private static String domain(Addr a) {
    return a.email().substring(a.email().indexOf('@') + 1);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
