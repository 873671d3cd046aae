package fi.mailaudit.ingest.mbox;

import static fi.mailaudit.ingest.mbox.MboxTestSupport.gzip;
import static fi.mailaudit.ingest.mbox.MboxTestSupport.readAll;
import static fi.mailaudit.ingest.mbox.MboxTestSupport.text;
import static fi.mailaudit.ingest.mbox.MboxTestSupport.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Synthetic mboxes for each rule of the reader, with near misses. */
class MboxReaderTest {

  private static final String FINNISH =
      "From: Liisa Mäkelä <liisa@esimerkki.fi>\n"
          + "Subject: Vastaus: ”Tilaus” myöhässä\n"
          + "\n"
          + "Hei Åke,\n"
          + "kiitos kärsivällisyydestä – päätös ”hyväksytty” tulee pian.\n";

  private static String mbox(String... messages) {
    StringBuilder file = new StringBuilder();
    int i = 0;
    for (String message : messages) {
      file.append("From asiakas").append(i++).append("@esimerkki.fi Mon Jan 15 10:00:00 2024\n");
      file.append(message).append('\n');
    }
    return file.toString();
  }

  private static List<String> texts(CollectingSink sink) {
    return sink.messages.stream().map(m -> text(m.bytes())).toList();
  }

  @Test
  void finnishUtf8SurvivesByteForByte() {
    CollectingSink sink = readAll(utf8(mbox(FINNISH, FINNISH)));
    assertEquals(2, sink.messages.size());
    for (RawMessage message : sink.messages) {
      assertArrayEquals(utf8(FINNISH), message.bytes());
      assertEquals(InputFormat.MBOX, message.source().format());
    }
    assertEquals("asiakas1@esimerkki.fi Mon Jan 15 10:00:00 2024", sink.messages.get(1).envelopeFrom());
  }

  @Test
  void emptyFileGivesNothing() {
    CollectingSink sink = readAll(new byte[0]);
    assertEquals(List.of(), sink.items);
  }

  @Test
  void byteOrderMarkIsSkippedAndOffsetsStayFileOffsets() {
    byte[] plain = utf8(mbox(FINNISH, FINNISH));
    byte[] withBom = new byte[plain.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, withBom, 3, plain.length);
    CollectingSink sink = readAll(withBom);
    assertEquals(List.of(), sink.rejects);
    assertEquals(texts(readAll(plain)), texts(sink));
    assertEquals("@3", sink.messages.get(0).source().location());
  }

  static Stream<Arguments> lineEnds() {
    return Stream.of(Arguments.of("\r\n", FINNISH.replace("\n", "\r\n")), Arguments.of("\r", FINNISH));
  }

  @ParameterizedTest
  @MethodSource("lineEnds")
  void crlfStaysAndLoneCrBecomesLf(String eol, String expected) {
    CollectingSink sink = readAll(utf8(mbox(FINNISH, FINNISH).replace("\n", eol)));
    assertEquals(List.of(expected, expected), texts(sink));
    assertEquals("asiakas0@esimerkki.fi Mon Jan 15 10:00:00 2024", sink.messages.get(0).envelopeFrom());
  }

  @Test
  void gzipMboxReadsLikeThePlainFile() {
    byte[] plain = utf8(mbox(FINNISH, ">From Oulu\n\nFrom here on\nkiitos\n"));
    CollectingSink gz = new CollectingSink();
    new MboxReader(MboxOptions.defaults())
        .readGzip(new ByteArrayInputStream(gzip(plain)), "arkisto.mbox.gz", gz);
    assertEquals(readAll(plain).items, gz.items);
    assertEquals(InputFormat.MBOX_GZ, gz.messages.get(0).source().format());
  }

  @Test
  void brokenGzipKeepsTheMessagesBeforeAndRejectsTheRest() {
    byte[] plain = utf8(mbox(FINNISH, FINNISH, FINNISH).repeat(2000));
    byte[] compressed = gzip(plain);
    CollectingSink sink = new CollectingSink();
    new MboxReader(MboxOptions.defaults().withBufferBytes(MboxOptions.MIN_BUFFER_BYTES))
        .readGzip(
            new ByteArrayInputStream(Arrays.copyOf(compressed, compressed.length / 2)),
            "rikki.mbox.gz",
            sink);
    assertTrue(sink.messages.size() > 0 && sink.messages.size() < 6000, "" + sink.messages.size());
    assertEquals(1, sink.rejects.size());
    Reject reject = sink.rejects.get(0);
    assertEquals(RejectReason.FILE_UNREADABLE, reject.reason());
    assertTrue(reject.detail().contains("gzip mbox unreadable"), reject.detail());
  }

  @Test
  void notGzipAtAllIsOneReject() {
    CollectingSink sink = new CollectingSink();
    new MboxReader(MboxOptions.defaults())
        .readGzip(new ByteArrayInputStream(utf8(mbox(FINNISH))), "väärä.mbox.gz", sink);
    assertEquals(List.of(), sink.messages);
    assertEquals(RejectReason.FILE_UNREADABLE, sink.rejects.get(0).reason());
    assertEquals("@0", sink.rejects.get(0).source().location());
  }

  @Test
  void garbagePrefixIsOneRejectAndTheMessagesStillCome() {
    CollectingSink sink = readAll(utf8("Tämä ei ole viesti\nvaan roskaa\n\n" + mbox(FINNISH)));
    assertEquals(1, sink.messages.size());
    assertEquals(1, sink.rejects.size());
    Reject reject = sink.rejects.get(0);
    assertEquals(RejectReason.NOT_A_MESSAGE, reject.reason());
    assertEquals("@0", reject.source().location());
    assertTrue(reject.detail().contains("Tämä ei ole viesti"), reject.detail());
    assertEquals("reject", sink.items.get(0).kind(), "the reject comes first, in file order");
  }

  /** Empty lines only: a line of spaces is not blank for RFC 4155, so it would hide the From_. */
  @Test
  void blankPrefixIsNotReported() {
    CollectingSink sink = readAll(utf8("\n\r\n\n" + mbox(FINNISH)));
    assertEquals(List.of(), sink.rejects);
    assertEquals(List.of(FINNISH), texts(sink));
  }

  @Test
  void fileWithoutAnySeparatorIsOneReject() {
    CollectingSink sink = readAll(utf8(FINNISH));
    assertEquals(List.of(), sink.messages);
    assertEquals(1, sink.rejects.size());
    assertTrue(sink.rejects.get(0).detail().startsWith("no From_ separator line"));
  }

  @Test
  void oversizedMessageIsRejectedAndReadingGoesOn() {
    String big = "Subject: iso liite\n\n" + "QUJDRA==\n".repeat(2000);
    MboxOptions options = MboxOptions.defaults().withMaxMessageBytes(10_000).withBufferBytes(4096);
    CollectingSink sink = readAll(utf8(mbox(FINNISH, big, FINNISH)), options);
    assertEquals(List.of(FINNISH, FINNISH), texts(sink));
    assertEquals(1, sink.rejects.size());
    Reject reject = sink.rejects.get(0);
    assertEquals(RejectReason.LIMIT_EXCEEDED, reject.reason());
    assertEquals(sink.items.get(1).location(), reject.source().location());
    assertTrue(reject.detail().contains("limit of 10000 bytes"), reject.detail());
    assertTrue(reject.detail().contains("message of " + utf8(big).length + " bytes"), reject.detail());
  }

  @Test
  void messageExactlyAtTheLimitIsKept() {
    int size = utf8(FINNISH).length;
    CollectingSink atLimit = readAll(utf8(mbox(FINNISH)), MboxOptions.defaults().withMaxMessageBytes(size));
    assertEquals(List.of(FINNISH), texts(atLimit));
    CollectingSink below = readAll(utf8(mbox(FINNISH)), MboxOptions.defaults().withMaxMessageBytes(size - 1));
    assertEquals(RejectReason.LIMIT_EXCEEDED, below.rejects.get(0).reason());
  }

  /** Body lines starting "From " that must not split the message, and one that must. */
  static Stream<Arguments> bodyFromLines() {
    return Stream.of(
        Arguments.of("after text", "Hei\nFrom asiakas@esimerkki.fi Mon Jan 15 10:00:00 2024\nX: y\n", 1),
        Arguments.of("no date, blank after", "Hei\n\nFrom perl5-porters:\n\n==\n", 1),
        Arguments.of("no date, text after", "Hei\n\nFrom Helsinki to Oulu\nkestää kaksi päivää\n", 1),
        Arguments.of("date without year", "Hei\n\nFrom Jan 15 10:00 we are open\nTervetuloa\n", 1),
        Arguments.of("not From", "Hei\n\nFromage 10:00 Jan 2024\nX: y\n", 1),
        Arguments.of("header after", "Hei\n\nFrom anyone\nSubject: toinen\n", 2),
        Arguments.of("envelope date", "Hei\n\nFrom a@b.fi Tue Feb 6 13:34:34 2024\nMessage 2\n", 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodyFromLines")
  void bodyFromLineSplitsOnlyWhenItIsASeparator(String name, String body, int messages) {
    CollectingSink sink = readAll(utf8(mbox("Subject: eka\n\n" + body)));
    assertEquals(messages, sink.messages.size(), name);
  }

  static Stream<Arguments> quotedLines() {
    return Stream.of(
        Arguments.of(">From Oulu\n", "From Oulu\n"),
        Arguments.of(">>>From Oulu\n", ">>From Oulu\n"),
        Arguments.of("> From Oulu\n", "> From Oulu\n"),
        Arguments.of(">Fromage\n", ">Fromage\n"),
        Arguments.of(">F\n", ">F\n"),
        Arguments.of("x>From Oulu\n", "x>From Oulu\n"));
  }

  @ParameterizedTest
  @MethodSource("quotedLines")
  void fromQuotingLosesExactlyOneBracket(String stored, String expected) {
    CollectingSink sink = readAll(utf8(mbox("Subject: s\n\n" + stored)));
    assertEquals(List.of("Subject: s\n\n" + expected), texts(sink));
  }

  @Test
  void truthfulContentLengthKeepsASeparatorLikeBodyLineInside() {
    String body = "Hei\n\nFrom asiakas@esimerkki.fi Mon Jan 15 10:00:00 2024\nSubject: liite\n\nloppu\n";
    String message = "Subject: eka\nContent-Length: " + utf8(body).length + "\n\n" + body;
    CollectingSink sink = readAll(utf8(mbox(message, FINNISH)));
    assertEquals(List.of(message, FINNISH), texts(sink));
  }

  @Test
  void lyingContentLengthIsIgnoredAndSeparatorsDecide() {
    String body = "Hei\nkiitos\n";
    for (int lie : List.of(-3, 5, 5000)) {
      String message = "Subject: eka\nContent-Length: " + (utf8(body).length + lie) + "\n\n" + body;
      CollectingSink sink = readAll(utf8(mbox(message, FINNISH)));
      assertEquals(List.of(message, FINNISH), texts(sink), "lie " + lie);
    }
  }

  @Test
  void keepingTheSeparatorBlankLineIsAnOption() {
    CollectingSink sink =
        readAll(utf8(mbox(FINNISH, FINNISH)), MboxOptions.defaults().withKeepSeparatorBlankLine(true));
    assertEquals(List.of(FINNISH + "\n", FINNISH + "\n"), texts(sink));
  }

  @Test
  void rangeStartingInsideAMessageLeavesItToThePreviousRange() {
    byte[] file = utf8(mbox(FINNISH, FINNISH, FINNISH));
    long second = Long.parseLong(readAll(file).messages.get(1).source().location().substring(1));
    CollectingSink first = MboxTestSupport.read(file, MboxOptions.defaults(), List.of(new ByteRange(0, second - 10)));
    CollectingSink rest = MboxTestSupport.read(file, MboxOptions.defaults(),
        List.of(new ByteRange(second - 10, file.length)));
    assertEquals(List.of(FINNISH), texts(first));
    assertEquals(List.of(FINNISH, FINNISH), texts(rest));
    CollectingSink onTheLine = MboxTestSupport.read(file, MboxOptions.defaults(),
        List.of(new ByteRange(second, second + 1)));
    assertEquals(List.of("@" + second), onTheLine.messages.stream().map(m -> m.source().location()).toList());
  }
}
