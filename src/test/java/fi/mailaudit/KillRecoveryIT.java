package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.mailaudit.output.OutputDirectory;
import fi.mailaudit.output.OutputTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 item 2 with real kills: the shaded jar audits the sample into a folder; a second run into
 * the same folder is killed with {@code kill -9} as each stage starts, and after every kill the
 * folder reads exactly as after the first run (manifest byte for byte, every table's row set). A
 * kill in the middle of the commit's moves is {@code OutputDirectoryTest}'s (roll forward): it cannot
 * be timed from outside without flakiness. A last run then completes and gives the same rows as the first (order-independent), the manifest
 * differing only in its run-specific fields.
 */
class KillRecoveryIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The progress lines ({@code Progress.stage}) at which a run is killed: early, middle, while writing. */
  private static final List<String> KILL_AT = List.of("parse", "threads", "output");
  private static final List<String> RUN_SPECIFIC = List.of("run_id", "started_at", "finished_at");
  private static final Duration STAGE_WAIT = Duration.ofMinutes(2);
  private static final String SUBSET = "sample-data/archives/asiakaspalvelu-jaettu.mbox";

  @TempDir Path work;

  /** What a reader of the output sees: the manifest text and each table's rows, sorted. */
  record Snapshot(String manifest, Map<String, List<String>> rows) {}

  @Test
  void aKilledRunLeavesThePreviousOutputAndTheNextRunRepeatsIt() throws Exception {
    String jar = System.getProperty("mailaudit.app.jar");
    assertNotNull(jar, "system property mailaudit.app.jar is not set: run through `mvn verify` (failsafe)");
    List<String> jvmOptions = new ArrayList<>(Arrays.asList(System.getProperty("mailaudit.jvm.opens", "").strip().split("\\s+")));
    jvmOptions.remove("--add-modules=jdk.incubator.vector");
    jvmOptions.add("-Xmx1g");
    ChildJvm jvm = new ChildJvm(jvmOptions, work);
    Path output = work.resolve("tulos");
    List<String> audit = List.of("-jar", jar, "run", "--config", Path.of("sample-data/audit.yaml").toAbsolutePath().toString(),
        "--output", output.toString(), "--master", "local[2]");
    // The killed runs read one archive of the sample only: had any of their partitions or their
    // manifest reached the output, its rows would differ from the first run's, not just its run_id.
    List<String> partial = new ArrayList<>(audit);
    partial.addAll(List.of("--input", Path.of(SUBSET).toAbsolutePath().toString()));

    ChildJvm.Result first = jvm.java("first", audit);
    assertEquals(0, first.exitCode(), first.describe());
    Snapshot before = snapshot(output);
    assertTrue(before.rows().values().stream().mapToInt(List::size).sum() > 0, "the sample wrote rows");

    for (String stage : KILL_AT) {
      String name = "killed-at-" + stage;
      Process running = jvm.start(name, partial);
      awaitStage(running, () -> jvm.stderrOf(name), stage);
      kill(running);
      assertFalse(jvm.stderrOf(name).contains("committed quarters"), "killed too late:\n" + jvm.stderrOf(name));
      assertEquals(137, running.exitValue(), "exit status of kill -9");
      Snapshot after = snapshot(output);
      assertEquals(before.manifest(), after.manifest(), "manifest after a kill at " + stage);
      assertEquals(before.rows(), after.rows(), "rows after a kill at " + stage);
    }

    ChildJvm.Result last = jvm.java("last", audit);
    assertEquals(0, last.exitCode(), last.describe());
    Snapshot again = snapshot(output);
    assertEquals(before.rows(), again.rows(), "a re-run of the same input gives the same rows");
    assertEquals(withoutRunFields(before.manifest()), withoutRunFields(again.manifest()),
        "the manifest differs only in run_id, started_at, finished_at");
    try (Stream<Path> children = Files.list(output)) {
      List<String> leftovers = children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("_")
          && !n.equals(OutputDirectory.MANIFEST)).toList();
      assertEquals(List.of(), leftovers, "the completed run cleaned up the killed runs' staging");
    }
  }

  /** Waits for the child's progress line of {@code stage}; fails if it ends first or takes too long. */
  private static void awaitStage(Process running, Supplier<String> stderr, String stage) throws InterruptedException {
    String marker = "[mailaudit] " + stage + " ";
    long deadline = System.nanoTime() + STAGE_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (stderr.get().contains(marker)) {
        return;
      }
      if (!running.isAlive()) {
        fail("the run ended (exit " + running.exitValue() + ") before its '" + stage + "' stage:\n" + stderr.get());
      }
      Thread.sleep(20);
    }
    kill(running);
    fail("no '" + stage + "' stage within " + STAGE_WAIT + ":\n" + stderr.get());
  }

  /** {@code kill -9} of the child and anything it started; waits until it is gone. */
  private static void kill(Process process) throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    assertTrue(process.destroyForcibly().waitFor(30, TimeUnit.SECONDS), "the killed run is gone");
  }

  private static Snapshot snapshot(Path output) throws IOException {
    OutputDirectory dir = OutputDirectory.open(output.toString(), new org.apache.hadoop.conf.Configuration());
    Map<String, List<String>> rows = new TreeMap<>();
    for (OutputTable table : OutputTable.values()) {
      List<Row> read = SparkTestSession.get().read().schema(table.schema()).parquet(dir.tablePath(table)).collectAsList();
      rows.put(table.dirName(), read.stream().map(Row::toString).sorted().toList());
    }
    return new Snapshot(Files.readString(output.resolve(OutputDirectory.MANIFEST)), rows);
  }

  private static ObjectNode withoutRunFields(String manifest) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(manifest);
      RUN_SPECIFIC.forEach(node::remove);
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("manifest is not JSON", e);
    }
  }
}
