package fi.mailaudit.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectedFactsTest {
  @Test
  void readsTheSharedTableWithEveryFileOnDisk() {
    List<ExpectedFacts.Row> rows = ExpectedFacts.all();
    assertFalse(rows.isEmpty());
    for (ExpectedFacts.Row row : rows) {
      assertTrue(Files.exists(row.path()), row + ": file missing");
    }
  }

  @Test
  void filtersByFormatAndGroupsByFile() {
    List<ExpectedFacts.Row> emlx = ExpectedFacts.forFormats(Set.of("emlx"));
    assertEquals(Set.of("apache-tika/testEMLX.emlx"), ExpectedFacts.byFile(emlx).keySet());
  }

  @Test
  void parsesRowsAndSplitsListValues(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("expected.tsv");
    Files.writeString(
        tsv,
        "file\tformat\texpected_messages\texpected_fact_kind\texpected_value\tsource_of_expectation\n"
            + "a/viesti.eml\teml\t1\tMessage-To(multi)\tasiakas|tuki\tpeer-test x\n\n");
    List<ExpectedFacts.Row> rows = ExpectedFacts.parse(tsv);
    assertEquals(1, rows.size());
    assertEquals(List.of("asiakas", "tuki"), rows.get(0).values());
    assertEquals(2, rows.get(0).line());
  }

  @Test
  void rejectsAWrongHeaderOrShortRow(@TempDir Path dir) throws IOException {
    Path wrongHeader = dir.resolve("h.tsv");
    Files.writeString(wrongHeader, "file\tformat\n");
    assertThrows(IllegalStateException.class, () -> ExpectedFacts.parse(wrongHeader));
    Path shortRow = dir.resolve("s.tsv");
    Files.writeString(
        shortRow,
        "file\tformat\texpected_messages\texpected_fact_kind\texpected_value\tsource_of_expectation\n"
            + "a.eml\teml\t1\tsubject\n");
    assertThrows(IllegalStateException.class, () -> ExpectedFacts.parse(shortRow));
  }

  @Test
  void emptyFileIsAnError(@TempDir Path dir) throws IOException {
    Path empty = dir.resolve("e.tsv");
    Files.writeString(empty, "");
    assertThrows(IllegalStateException.class, () -> ExpectedFacts.parse(empty));
  }
}
