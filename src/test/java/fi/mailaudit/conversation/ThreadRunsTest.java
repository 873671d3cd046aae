package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ThreadRunsTest {

  static Stream<Arguments> partitions() {
    return Stream.of(
        Arguments.of("empty partition", List.of(), List.of()),
        Arguments.of("one message", List.of("t_lasku"), List.of(List.of("t_lasku"))),
        Arguments.of("two threads of a customer", List.of("t_lasku", "t_lasku", "t_muutto"),
            List.of(List.of("t_lasku", "t_lasku"), List.of("t_muutto"))),
        Arguments.of("single-message threads", List.of("t_1", "t_2", "t_3"),
            List.of(List.of("t_1"), List.of("t_2"), List.of("t_3"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partitions")
  void runsOfEqualThreadIds(String name, List<String> threadIds, List<List<String>> expected) {
    List<List<String>> runs = new ArrayList<>();
    ThreadRuns.of(messages(threadIds)).forEachRemaining(
        run -> runs.add(run.stream().map(AuditedMessage::threadId).toList()));
    assertEquals(expected, runs);
  }

  @Test
  void aThreadSplitInsideThePartitionIsRefusedNotCountedTwice() {
    Iterator<List<AuditedMessage>> runs = ThreadRuns.of(messages(List.of("t_lasku", "t_muutto", "t_lasku")));
    runs.next();
    runs.next();
    IllegalStateException e = assertThrows(IllegalStateException.class, runs::next);
    assertEquals(true, e.getMessage().contains("t_lasku"), e.getMessage());
  }

  @Test
  void nothingAfterTheLastRun() {
    Iterator<List<AuditedMessage>> runs = ThreadRuns.of(messages(List.of("t_lasku")));
    runs.next();
    assertFalse(runs.hasNext());
    assertThrows(NoSuchElementException.class, runs::next);
  }

  private static Iterator<AuditedMessage> messages(List<String> threadIds) {
    List<AuditedMessage> out = new ArrayList<>();
    for (int i = 0; i < threadIds.size(); i++) {
      out.add(ThreadSummarizerTest.message("k" + i, "2026-03-02T08:0" + i + ":00Z", "2026-Q1",
          "customer", "inbound", false, "fi").withThreadId(threadIds.get(i)));
    }
    return out.iterator();
  }
}
