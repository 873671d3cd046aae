package fi.mailaudit.corpora;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts other projects' own tests assert about the shared test archives, read from {@code
 * shared/corpora/expected.tsv} (see its MANIFEST.md), so that each format's corpora test is driven
 * by that table and not by values copied into Java. The corpora directory is found by walking up
 * from the working directory; CI checks the shared folder out beside the clone as {@code
 * ../shared}. A missing corpus fails the test: a skipped corpora test is a passed audit of nothing.
 */
public final class ExpectedFacts {
  static final String TSV = "expected.tsv";
  private static final List<String> HEADER =
      List.of(
          "file",
          "format",
          "expected_messages",
          "expected_fact_kind",
          "expected_value",
          "source_of_expectation");

  /**
   * One line of expected.tsv.
   *
   * @param file the file's path relative to the corpora directory
   * @param format the format column as written (eml, emlx, mbox, mboxrd, "mbox (CRLF)", pst …)
   * @param expectedMessages how many messages the file holds
   * @param kind the fact kind, e.g. {@code subject}, {@code body_contains}
   * @param value the expected value as written ({@code |} separates list items)
   * @param source which peer test or inspection asserts it
   * @param line the 1-based line in expected.tsv, for messages
   */
  public record Row(
      String file,
      String format,
      int expectedMessages,
      String kind,
      String value,
      String source,
      int line) {

    /** The file on disk. */
    public Path path() {
      return corporaDir().resolve(file);
    }

    /** The value split at {@code |}. */
    public List<String> values() {
      return List.of(value.split("\\|", -1));
    }

    @Override
    public String toString() {
      return file + " " + kind + "=" + value + " (expected.tsv:" + line + ")";
    }
  }

  private ExpectedFacts() {}

  /** Every row of expected.tsv, in file order. */
  public static List<Row> all() {
    return parse(corporaDir().resolve(TSV));
  }

  /** The rows whose format column is one of {@code formats} (exact match). */
  public static List<Row> forFormats(Set<String> formats) {
    return all().stream().filter(row -> formats.contains(row.format())).toList();
  }

  /** Rows grouped by file, in order of first appearance. */
  public static Map<String, List<Row>> byFile(List<Row> rows) {
    Map<String, List<Row>> byFile = new LinkedHashMap<>();
    for (Row row : rows) {
      byFile.computeIfAbsent(row.file(), k -> new ArrayList<>()).add(row);
    }
    return byFile;
  }

  /** The shared corpora directory; throws (fails the test) when it cannot be found. */
  public static Path corporaDir() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpora");
      if (Files.isRegularFile(candidate.resolve(TSV))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "shared/corpora/" + TSV + " not found above " + start
            + "; check out the shared folder beside the clone as ../shared");
  }

  static List<Row> parse(Path tsv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tsv, e);
    }
    if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(HEADER)) {
      throw new IllegalStateException(tsv + ": header is not " + String.join("\\t", HEADER));
    }
    List<Row> rows = new ArrayList<>(lines.size());
    for (int i = 1; i < lines.size(); i++) {
      String text = lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      String[] cells = text.split("\t", -1);
      if (cells.length != HEADER.size()) {
        throw new IllegalStateException(
            tsv + ":" + (i + 1) + ": " + cells.length + " columns, expected " + HEADER.size());
      }
      rows.add(
          new Row(
              cells[0], cells[1], Integer.parseInt(cells[2].strip()), cells[3], cells[4], cells[5],
              i + 1));
    }
    return rows;
  }
}
