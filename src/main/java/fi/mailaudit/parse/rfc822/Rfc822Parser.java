package fi.mailaudit.parse.rfc822;

import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.MailHeaders;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Parses one RFC 822 / MIME message into a {@link ParsedMessage}, or a {@link Reject} when it
 * cannot: never an exception. Built once per Spark partition and reused for every message in it
 * (mime4j's parser, the event collector and the part buffer are kept); not thread-safe.
 */
public final class Rfc822Parser {
  private final ParserLimits limits;
  private final MimeStreamParser mime;
  private final MimeStreamParser flat;
  private final MimeCollector collector;
  private final ParseBudget budget;

  public Rfc822Parser() {
    this(ParserLimits.DEFAULTS);
  }

  public Rfc822Parser(ParserLimits limits) {
    this(limits, System::nanoTime);
  }

  /** With the clock the time budget reads; tests pass one that jumps. */
  Rfc822Parser(ParserLimits limits, java.util.function.LongSupplier nanoClock) {
    this.limits = limits;
    this.budget = new ParseBudget(limits.maxParseMillis(), nanoClock);
    MimeConfig config =
        new MimeConfig.Builder()
            .setStrictParsing(false)
            // Body lines are not limited: one-line HTML and unwrapped base64 are common.
            .setMaxLineLen(-1)
            .setMaxHeaderLen(limits.maxHeaderFieldChars())
            .setMaxHeaderCount(limits.maxHeaderFields())
            .setMaxContentLen(-1)
            // A line that is no header ends the header block, so body text never becomes a header.
            .setMalformedHeaderStartsBody(true)
            .build();
    this.collector = new MimeCollector(limits, budget);
    this.mime = new MimeStreamParser(config); // lenient config: silent monitor, fallback descriptors
    mime.setContentDecoding(true);
    // message/rfc822 parts are listed as attachments, never parsed for the body (SPEC §2).
    mime.setNoRecurse();
    mime.setContentHandler(collector);
    this.flat = new MimeStreamParser(config);
    flat.setFlat();
    flat.setContentHandler(collector);
  }

  /** Parses a message; the result is a {@link ParsedMessage} or a {@link Reject}. */
  public ReadResult parse(RawMessage raw) {
    SourceRef source = raw.source();
    byte[] bytes = raw.bytes();
    if (bytes == null || bytes.length == 0) {
      return new Reject(source, RejectReason.NOT_A_MESSAGE, "empty input: 0 bytes");
    }
    if (bytes.length > limits.maxMessageBytes()) {
      return new Reject(
          source,
          RejectReason.LIMIT_EXCEEDED,
          "maxMessageBytes " + limits.maxMessageBytes() + " exceeded: " + bytes.length + " bytes");
    }
    int start = HeaderBlock.start(bytes);
    if (raw.envelopeFrom() != null
        && !HeaderBlock.startsWithBlankLine(bytes, start)
        && !HeaderBlock.firstLineIsField(bytes, start)) {
      // An mbox entry with no header block at all (stalwart's mboxrd mailbox): the From_ separator
      // says a message starts here, so its text is a body; give it the empty header section it
      // lacks, or mime4j would take the first line for a broken header and drop it.
      byte[] framed = new byte[bytes.length - start + 1];
      framed[0] = '\n';
      System.arraycopy(bytes, start, framed, 1, bytes.length - start);
      raw = new RawMessage(source, framed, raw.envelopeFrom());
      bytes = framed;
      start = 0;
    }
    String binary = HeaderBlock.binaryProblem(bytes, start);
    if (binary != null) {
      return new Reject(source, RejectReason.NOT_A_MESSAGE, binary);
    }
    budget.start();
    Reject failed = run(mime, raw, start);
    if (failed != null && failed.reason() == RejectReason.MALFORMED_MIME && !budget.exceeded()) {
      // mime4j gives up on some broken boundary nestings (stalwart malformed/007: "unread only
      // works when a buffer is fully read"). The headers are still good: keep them, with no body.
      failed = run(flat, raw, start) == null ? null : failed;
    }
    if (failed != null) {
      return failed;
    }
    if (budget.exceeded()) {
      // Checked again before the HTML conversion, the one step that does not report back.
      return new Reject(source, RejectReason.LIMIT_EXCEEDED, budget.detail());
    }
    if (collector.headers.isEmpty()) {
      Reject notMail = headerless(source, bytes, start);
      if (notMail != null) {
        return notMail;
      }
    }
    return build(raw, bytes.length);
  }

  /**
   * A message with no header fields is still a message when its header section is empty, i.e. it
   * starts with the blank line that ends that section (RFC 5322 §3.5 makes every field optional
   * in the grammar; mbox exports such as tika simple.mbox hold "From_ line, blank line, body"): it
   * is a text/plain body with no headers. Text whose first line is no header and that has no blank
   * line in front is not mail; neither is an empty section with nothing after it.
   */
  private Reject headerless(SourceRef source, byte[] bytes, int start) {
    if (!HeaderBlock.startsWithBlankLine(bytes, start)) {
      return new Reject(
          source, RejectReason.NOT_A_MESSAGE, "no header block: the first line is not a header field");
    }
    String binary = HeaderBlock.binaryBody(bytes, start);
    if (binary != null) {
      return new Reject(source, RejectReason.NOT_A_MESSAGE, binary + " after an empty header section");
    }
    if (BodyChooser.choose(collector.textParts).text().isBlank() && collector.attachments.isEmpty()) {
      return new Reject(
          source, RejectReason.NOT_A_MESSAGE, "empty message: no header fields and no body text");
    }
    return null;
  }

  /** Runs one mime4j pass into the collector; a reject when it fails, else null. */
  private Reject run(MimeStreamParser parser, RawMessage raw, int start) {
    SourceRef source = raw.source();
    byte[] bytes = raw.bytes();
    collector.reset();
    try {
      parser.parse(new ByteArrayInputStream(bytes, start, bytes.length - start));
    } catch (MimeCollector.LimitExceeded e) {
      return new Reject(source, RejectReason.LIMIT_EXCEEDED, e.getMessage());
    } catch (MaxHeaderLimitException e) {
      return new Reject(
          source, RejectReason.LIMIT_EXCEEDED, "maxHeaderFields " + limits.maxHeaderFields() + " exceeded");
    } catch (MaxHeaderLengthLimitException e) {
      return new Reject(
          source,
          RejectReason.LIMIT_EXCEEDED,
          "maxHeaderFieldChars " + limits.maxHeaderFieldChars() + " exceeded");
    } catch (MimeException | IOException | RuntimeException e) {
      return Reject.of(source, RejectReason.MALFORMED_MIME, e);
    } catch (StackOverflowError e) {
      return new Reject(source, RejectReason.LIMIT_EXCEEDED, "stack overflow in MIME structure");
    }
    return null;
  }

  private ParsedMessage build(RawMessage raw, long size) {
    Map<String, List<String>> rawHeaders = collector.headers;
    Map<String, List<String>> headers = new LinkedHashMap<>(rawHeaders.size() * 2);
    for (Map.Entry<String, List<String>> header : rawHeaders.entrySet()) {
      List<String> values = new ArrayList<>(header.getValue().size());
      for (String value : header.getValue()) {
        values.add(HeaderValues.decodeWords(value));
      }
      headers.put(header.getKey(), List.copyOf(values));
    }
    List<Address> from = Addresses.parse(first(rawHeaders, MailHeaders.FROM));
    BodyChooser.Body body = BodyChooser.choose(collector.textParts);
    return new ParsedMessage(
        raw.source(),
        MessageIds.first(first(rawHeaders, MailHeaders.MESSAGE_ID)),
        MessageIds.parse(joined(rawHeaders, MailHeaders.IN_REPLY_TO)),
        MessageIds.parse(joined(rawHeaders, MailHeaders.REFERENCES)),
        from.isEmpty() ? null : from.get(0),
        Addresses.parse(joined(rawHeaders, MailHeaders.TO)),
        Addresses.parse(joined(rawHeaders, MailHeaders.CC)),
        MailDates.sentAt(first(headers, MailHeaders.DATE), headers.get("received")),
        first(headers, MailHeaders.SUBJECT),
        java.util.Collections.unmodifiableMap(headers),
        body.text(),
        body.source(),
        List.copyOf(collector.attachments),
        size);
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null ? null : values.get(0);
  }

  /** Repeated To / Cc / References fields are one list (RFC 5322 forbids, mailers still do it). */
  private static String joined(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null ? null : String.join(", ", values);
  }
}
