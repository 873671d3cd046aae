package fi.mailaudit.ingest.mbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MboxSplitPlannerTest {

  private static final long MB = 1L << 20;

  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of(0L, 64 * MB, List.of(new ByteRange(0, 0))),
        Arguments.of(150L, 64 * MB, List.of(new ByteRange(0, 150))),
        Arguments.of(64 * MB, 64 * MB, List.of(new ByteRange(0, 64 * MB))),
        // within the 10 % slop: no tiny last task
        Arguments.of(70 * MB, 64 * MB, List.of(new ByteRange(0, 70 * MB))),
        Arguments.of(71 * MB, 64 * MB,
            List.of(new ByteRange(0, 64 * MB), new ByteRange(64 * MB, 71 * MB))),
        Arguments.of(10L, 4L,
            List.of(new ByteRange(0, 4), new ByteRange(4, 8), new ByteRange(8, 10))),
        Arguments.of(10L, 3L,
            List.of(new ByteRange(0, 3), new ByteRange(3, 6), new ByteRange(6, 9),
                new ByteRange(9, 10))));
  }

  @ParameterizedTest
  @MethodSource("plans")
  void cutsWithoutGapsOrOverlap(long length, long split, List<ByteRange> expected) {
    assertEquals(expected, MboxSplitPlanner.plan(length, split));
  }

  @Test
  void manyGigabytesGiveContiguousRanges() {
    long length = 5L * 1024 * MB + 12345;
    List<ByteRange> ranges = MboxSplitPlanner.plan(length, MboxOptions.defaults());
    assertEquals(80, ranges.size());
    long expectedStart = 0;
    for (ByteRange range : ranges) {
      assertEquals(expectedStart, range.start());
      expectedStart = range.end();
    }
    assertEquals(length, expectedStart);
  }

  @Test
  void badArgumentsAreNamed() {
    assertEquals("splitBytes must be positive, was 0",
        assertThrows(IllegalArgumentException.class, () -> MboxSplitPlanner.plan(10, 0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> MboxSplitPlanner.plan(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> new ByteRange(5, 4));
    assertThrows(IllegalArgumentException.class, () -> MboxOptions.defaults().withBufferBytes(100));
  }
}
