package fi.mailaudit.ingest.mbox;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared corpora of real test archives ({@code ../shared/corpora} beside the clone in CI) and
 * their peer expectations ({@code expected.tsv}). Missing corpora fail the test, never skip it.
 */
final class Corpora {

  /** One row of expected.tsv. */
  record Fact(String file, String format, int messages, String kind, String value) {}

  private Corpora() {}

  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpora");
      if (Files.isRegularFile(candidate.resolve("expected.tsv"))) {
        return candidate;
      }
    }
    return fail("shared/corpora not found beside or above " + Path.of("").toAbsolutePath());
  }

  static Path file(String relative) {
    Path path = root().resolve(relative);
    if (!Files.isRegularFile(path)) {
      fail("corpus file missing: " + path);
    }
    return path;
  }

  static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(file(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The expected.tsv rows of mbox files (format column "mbox…"). */
  static List<Fact> mboxFacts() {
    try {
      List<Fact> facts = new ArrayList<>();
      List<String> lines =
          Files.readAllLines(root().resolve("expected.tsv"), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] cols = line.split("\t", -1);
        if (cols.length >= 5 && cols[1].startsWith("mbox")) {
          facts.add(new Fact(cols[0], cols[1], Integer.parseInt(cols[2]), cols[3], cols[4]));
        }
      }
      return facts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
