package fi.mailaudit.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.corpora.ExpectedFacts.Row;
import fi.mailaudit.ingest.FileSeekableInput;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.ingest.mbox.MboxOptions;
import fi.mailaudit.ingest.mbox.MboxReader;
import fi.mailaudit.ingest.mbox.MboxSink;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.Attachment;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.rfc822.Rfc822Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The non-EML fact kinds of expected.tsv as checks on our model (PST ones in {@link PstFacts}). A kind names one message
 * ({@code message[i]}, 0-based in file order, as Tika's and mime4j's tests count), one PST item
 * ({@code item[i]}, 1-based over the folder items, as Tika's PST test counts), one PST folder or
 * node, or the whole file. {@link #key} turns the kind into its table key, {@link Fact} carries the
 * index or name.
 */
final class ArchiveFacts {
  private static final Pattern INDEXED = Pattern.compile("(message|item)\\[(\\d+)]\\.(.+)");
  private static final Pattern FOLDER = Pattern.compile("folder\\[(.+)]\\.(.+)");
  private static final Pattern NODE = Pattern.compile("(\\w+)\\(node (\\d+)\\)\\.(.+)");
  private static final Pattern NAME_ADDR = Pattern.compile("(.*?)\\s*<([^>]*)>");

  /** A row with its run and the index / folder / node its kind names (null for file facts). */
  record Fact(Row row, ArchiveRun run, String arg) {
    ParsedMessage message() {
      if (row.kind().startsWith("item[")) {
        return run.topLevel().get(Integer.parseInt(arg) - 1);
      }
      return run.messages().get(arg == null ? 0 : Integer.parseInt(arg));
    }
  }

  interface Check {
    void accept(Fact fact) throws IOException;
  }

  private ArchiveFacts() {}

  /** The table key of a kind: {@code message[2].contents} → {@code message[i].contents}. */
  static String key(String kind) {
    Matcher m = INDEXED.matcher(kind);
    if (m.matches()) {
      return m.group(1) + "[i]." + m.group(3);
    }
    m = FOLDER.matcher(kind);
    if (m.matches()) {
      return "folder[name]." + m.group(2);
    }
    m = NODE.matcher(kind);
    return m.matches() ? m.group(1) + "(node n)." + m.group(3) : kind;
  }

  /** The index, folder name or node id of a kind, else null. */
  static String arg(String kind) {
    for (Pattern p : List.of(INDEXED, FOLDER, NODE)) {
      Matcher m = p.matcher(kind);
      if (m.matches()) {
        return m.group(p == FOLDER ? 1 : 2);
      }
    }
    return null;
  }

  static Map<String, Check> checks() {
    Map<String, Check> c = new HashMap<>();
    c.put("message_count", f -> assertEquals(intValue(f), f.run().messages().size(), f.row().toString()));
    c.put("subjects", f -> assertEquals(f.row().values(), subjects(f)));
    c.put("subjects_sorted", f -> assertEquals(f.row().values(), subjects(f).stream().sorted().toList()));
    c.put("subject", f -> assertEquals(f.row().value(), f.message().subject()));
    c.put("body_contains", f -> f.row().values().forEach(v -> assertTrue(
        f.run().messages().stream().anyMatch(m -> m.bodyText().contains(v)), f.row() + ": no body has " + v)));
    // Tika's detected / container type of the file: our equivalent is the format discovery gives.
    Check format = f -> assertEquals(formatOf(f.row().value()), f.run().inputs().get(0).format(), f.row().toString());
    c.put("detected_type", format);
    c.put("container_content_type", format);
    c.put("content_type", format);
    // multiline2.mbox: a body line "Content-type: something" must stay body, not become a header.
    c.put("no_content_type_equals", f -> {
      ParsedMessage m = f.message();
      assertFalse(f.row().value().equals(m.header("content-type")), f.row().toString());
      assertTrue(m.bodyText().contains("Content-type: " + f.row().value()), m.bodyText());
    });
    c.put("envelope_senders", f -> assertEquals(f.row().values(),
        rawMbox(f, false).stream().map(r -> r.envelopeFrom().split("\\s+")[0]).toList()));
    // Tika's text starts with the subject as a heading, then the body.
    c.put("text_startswith", f -> assertTrue((f.message().subject() + "\n" + f.message().bodyText())
        .startsWith(f.row().value()), f.row().toString()));
    // TNEF: Tika emits the RTF body as an embedded "message.rtf"; we make it the body.
    c.put("embedded_filenames", f -> {
      for (String name : f.row().values()) {
        if (name.equals("message.rtf")) {
          assertEquals("application/rtf", f.message().bodySource(), f.row().toString());
        } else {
          assertTrue(attachmentNames(f.message()).contains(name), name + " not in " + f.message().attachments());
        }
      }
    });
    messageChecks(c);
    PstFacts.checks(c);
    return Map.copyOf(c);
  }

  private static void messageChecks(Map<String, Check> c) {
    c.put("message[i].subject", f -> assertEquals(f.row().value(), f.message().subject()));
    Check from = f -> assertEquals(expectedAddress(f.row().value()), f.message().from(), f.row().toString());
    c.put("message[i].dc:creator", from);
    c.put("message[i].from", from);
    c.put("message[i].Message-From", from);
    c.put("message[i].Message-Recipient-Address", f -> assertTrue(emails(f.message().to())
        .contains(f.row().value().toLowerCase(Locale.ROOT)), f.message().to().toString()));
    c.put("message[i].created", f -> assertEquals(Instant.parse(f.row().value()), f.message().sentAt()));
    c.put("message[i].return-path", f -> assertEquals(f.row().value(), f.message().header("return-path")));
    c.put("message[i].X-Test", f -> assertEquals(f.row().value(), f.message().header("x-test")));
    // Tika collapses the folding white space; RFC 5322 §2.2.3 unfolding only removes the CRLF.
    c.put("message[i].received_unfolded", f -> assertEquals(f.row().value(),
        String.valueOf(f.message().header("received")).replaceAll("\\s+", " ")));
    c.put("message[i].body_contains", f -> assertTrue(f.message().bodyText().contains(f.row().value())));
    c.put("message[i].body_not_contains", f -> assertFalse(f.message().bodyText().contains(f.row().value())));
    // Tika's content type of each mbox entry: our equivalent is that the entry parsed as a message.
    c.put("message[i].content_type", f -> assertInstanceOf(ParsedMessage.class,
        f.run().results().get(Integer.parseInt(f.arg())), f.row().toString()));
    // "iso-8859-2 (7bit)": the declared charset and transfer encoding of the message.
    c.put("message[i].charset", f -> {
      String[] parts = f.row().value().split(" \\(|\\)");
      String type = f.message().header("content-type").toLowerCase(Locale.ROOT).replace("\"", "");
      assertTrue(type.contains("charset=" + parts[0]), type);
      assertEquals(parts[1], f.message().header("content-transfer-encoding").toLowerCase(Locale.ROOT));
    });
    c.put("message[i].mbox_from_line", f ->
        assertEquals(f.row().value(), rawMbox(f, false).get(Integer.parseInt(f.arg())).envelopeFrom()));
    // stalwart's mbox iterator keeps the blank line before the next From_ line: so do we, on request.
    c.put("message[i].contents", f -> assertEquals(f.row().value().replace("\\n", "\n"), new String(
        rawMbox(f, true).get(Integer.parseInt(f.arg())).bytes(), StandardCharsets.UTF_8)));
    // mime4j's MboxIterator yields message i as the bytes of file mbox.rlug-i. Those bytes are our
    // RawMessage when the blank line before the next From_ line is kept; the job drops that line
    // (RFC 4155: it is part of the separator), so its parse equals the parse of the file up to the
    // body's trailing line ends.
    c.put("message[i].exact_text", f -> {
      int i = Integer.parseInt(f.arg());
      byte[] bytes = Files.readAllBytes(ExpectedFacts.corporaDir().resolve(f.row().value()));
      assertEquals(new String(bytes, StandardCharsets.ISO_8859_1),
          new String(rawMbox(f, true).get(i).bytes(), StandardCharsets.ISO_8859_1), f.row().toString());
      ParsedMessage alone = assertInstanceOf(ParsedMessage.class, new Rfc822Parser().parse(
          new RawMessage(new SourceRef(f.row().value(), InputFormat.EML, "0", null), bytes, null)));
      assertEquals(placeless(alone), placeless(f.message()), f.row().toString());
    });
  }

  static InputFormat formatOf(String mediaType) {
    return switch (mediaType) {
      case "application/mbox" -> InputFormat.MBOX;
      case "message/x-emlx" -> InputFormat.EMLX;
      case "application/vnd.ms-tnef" -> InputFormat.TNEF;
      case "application/vnd.ms-outlook" -> InputFormat.MSG;
      default -> throw new AssertionError("no format for media type " + mediaType);
    };
  }

  /** "Name <addr>", "<addr>", "addr" or a bare name, as our Address. */
  static Address expectedAddress(String value) {
    Matcher m = NAME_ADDR.matcher(value.strip());
    if (m.matches()) {
      return new Address(m.group(1).isEmpty() ? null : m.group(1), m.group(2).toLowerCase(Locale.ROOT));
    }
    return value.contains("@") ? new Address(null, value.toLowerCase(Locale.ROOT)) : new Address(value, null);
  }

  static int intValue(Fact f) {
    return Integer.parseInt(f.row().value().strip());
  }

  private static List<String> subjects(Fact f) {
    return f.run().messages().stream().map(ParsedMessage::subject).toList();
  }

  private static List<String> emails(List<Address> addresses) {
    return addresses.stream().map(Address::email).toList();
  }

  static List<String> attachmentNames(ParsedMessage m) {
    return m.attachments().stream().map(Attachment::name).toList();
  }


  /**
   * The message without where it was found, its raw size and its body's trailing line ends: what
   * parsing made of its content.
   */
  private static ParsedMessage placeless(ParsedMessage m) {
    return new ParsedMessage(null, m.messageId(), m.inReplyTo(), m.references(), m.from(), m.to(), m.cc(),
        m.sentAt(), m.subject(), m.headers(), m.bodyText().replaceAll("[\r\n]+$", ""), m.bodySource(),
        m.attachments(), 0);
  }

  /**
   * The envelope lines and raw bytes the mbox reader cuts, which ParsedMessage does not keep
   * (RawMessage.envelopeFrom is dropped at parsing): read with MboxReader itself, whole file.
   */
  private static List<RawMessage> rawMbox(Fact f, boolean keepBlankLine) {
    List<RawMessage> raw = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    MboxSink sink = new MboxSink() {
      @Override
      public void message(RawMessage message) {
        raw.add(message);
      }

      @Override
      public void reject(Reject reject) {
        rejects.add(reject);
      }
    };
    MboxOptions options = MboxOptions.defaults().withKeepSeparatorBlankLine(keepBlankLine);
    try (FileSeekableInput in = new FileSeekableInput(f.row().path())) {
      new MboxReader(options).readAll(in, f.row().file(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(List.of(), rejects, f.row().toString());
    return raw;
  }
}
