package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

  @ParameterizedTest(name = "{0} messages, {1} cores → {2} partitions after parsing")
  @CsvSource({
      // 100,000 messages as 100,000 EML files (50 parse tasks) or one mbox (6): 6 either way.
      "100000, 2, 6",
      // 1 M messages: 25 tasks of 40,000, whether the mbox is 1.5 GB of text or 10 GB with attachments.
      "1000000, 2, 25",
      // 16 cores: three tasks per core while the messages allow it.
      "100000, 16, 48",
      // Small and empty inputs still get a task per core's share.
      "10, 2, 6",
      "0, 1, 3",
  })
  void stagesAfterParsingAreSizedByMessagesNotFilesOrBytes(long messages, int cores, int expected) {
    assertEquals(expected, PartitionSizing.partitions(messages, cores));
  }
}
