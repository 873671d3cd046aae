package fi.mailaudit.parse.rfc822;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.Attachment;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rfc822ParserTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String HEAD =
      "From: Asiakaspalvelu <palvelu@Yritys.fi>\r\nTo: matti@example.fi\r\nSubject: Tilaus\r\n"
          + "Date: Mon, 2 Mar 2026 09:15:00 +0200\r\nMessage-ID: <abc.123@yritys.fi>\r\n";

  private final Rfc822Parser parser = new Rfc822Parser();

  static ReadResult parse(Rfc822Parser parser, byte[] bytes) {
    return parser.parse(new RawMessage(new SourceRef("t.eml", InputFormat.EML, "0", null), bytes, null));
  }

  private ParsedMessage message(byte[] bytes) {
    return assertInstanceOf(ParsedMessage.class, parse(parser, bytes));
  }

  private ParsedMessage message(String ascii) {
    return message(ascii.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(String head, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  static Stream<Arguments> bodies() {
    String text = "Hyvä asiakas, kiitos viestistänne. Pahoittelemme viivettä – ”pikaisesti” å.";
    return Stream.of(
        Arguments.of("raw UTF-8, no charset", concat(HEAD + "\r\n", text.getBytes(StandardCharsets.UTF_8)), text),
        Arguments.of(
            "raw UTF-8 under us-ascii",
            concat(HEAD + "Content-Type: text/plain; charset=us-ascii\r\n\r\n", text.getBytes(StandardCharsets.UTF_8)),
            text),
        Arguments.of(
            "Windows-1252 undeclared (” = 0x94)",
            concat(HEAD + "\r\n", text.getBytes(CP1252)), text),
        Arguments.of(
            "iso-8859-1 declared, Outlook's 0x94 read by WHATWG rule",
            concat(HEAD + "Content-Type: text/plain; charset=iso-8859-1\r\n\r\n", text.getBytes(CP1252)),
            text),
        Arguments.of(
            "unknown charset name falls back to detection",
            concat(HEAD + "Content-Type: text/plain; charset=x-tuntematon\r\n\r\n", text.getBytes(StandardCharsets.UTF_8)),
            text),
        Arguments.of(
            "ISO-8859-1 quoted-printable",
            (HEAD + "Content-Type: text/plain; charset=ISO-8859-1\r\n"
                    + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                    + "Hyv=E4=E4 p=E4iv=E4=E4, t=F6ihin =\r\nkiitos.")
                .getBytes(StandardCharsets.US_ASCII),
            "Hyvää päivää, töihin kiitos."),
        Arguments.of(
            "UTF-8 base64",
            (HEAD + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    + Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.US_ASCII),
            text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void finnishBodySurvivesEveryEncoding(String label, byte[] bytes, String expected) {
    ParsedMessage message = message(bytes);
    assertEquals(expected, message.bodyText().strip(), label);
    assertEquals("text/plain", message.bodySource());
  }

  @Test
  void headersAreDecodedAndParsed() {
    ParsedMessage m =
        message(
            ("From: =?ISO-8859-1?Q?Meik=E4l=E4inen=2C_Matti?= <Matti.Meikalainen@Example.FI>\r\n"
                    + "From: toinen@example.fi\r\n"
                    + "To: Asiakaspalvelu: tuki@yritys.fi, =?UTF-8?B?UGlya2tvIFbDpGlzw6RuZW4=?= <p@x.fi>;\r\n"
                    + "Cc: Liisa Äijälä <liisa@yritys.fi>\r\n"
                    + "Subject: =?UTF-8?B?VGlsYXVrc2VzdGEgw6Rzc8OkbiDigJ1rb2tlaWx1YQ==?=\r\n"
                    + " jatkuu\r\n"
                    + "Message-ID: junk <id-1@yritys.fi> (kommentti)\r\n"
                    + "In-Reply-To: <a@x>\r\n"
                    + "References: <a@x>\r\n <b@y> <c@z>\r\n"
                    + "X-Huomio: tärkeä\r\n"
                    + "Date: 16 May 2016 at 09:30:32  GMT+1\r\n\r\nHei!\r\n")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(new Address("Meikäläinen, Matti", "matti.meikalainen@example.fi"), m.from());
    assertEquals(
        List.of(new Address(null, "tuki@yritys.fi"), new Address("Pirkko Väisänen", "p@x.fi")),
        m.to());
    assertEquals(List.of(new Address("Liisa Äijälä", "liisa@yritys.fi")), m.cc());
    assertEquals("Tilauksesta ässän ”kokeilua jatkuu", m.subject());
    assertEquals(2, m.headers().get("from").size(), "both From fields stay in the headers");
    assertEquals("tärkeä", m.header("X-Huomio"));
    assertEquals("id-1@yritys.fi", m.messageId());
    assertEquals(List.of("a@x"), m.inReplyTo());
    assertEquals(List.of("a@x", "b@y", "c@z"), m.references());
    assertEquals(Instant.parse("2016-05-16T08:30:32Z"), m.sentAt());
    assertEquals(List.of("from", "to", "cc", "subject", "message-id", "in-reply-to", "references",
        "x-huomio", "date"), List.copyOf(m.headers().keySet()));
  }

  @Test
  void dateFallsBackToTheLatestReceivedAndJunkIsNull() {
    String received =
        "Received: from a by b; Tue, 3 Mar 2026 10:00:00 +0200\r\n"
            + "Received: from c by d; Tue, 3 Mar 2026 09:59:58 +0200\r\n";
    assertEquals(
        Instant.parse("2026-03-03T08:00:00Z"),
        message(received + "From: a@b.fi\r\n\r\nx").sentAt());
    assertNull(message("From: a@b.fi\r\nDate: eilen iltapäivällä\r\n\r\nx").sentAt());
  }

  @Test
  void htmlOnlyFinnishBodyIsConvertedToText() {
    ParsedMessage m =
        message(
            (HEAD + "Content-Type: text/html; charset=utf-8\r\n\r\n"
                    + "<html><body><p>Hei Matti,</p><p>kiitos yhteydenotostasi – ”ässä” on valmis.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals("text/html", m.bodySource());
    assertEquals("Hei Matti,\n\nkiitos yhteydenotostasi – ”ässä” on valmis.", m.bodyText());
  }

  @Test
  void nestedMultipartPrefersPlainAndListsAttachments() {
    String forwarded = "From: x@y.fi\r\nSubject: =?UTF-8?Q?Vanha_viesti_=C3=A4?=\r\n\r\nsisältö\r\n";
    ParsedMessage m =
        message(
            (HEAD
                    + "Content-Type: multipart/mixed; boundary=\"M\"\r\n\r\n"
                    + "--M\r\nContent-Type: multipart/related; boundary=\"R\"\r\n\r\n"
                    + "--R\r\nContent-Type: multipart/alternative; boundary=\"A\"\r\n\r\n"
                    + "--A\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nEnsimmäinen osa.\r\n"
                    + "--A\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML-versio</p>\r\n"
                    + "--A--\r\n"
                    + "--R\r\nContent-Type: image/png\r\nContent-ID: <logo>\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    + "AAECAwQ=\r\n--R--\r\n"
                    + "--M\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nToinen osa.\r\n"
                    + "--M\r\nContent-Type: application/pdf; name=\"=?UTF-8?Q?Lasku_=C3=A4.pdf?=\"\r\n"
                    + "Content-Disposition: attachment; filename*=utf-8''Lasku%20%C3%A4.pdf\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n"
                    + "--M\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment\r\n\r\nliite\r\n"
                    + "--M\r\nContent-Type: message/rfc822\r\n\r\n" + forwarded
                    + "--M--\r\n")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals("Ensimmäinen osa.\nToinen osa.", m.bodyText());
    assertEquals(
        List.of(
            new Attachment(null, "image/png", 5),
            new Attachment("Lasku ä.pdf", "application/pdf", 5),
            new Attachment(null, "text/plain", 5),
            new Attachment("Vanha viesti ä", "message/rfc822", forwarded.getBytes(StandardCharsets.UTF_8).length - 2)),
        m.attachments());
  }

  @Test
  void bodyLineLookingLikeAHeaderStaysInTheBody() {
    ParsedMessage m = message("From: a@b.fi\nSubject: x\n\nTest content\n    outside of header\nContent-type: something\n");
    assertTrue(m.bodyText().contains("Content-type: something"));
    assertNull(m.header("content-type"));
  }

  @Test
  void envelopeLineOnTopIsSkipped() {
    ParsedMessage m = message("From matti@example.fi Wed Jul 20 17:35:09 2016\nFrom: Matti <matti@example.fi>\n\nHei");
    assertEquals(new Address("Matti", "matti@example.fi"), m.from());
  }

  /** An empty header section (RFC 5322 §3.5) followed by a body: tika simple.mbox / quoted.mbox. */
  static Stream<Arguments> headerlessMessages() {
    return Stream.of(
        Arguments.of("LF", "\nHei, tilaus 4711 on matkalla.\n", "Hei, tilaus 4711 on matkalla."),
        Arguments.of("CRLF", "\r\nKiitos viestistä!\r\n> lainattu rivi\r\n", "> lainattu rivi"),
        Arguments.of("no final line end", "\nTest content 2", "Test content 2"),
        Arguments.of("body line looks like a header", "\nContent-type: jotain\n", "Content-type: jotain"),
        Arguments.of("envelope line kept on top", "From matti@example.fi Mon Jun 01 10:00:00 2009\n\nHei",
            "Hei"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headerlessMessages")
  void emptyHeaderSectionWithABodyIsAPlainTextMessage(String label, String raw, String inBody) {
    ParsedMessage m = message(raw);
    assertTrue(m.bodyText().contains(inBody), label + ": " + m.bodyText());
    assertEquals("text/plain", m.bodySource(), label);
    assertEquals(java.util.Map.of(), m.headers(), label);
    assertNull(m.from(), label);
    assertNull(m.subject(), label);
  }

  @Test
  void headerlessTextIsABodyWhenAnMboxSeparatorFramedIt() {
    byte[] text = "Hei, tämä on pelkkää tekstiä\nilman otsakkeita\n".getBytes(StandardCharsets.UTF_8);
    ReadResult fromMbox = new Rfc822Parser().parse(new RawMessage(
        new SourceRef("x.mbox", InputFormat.MBOX, "@0", null), text, "matti@example.fi Mon Jun 15 10:00:00 2026"));
    ParsedMessage m = assertInstanceOf(ParsedMessage.class, fromMbox);
    assertEquals("Hei, tämä on pelkkää tekstiä\nilman otsakkeita", m.bodyText().strip());
    assertEquals(java.util.Map.of(), m.headers());
    // The same bytes as a file of their own are not mail: see rejects().
    assertInstanceOf(Reject.class, parse(new Rfc822Parser(), text));
  }

  static Stream<Arguments> rejects() {
    byte[] binary = binaryBytes();
    return Stream.of(
        Arguments.of("empty input", new byte[0], RejectReason.NOT_A_MESSAGE, "empty"),
        Arguments.of("binary", binary, RejectReason.NOT_A_MESSAGE, "binary"),
        Arguments.of(
            "no header block",
            "Hei, tämä on pelkkää tekstiä\nilman otsakkeita\n".getBytes(StandardCharsets.UTF_8),
            RejectReason.NOT_A_MESSAGE, "no header block"),
        Arguments.of(
            "no header block, blank line later",
            "Hei, tämä on pelkkää tekstiä\n\nilman otsakkeita\n".getBytes(StandardCharsets.UTF_8),
            RejectReason.NOT_A_MESSAGE, "no header block"),
        Arguments.of("empty header section, no body", "\n".getBytes(StandardCharsets.US_ASCII),
            RejectReason.NOT_A_MESSAGE, "no header fields and no body"),
        Arguments.of("empty header section, blank body", "\r\n\r\n  \r\n".getBytes(StandardCharsets.US_ASCII),
            RejectReason.NOT_A_MESSAGE, "no header fields and no body"),
        Arguments.of("empty header section, binary body", concat("\n\n", binaryBytes()),
            RejectReason.NOT_A_MESSAGE, "after an empty header section"),
        Arguments.of(
            "header field too long",
            ("Subject: " + "ä".repeat(60_000) + "\r\n\r\nx").getBytes(StandardCharsets.UTF_8),
            RejectReason.LIMIT_EXCEEDED, "maxHeaderFieldChars"),
        Arguments.of(
            "too many header fields",
            ("X-A: 1\r\n".repeat(1_001) + "\r\nx").getBytes(StandardCharsets.US_ASCII),
            RejectReason.LIMIT_EXCEEDED, "maxHeaderFields"),
        Arguments.of("nesting 10 000 deep", nested(10_000), RejectReason.LIMIT_EXCEEDED, "maxNestingDepth"));
  }

  private static byte[] binaryBytes() {
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 7);
    }
    return binary;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejects")
  void badInputIsARejectNamingTheProblem(String label, byte[] bytes, RejectReason reason, String detail) {
    Reject reject =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> assertInstanceOf(Reject.class, parse(parser, bytes)));
    assertEquals(reason, reject.reason(), label);
    assertTrue(reject.detail().contains(detail), reject.detail());
  }

  @Test
  void nestingJustInsideTheLimitParses() {
    assertInstanceOf(ParsedMessage.class, parse(parser, nested(100)));
  }

  @Test
  void messageSizeLimit() {
    Rfc822Parser small = new Rfc822Parser(new ParserLimits(100, 1_000, 10, 5));
    Reject reject = assertInstanceOf(Reject.class, parse(small, ("From: a@b\r\n\r\n" + "x".repeat(200)).getBytes(StandardCharsets.US_ASCII)));
    assertEquals(RejectReason.LIMIT_EXCEEDED, reject.reason());
    assertTrue(reject.detail().startsWith("maxMessageBytes 100"), reject.detail());
  }

  @Test
  void parserIsReusableAfterAReject() {
    parse(parser, nested(10_000));
    ParsedMessage m = message(HEAD + "\r\nHei taas");
    assertEquals("Hei taas", m.bodyText());
    assertEquals(List.of(), m.attachments());
  }

  /** A multipart/mixed nested {@code depth} levels with one text part at the bottom. */
  static byte[] nested(int depth) {
    StringBuilder s = new StringBuilder("From: a@b.fi\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n");
    for (int i = 1; i < depth; i++) {
      s.append("--b").append(i - 1).append("\r\nContent-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n");
    }
    s.append("--b").append(depth - 1).append("\r\nContent-Type: text/plain\r\n\r\npohja\r\n");
    for (int i = depth - 1; i >= 0; i--) {
      s.append("--b").append(i).append("--\r\n");
    }
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
