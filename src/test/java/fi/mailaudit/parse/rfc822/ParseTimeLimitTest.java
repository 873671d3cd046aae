package fi.mailaudit.parse.rfc822;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The per-message time budget (issue 6: "per-message limits (size, time, nesting) with the limit in
 * the reject reason"). Time is a clock that jumps a fixed step on every reading, so the test does
 * not depend on the machine's speed: every parse event reads it once.
 */
class ParseTimeLimitTest {
  private static final String MAIL = String.join("\r\n",
      "From: Matti Meikäläinen <matti@example.fi>",
      "To: asiakaspalvelu@yritys.fi",
      "Subject: Laskun eräpäivä",
      "Date: Mon, 6 Jan 2025 09:15:00 +0200",
      "Content-Type: multipart/alternative; boundary=\"raja\"",
      "",
      "--raja",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Hei, voinko siirtää laskun eräpäivää?",
      "--raja",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<p>Hei, voinko siirtää laskun eräpäivää?</p>",
      "--raja--",
      "");

  @ParameterizedTest(name = "{0} ms per clock reading, limit {1} ms")
  @CsvSource({
    // a slow machine still within the budget: parsed
    "1,    10000, parsed,",
    // each event costs a second: the 10 s budget runs out mid-message
    "1000, 10000, rejected, parse time limit of 10 s exceeded",
    // a sub-second budget is named in milliseconds
    "100,  250,   rejected, parse time limit of 250 ms exceeded",
    // a clock that never moves never runs out, however small the budget
    "0,    1,     parsed,",
  })
  void aMessageOverItsTimeBudgetIsALimitRejectNamingTheBudget(
      long stepMillis, long limitMillis, String outcome, String detail) {
    ParserLimits limits = new ParserLimits(64L << 20, 100_000, 1_000, 100, limitMillis);
    Rfc822Parser parser = new Rfc822Parser(limits, steppingClock(stepMillis));
    ReadResult result = parser.parse(raw(MAIL));
    if (outcome.equals("parsed")) {
      ParsedMessage message = assertInstanceOf(ParsedMessage.class, result);
      assertEquals("Hei, voinko siirtää laskun eräpäivää?", message.bodyText().strip());
    } else {
      Reject reject = assertInstanceOf(Reject.class, result);
      assertEquals(RejectReason.LIMIT_EXCEEDED, reject.reason());
      assertEquals(detail, reject.detail());
    }
  }

  @ParameterizedTest(name = "a parser reused after a timeout parses the next message ({0})")
  @CsvSource({"1000", "500"})
  void theBudgetStartsAgainForEveryMessage(long stepMillis) {
    AtomicLong steps = new AtomicLong();
    AtomicLong slow = new AtomicLong(1);
    LongSupplier clock = () -> steps.addAndGet(slow.get() * stepMillis * 1_000_000L);
    Rfc822Parser parser = new Rfc822Parser(new ParserLimits(64L << 20, 100_000, 1_000, 100, 2_000), clock);
    assertInstanceOf(Reject.class, parser.parse(raw(MAIL)));
    slow.set(0); // the next message costs nothing
    assertInstanceOf(ParsedMessage.class, parser.parse(raw(MAIL)));
  }

  private static LongSupplier steppingClock(long stepMillis) {
    AtomicLong now = new AtomicLong();
    return () -> now.addAndGet(stepMillis * 1_000_000L);
  }

  private static RawMessage raw(String text) {
    return new RawMessage(new SourceRef("file:/arkisto/viesti.eml", InputFormat.EML, "0", null),
        text.getBytes(StandardCharsets.UTF_8), null);
  }
}
