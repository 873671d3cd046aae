package fi.mailaudit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.parse.ArchiveReader;
import fi.mailaudit.parse.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 item 1: real archives, damaged on purpose by every {@link Mutator}, read the way the job
 * reads them. Each case must end with every found item returned once (parsed or rejected), no
 * exception, no hang (20 s per case), no temporary file left behind.
 *
 * <p>CI runs {@value #CI_CASES} cases. The nightly run asks for more: {@code mvn -o test
 * -Dtest='fi.mailaudit.fuzz.*' -Dfuzz.cases=10000}; {@code -Dfuzz.seed=N} picks another
 * deterministic sequence, {@code -Dfuzz.case=K} replays one case of it and {@code
 * -Dfuzz.mutator=NAME} runs only that mutator's cases of it.
 */
class ArchiveFuzzTest {
  static final int CI_CASES = 340;
  /** Lowered limits so that the zip bomb and the huge mutants hit them in milliseconds. */
  static final ArchiveReader.Settings SETTINGS =
      ArchiveReader.Settings.defaults().withMaxMessageBytes(8L << 20).withMaxZipEntryBytes(64L << 20);

  @TempDir Path work;

  @Test
  void everyMutantIsAccountedForWithoutCrashHangOrLeftovers() throws IOException {
    List<Seed> seeds = Seed.all();
    assertTrue(seeds.size() > 100, "the corpora are missing: " + seeds.size() + " seeds");
    long baseSeed = Long.getLong("fuzz.seed", 20250106L);
    int cases = Integer.getInteger("fuzz.cases", CI_CASES);
    Integer only = Integer.getInteger("fuzz.case");
    String onlyMutator = System.getProperty("fuzz.mutator");
    Mutator[] mutators = Mutator.values();
    CaseCheck check = new CaseCheck(SETTINGS);
    FuzzSummary summary = new FuzzSummary();
    long started = System.nanoTime();
    for (int n = only == null ? 0 : only; n < (only == null ? cases : only + 1); n++) {
      SplittableRandom random = new SplittableRandom(baseSeed * 1_000_003L + n);
      Mutator mutator = mutators[n % mutators.length];
      if (onlyMutator != null && !mutator.name().equals(onlyMutator)) {
        continue;
      }
      List<Seed> fitting = seeds.stream().filter(mutator::accepts).toList();
      Seed seed = fitting.get(random.nextInt(fitting.size()));
      Path dir = Files.createDirectory(work.resolve("case-" + n));
      List<String> tmpBefore = TempFiles.ours();
      long caseStart = System.nanoTime();
      try {
        Path input = mutator.write(seed, seeds, random, dir);
        long splitBytes = 256 + random.nextInt(64 << 10);
        int sliceItems = 1 + random.nextInt(50);
        List<ReadResult> results = assertTimeoutPreemptively(Duration.ofSeconds(20),
            () -> check.run(input, splitBytes, sliceItems), "case " + n + " hangs");
        Expectations.check(mutator, results);
        List<String> left = TempFiles.leftSince(tmpBefore);
        assertTrue(left.isEmpty(), "temporary files left behind: " + left);
        summary.record(n, mutator, results, (System.nanoTime() - caseStart) / 1_000_000);
      } catch (Throwable e) { // recorded: a StackOverflowError or OOM is exactly what we look for
        summary.fail(n, mutator, seed, e);
      }
      TempFiles.deleteTree(dir); // keep the disk small over 10 000 cases
    }
    System.out.println(summary.render((System.nanoTime() - started) / 1_000_000));
    assertEquals(List.of(), summary.failures);
    if (only == null && onlyMutator == null) {
      assertTrue(summary.outcome("parsed") > 0, "no mutant parsed: the harness reads nothing");
      assertFalse(Arrays.stream(mutators).anyMatch(m -> cases >= mutators.length && !summary.ran(m)),
          "a mutator never ran");
    }
  }
}
