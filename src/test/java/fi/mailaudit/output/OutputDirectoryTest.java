package fi.mailaudit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir Path tmp;
  private final Configuration hadoop = new Configuration();

  @Test
  void commitReplacesTheQuartersItWroteAndKeepsTheOthers() throws IOException {
    Path root = tmp.resolve("out");
    OutputDirectory first = OutputDirectory.prepare(root.toString(), hadoop);
    String staging = first.staging("run1");
    stage(staging, "messages", "2026-Q2", "old-q2");
    stage(staging, "messages", "2026-Q3", "old-q3");
    assertEquals(List.of("2026-Q2", "2026-Q3"), first.stagedQuarters(staging));
    first.commit(staging, "run1", manifest("run1"));

    OutputDirectory second = OutputDirectory.prepare(root.toString(), hadoop);
    String staging2 = second.staging("run2");
    stage(staging2, "messages", "2026-Q3", "new-q3");
    second.commit(staging2, "run2", manifest("run2"));

    assertEquals("old-q2", read(root, "messages", "2026-Q2"));
    assertEquals("new-q3", read(root, "messages", "2026-Q3"));
    assertEquals("run2", second.readManifest().runId());
    try (var entries = Files.list(root)) {
      // Every table has its folder, an empty one too; no staging or trash is left.
      List<String> expected = new java.util.ArrayList<>(List.of(OutputTable.dirNames()));
      expected.add("_manifest.json");
      assertEquals(expected.stream().sorted().toList(), entries.map(p -> p.getFileName().toString()).sorted().toList());
      assertEquals(8, expected.size()); // messages, threads, replies, rejects and the three unit tables
    }
  }

  @Test
  void refusesAFolderThatIsNotAMailauditOutput() throws IOException {
    Path foreign = tmp.resolve("documents");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("thesis.docx"), "precious");
    IOException e = assertThrows(OutputDirectory.ForeignOutputException.class,
        () -> OutputDirectory.prepare(foreign.toString(), hadoop));
    assertTrue(e.getMessage().contains("no _manifest.json"), e.getMessage());
    assertTrue(Files.exists(foreign.resolve("thesis.docx")));
  }

  @Test
  void aRunKilledBeforeItsCommitLeavesThePreviousOutputAndIsCleanedUp() throws IOException {
    Path root = tmp.resolve("out");
    OutputDirectory first = OutputDirectory.prepare(root.toString(), hadoop);
    String staging = first.staging("run1");
    stage(staging, "messages", "2026-Q2", "good");
    first.commit(staging, "run1", manifest("run1"));

    OutputDirectory killed = OutputDirectory.prepare(root.toString(), hadoop);
    stage(killed.staging("run2"), "messages", "2026-Q2", "half-written");

    OutputDirectory.prepare(root.toString(), hadoop);
    assertEquals("good", read(root, "messages", "2026-Q2"));
    assertFalse(Files.exists(root.resolve("_staging-run2")));
  }

  @Test
  void aCommitInterruptedMidwayIsFinishedByTheNextRun() throws IOException {
    Path root = tmp.resolve("out");
    OutputDirectory dir = OutputDirectory.prepare(root.toString(), hadoop);
    String staging = dir.staging("run1");
    stage(staging, "messages", "2026-Q2", "new");
    // The journal is written, but the process died before any move.
    Path stagedPartition = Path.of(java.net.URI.create(staging)).resolve("messages/quarter=2026-Q2");
    String journal = "[{\"from\":\"" + stagedPartition.toUri() + "\",\"to\":\""
        + root.resolve("messages/quarter=2026-Q2").toUri() + "\",\"trash\":\""
        + root.resolve("_trash-run1/messages/quarter=2026-Q2").toUri() + "\"}]";
    Files.writeString(root.resolve("_commit_journal.json"), journal);

    OutputDirectory.prepare(root.toString(), hadoop);
    assertEquals("new", read(root, "messages", "2026-Q2"));
    assertFalse(Files.exists(root.resolve("_commit_journal.json")));
  }

  private static void stage(String staging, String table, String quarter, String content) throws IOException {
    Path dir = Path.of(java.net.URI.create(staging)).resolve(table).resolve("quarter=" + quarter);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("part-0.txt"), content);
  }

  private static String read(Path root, String table, String quarter) throws IOException {
    return Files.readString(root.resolve(table).resolve("quarter=" + quarter).resolve("part-0.txt"));
  }

  private static Manifest manifest(String runId) {
    return new Manifest("mailaudit", "test", runId, "2026-11-23T00:00:00Z", "2026-11-23T00:00:01Z",
        Map.of(), Map.of(), "hash", Map.of(), List.of(), List.of(),
        new Manifest.Counts(0, 0, 0, 0, 0, 0, 0, 0));
  }
}
