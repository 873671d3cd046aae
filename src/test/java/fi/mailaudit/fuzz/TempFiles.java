package fi.mailaudit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code mailaudit-*} files in {@code java.io.tmpdir}: what the zip and PST spooling creates
 * and must delete. Other test JVMs on the machine share the folder, so a new file only counts as
 * left behind when it is still there a moment later (a spool of another run is short-lived).
 */
final class TempFiles {
  static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

  private TempFiles() {}

  static List<String> ours() {
    try (Stream<Path> files = Files.list(TMP)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("mailaudit-")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mailaudit-* files that are new since {@code before} and stay for a second. */
  static List<String> leftSince(List<String> before) {
    List<String> added = new ArrayList<>(ours());
    added.removeAll(before);
    if (added.isEmpty()) {
      return added;
    }
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    added.retainAll(ours());
    return added;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
