package fi.mailaudit.parse.rfc822;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.mailaudit.corpora.ExpectedFacts;
import fi.mailaudit.corpora.ExpectedFacts.Row;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.Attachment;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The eml and emlx rows of shared/corpora/expected.tsv, each asserted as the equivalent fact of our
 * model. Kinds that only exist in a peer's output model are in {@link #NOT_ASSERTED} with the
 * reason; rows where SPEC deliberately differs from the peer are in {@link #DEVIATIONS} with what
 * we assert instead. A kind in neither table nor {@link #CHECKS} fails the test.
 */
class EmlCorporaTest {
  private static final Set<String> FORMATS = Set.of("eml", "emlx");

  /** Fact kinds of a peer's output model that have no equivalent in ParsedMessage. */
  static final Map<String, String> NOT_ASSERTED =
      Map.of(
          "part_count",
              "stalwart counts every MIME node incl. containers; ParsedMessage keeps no part tree",
          "recursive_metadata_count",
              "Tika's RecursiveParserWrapper metadata list (message + embedded documents); we do not"
                  + " extract embedded documents (SPEC §2)",
          "recursive_metadata_count(default)", "as recursive_metadata_count",
          "recursive_metadata_count(extract-all-alternatives)",
              "Tika option that emits every alternative as a document; we choose one body",
          "multipart_boundary", "a MIME boundary string is not part of our model");

  /**
   * Rows where SPEC §2 (text/plain preferred over the HTML alternative) contradicts the peer, Tika,
   * which prefers the last alternative. Key: file + " " + kind + "=" + value; value: what we assert
   * instead, as "contains:TEXT" or "lacks:TEXT".
   */
  static final Map<String, String> DEVIATIONS =
      Map.of(
          "apache-tika/testRFC822-multipart body_contains=body 2", "contains:body 1",
          "apache-tika/testRFC822-multipart body_not_contains=body 1", "lacks:body 2",
          "apache-tika/testRFC822-mixed-simple body_contains=body 2", "contains:body 1",
          "apache-tika/testRFC822-mixed-with-pdf-inline body_contains=body 2|body 3",
              "contains:body 1");

  private static final String MALFORMED_BOUNDARIES =
      "broken multipart boundaries have no right parse; how many parts survive is each parser's"
          + " own recovery (stalwart keeps more than mime4j); we assert the message still parses"
          + " (everyFileParsesToExactlyItsExpectedMessage) and its headers";

  /**
   * Rows not asserted, by file + " " + kind, with the reason. Each is a place where the peer's
   * model or recovery differs from ours by design, not a failure of ours to read the message.
   */
  static final Map<String, String> NOT_ASSERTED_ROWS =
      Map.ofEntries(
          Map.entry(
              "apache-tika/testRFC822_multipart_attachments.eml body_contains",
              "the text is only in the HTML alternative; SPEC §2 takes the text/plain one"),
          Map.entry(
              "stalwartlabs-mail-parser/eml/thirdparty/002.eml attachment_count",
              "stalwart lists the third inline text/plain part of a mixed message as an"
                  + " attachment; SPEC §2 concatenates inline text/plain parts into the body"),
          Map.entry(
              "stalwartlabs-mail-parser/eml/thirdparty/015.eml attachment_count",
              "three message/rfc822 parts: stalwart counts one, SPEC §2 lists each"),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/000.eml text_body_parts|html_body_parts", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/001.eml attachment_count", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/002.eml attachment_count", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/003.eml attachment_count", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/003.eml text_body_parts|html_body_parts", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/004.eml attachment_count", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/005.eml text_body_parts|html_body_parts", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/006.eml attachment_count", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/006.eml text_body_parts|html_body_parts", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/007.eml attachment_count", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/007.eml text_body_parts|html_body_parts", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/008.eml attachment_count", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/009.eml attachment_count", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/011.eml attachment_count", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/012.eml attachment_count", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/016.eml attachment_count", MALFORMED_BOUNDARIES),
          Map.entry("stalwartlabs-mail-parser/eml/malformed/017.eml attachment_count", MALFORMED_BOUNDARIES));

  private static final Map<String, BiConsumer<ParsedMessage, Row>> CHECKS = checks();

  private final Rfc822Parser parser = new Rfc822Parser();
  private final Map<String, ReadResult> parsed = new HashMap<>();

  @TestFactory
  Stream<DynamicTest> everyEmlRowHolds() {
    List<Row> rows = ExpectedFacts.forFormats(FORMATS);
    assertFalse(rows.isEmpty(), "no eml/emlx rows in expected.tsv");
    return rows.stream()
        .filter(row -> !NOT_ASSERTED.containsKey(row.kind()))
        .filter(row -> !NOT_ASSERTED_ROWS.containsKey(row.file() + " " + row.kind()))
        .map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(row)));
  }

  @Test
  void everyFileParsesToExactlyItsExpectedMessage() throws IOException {
    for (Map.Entry<String, List<Row>> file :
        ExpectedFacts.byFile(ExpectedFacts.forFormats(FORMATS)).entrySet()) {
      assertEquals(1, file.getValue().get(0).expectedMessages(), file.getKey());
      assertInstanceOf(ParsedMessage.class, parse(file.getValue().get(0)), file.getKey());
    }
  }

  @Test
  void everyKindIsCheckedOrDocumented() {
    List<String> unknown = new ArrayList<>();
    for (Row row : ExpectedFacts.forFormats(FORMATS)) {
      if (!CHECKS.containsKey(row.kind()) && !NOT_ASSERTED.containsKey(row.kind())) {
        unknown.add(row.toString());
      }
    }
    assertTrue(unknown.isEmpty(), "fact kinds with no check and no documented reason: " + unknown);
  }

  private void check(Row row) throws IOException {
    ParsedMessage message = assertInstanceOf(ParsedMessage.class, parse(row), row.toString());
    String deviation = DEVIATIONS.get(row.file() + " " + row.kind() + "=" + row.value());
    if (deviation != null) {
      String text = deviation.substring(deviation.indexOf(':') + 1);
      assertEquals(deviation.startsWith("contains:"), message.bodyText().contains(text), deviation);
      return;
    }
    BiConsumer<ParsedMessage, Row> check = CHECKS.get(row.kind());
    if (check == null) {
      fail("unhandled fact kind " + row.kind() + " in " + row);
    }
    check.accept(message, row);
  }

  private ReadResult parse(Row row) throws IOException {
    ReadResult cached = parsed.get(row.file());
    if (cached != null) {
      return cached;
    }
    boolean emlx = row.format().equals("emlx");
    SourceRef source =
        new SourceRef(row.file(), emlx ? InputFormat.EMLX : InputFormat.EML, "0", null);
    RawMessage raw = new RawMessage(source, Files.readAllBytes(row.path()), null);
    ReadResult result = emlx ? new EmlxReader(parser).parse(raw) : parser.parse(raw);
    parsed.put(row.file(), result);
    return result;
  }

  private static Map<String, BiConsumer<ParsedMessage, Row>> checks() {
    Map<String, BiConsumer<ParsedMessage, Row>> checks = new HashMap<>();
    checks.put("subject", EmlCorporaTest::assertSubject);
    BiConsumer<ParsedMessage, Row> fromName =
        (m, r) -> assertEquals(r.value(), from(m, r).name(), r.toString());
    BiConsumer<ParsedMessage, Row> fromEmail =
        (m, r) -> assertEquals(r.value().toLowerCase(Locale.ROOT), from(m, r).email(), r.toString());
    checks.put("from_name", fromName);
    checks.put("Message:From-Name", fromName);
    checks.put("from_address", fromEmail);
    checks.put("Message:From-Email", fromEmail);
    // Tika's dc:creator is "Name <addr>", or the bare text when there is no address.
    checks.put("dc:creator", (m, r) -> assertEquals(r.value(), creator(from(m, r))));
    // Two From fields: Tika lists both; we keep the first as from and both in the headers.
    checks.put(
        "dc:creator(multi)",
        (m, r) -> {
          assertEquals(r.values().get(0), creator(from(m, r)));
          String header = String.join(",", m.headers().get("from"));
          r.values().forEach(v -> assertTrue(header.contains(v), r + " not in From: " + header));
        });
    checks.put(
        "Message-To(multi)",
        (m, r) -> assertEquals(r.values(), m.to().stream().map(EmlCorporaTest::creator).toList()));
    checks.put(
        "attachment_count", (m, r) -> assertEquals(Integer.parseInt(r.value()), m.attachments().size(), r.toString()));
    // stalwart's text_body|html_body part lists: both empty means no body part at all.
    checks.put(
        "text_body_parts|html_body_parts",
        (m, r) -> {
          if (r.value().equals("0|0")) {
            assertEquals("none", m.bodySource(), r.toString());
          } else {
            assertNotEquals("none", m.bodySource(), r.toString());
          }
        });
    checks.put(
        "body_contains",
        (m, r) -> r.values().forEach(v -> assertTrue(m.bodyText().contains(v), r.toString())));
    checks.put(
        "body_not_contains",
        (m, r) -> r.values().forEach(v -> assertFalse(m.bodyText().contains(v), r.toString())));
    checks.put("created", (m, r) -> assertEquals(Instant.parse(r.value()), m.sentAt()));
    checks.put(
        "created_startswith",
        (m, r) -> assertTrue(String.valueOf(m.sentAt()).startsWith(r.value()), r + ": " + m.sentAt()));
    // Tika's type detection; our equivalent is that the file parses to a message at all.
    checks.put("detected_type", (m, r) -> assertNotNull(m.from(), r.toString()));
    checks.put("attachment", EmlCorporaTest::assertAttachment);
    checks.put("embedded[1]", EmlCorporaTest::assertAttachment);
    checks.put("embedded[2]", EmlCorporaTest::assertAttachment);
    return Map.copyOf(checks);
  }

  /**
   * stalwart writes U+FFFD for a raw 8-bit byte in an unencoded Subject (legacy/010); SPEC §2 reads
   * it as windows-1252, so there the expected U+FFFD stands for any one non-ASCII letter.
   */
  private static void assertSubject(ParsedMessage message, Row row) {
    String expected = row.value();
    String actual = message.subject();
    if (expected.indexOf('\uFFFD') < 0 || actual == null || actual.length() != expected.length()) {
      assertEquals(expected, actual, row.toString());
      return;
    }
    for (int i = 0; i < expected.length(); i++) {
      char e = expected.charAt(i);
      char a = actual.charAt(i);
      assertTrue(e == '\uFFFD' ? a > 0x7f && a != '\uFFFD' : e == a, row + ": " + actual);
    }
  }

  private static Address from(ParsedMessage message, Row row) {
    assertNotNull(message.from(), row + ": no From");
    return message.from();
  }

  private static String creator(Address address) {
    if (address.email() == null) {
      return address.name();
    }
    return address.name() == null ? address.email() : address.name() + " <" + address.email() + ">";
  }

  /**
   * "image/png testPNG.png", "image/gif /logo.gif", "/test.eml ATTACHMENT contains …": the
   * attachment is listed with that name (and type when given). Tika's index and the extracted
   * content ("contains") are not asserted: we list attachments, never extract them (SPEC §2).
   */
  private static void assertAttachment(ParsedMessage message, Row row) {
    String value = row.value();
    String type = null;
    int space = value.indexOf(' ');
    if (!value.startsWith("/") && space > 0) {
      type = value.substring(0, space);
      value = value.substring(space + 1);
    }
    String name = value.startsWith("/") ? value.substring(1) : value;
    for (String marker : List.of(" ATTACHMENT", " INLINE", " contains ")) {
      int at = name.indexOf(marker);
      if (at >= 0) {
        name = name.substring(0, at);
      }
    }
    for (Attachment attachment : message.attachments()) {
      if (name.equals(attachment.name()) && (type == null || type.equals(attachment.mediaType()))) {
        return;
      }
    }
    fail(row + ": no attachment " + type + " " + name + " in " + message.attachments());
  }
}
