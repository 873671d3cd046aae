package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseOutcomeTest {
  private static final Instant DEADLINE = Instant.parse("2026-03-12T21:59:59Z");

  @Test
  void aMailByTheDeadlineKeepsIt() {
    assertEquals(PromiseOutcome.KEPT, PromiseOutcome.of(DEADLINE,
        List.of(Instant.parse("2026-03-12T13:00:00Z")), Instant.parse("2026-06-30T00:00:00Z")));
  }

  @Test
  void aMailAtTheDeadlineSecondStillKeepsIt() {
    assertEquals(PromiseOutcome.KEPT, PromiseOutcome.of(DEADLINE, List.of(DEADLINE), DEADLINE));
  }

  @Test
  void aLateMailBreaksIt() {
    assertEquals(PromiseOutcome.BROKEN, PromiseOutcome.of(DEADLINE,
        List.of(Instant.parse("2026-03-13T07:00:00Z")), Instant.parse("2026-06-30T00:00:00Z")));
  }

  @Test
  void noMailAndTheArchivePastTheDeadlineBreaksIt() {
    assertEquals(PromiseOutcome.BROKEN, PromiseOutcome.of(DEADLINE, List.of(), Instant.parse("2026-03-13T00:00:00Z")));
    assertEquals("broken", PromiseOutcome.of(DEADLINE, null, Instant.parse("2026-03-13T00:00:00Z")).column());
  }

  @Test
  void anArchiveEndingBeforeTheDeadlineLeavesItOpen() {
    assertEquals(PromiseOutcome.OPEN, PromiseOutcome.of(DEADLINE, List.of(), Instant.parse("2026-03-12T08:00:00Z")));
  }

  @Test
  void missingInputsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> PromiseOutcome.of(null, List.of(), DEADLINE));
    assertThrows(IllegalArgumentException.class, () -> PromiseOutcome.of(DEADLINE, List.of(), null));
  }
}
