package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartitionSizingTest {
  private static final long MB = 1024L * 1024;

  @ParameterizedTest(name = "{0} MB configured, {1} MB input, {2} cores → {3} MB")
  @CsvSource({
      // The issue 7 profile: a 160 MB mbox on 2 cores was three 64 MB tasks; now six of ~27 MB.
      "64, 160, 2, 26.667",
      // 1.6 GB on 2 cores: the configured 64 MB already gives 25 tasks.
      "64, 1600, 2, 64",
      // A 16 MB mbox is not cut below the floor into tasks that cost more to start than to run.
      "64, 16, 2, 4",
      // The user's smaller split wins, even below the floor.
      "2, 160, 2, 2",
      // Empty input and a single core.
      "64, 0, 2, 4",
      "64, 160, 1, 53.333",
      // 16 cores: 1.6 GB in 48 tasks of ~34 MB.
      "64, 1600, 16, 33.333",
  })
  void tasksPerCoreWithinTheConfiguredBound(long configuredMb, long inputMb, int cores, double expectedMb) {
    long bytes = PartitionSizing.taskBytes(configuredMb * MB, inputMb * MB, cores);
    assertEquals(expectedMb, bytes / (double) MB, 0.01);
  }

  @ParameterizedTest(name = "{0} MB input, {1} cores → {2} partitions after parsing")
  @CsvSource({
      // 100,000 EML files (157 MB) parse in 50 packed tasks; the later stages get 6, as one mbox does.
      "157, 2, 6",
      "160, 2, 6",
      // 1.5 GB on 2 cores: 64 MB tasks.
      "1528, 2, 24",
      // A 10 GB mbox with attachments on 2 cores: 160 tasks of 64 MB.
      "10240, 2, 160",
      // Small and empty inputs still get a partition.
      "1, 2, 1",
      "0, 2, 1",
  })
  void stagesAfterParsingAreSizedByBytesNotFiles(long inputMb, int cores, int expected) {
    long taskBytes = PartitionSizing.taskBytes(64 * MB, inputMb * MB, cores);
    assertEquals(expected, PartitionSizing.partitions(taskBytes, inputMb * MB));
  }

  @Test
  void aTaskMustHoldSomeBytes() {
    assertEquals("task bytes must be positive, got 0",
        assertThrows(IllegalArgumentException.class, () -> PartitionSizing.partitions(0, 10)).getMessage());
  }
}
