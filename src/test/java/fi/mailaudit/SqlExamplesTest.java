package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.SqlExamples.Engine;
import fi.mailaudit.SqlExamples.Example;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The extractor QueryExamplesIT relies on: what it picks up, what it refuses, and that a typo fails. */
class SqlExamplesTest {
  private static final String DOC = """
      # Kyselyt

      Osastot neljänneksittäin:

      ```sql duckdb
      SELECT department FROM read_parquet('${OUTPUT}/department_quarter/**/*.parquet')
      WHERE quarter = '2026-Q3';
      ```

      ```sh
      duckdb -c "SELECT 1"
      ```

      ```sql spark
      CREATE OR REPLACE TEMPORARY VIEW replies USING parquet OPTIONS (path '${OUTPUT}/replies');
      SELECT count(*) FROM replies
      ```
      """;

  @Test
  void picksTheTaggedSqlBlocksInOrderAndLeavesTheOthers() {
    List<Example> examples = SqlExamples.extract(DOC);
    assertEquals(2, examples.size(), examples.toString());
    assertEquals(Engine.DUCKDB, examples.get(0).engine());
    assertEquals(5, examples.get(0).line());
    assertEquals(1, examples.get(0).statements().size());
    assertEquals(Engine.SPARK, examples.get(1).engine());
    assertEquals(List.of("CREATE OR REPLACE TEMPORARY VIEW replies USING parquet OPTIONS (path '${OUTPUT}/replies')",
        "SELECT count(*) FROM replies"), examples.get(1).statements());
  }

  @Test
  void theEmptyDocumentAndProseWithoutSqlHaveNoExamples() {
    assertEquals(List.of(), SqlExamples.extract(""));
    assertEquals(List.of(), SqlExamples.extract("Kiitos viestistänne!\n\n```text\nSELECT 1;\n```\n"));
  }

  @Test
  void thePlaceholderBecomesTheOutputFolder() {
    Example example = SqlExamples.extract(DOC).get(0).withOutput(Path.of("/srv/audit/out"));
    assertTrue(example.statements().get(0).contains("'/srv/audit/out/department_quarter/**/*.parquet'"),
        example.statements().get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no engine          | ```sql\\nSELECT 1\\n```",
      "misspelt engine    | ```sql duckbd\\nSELECT 1\\n```",
      "never closed       | ```sql duckdb\\nSELECT 1\\n",
      "empty block        | ```sql spark\\n\\n```"})
  void refusesABlockItCannotRun(String why, String markdown) {
    assertThrows(IllegalArgumentException.class, () -> SqlExamples.extract(markdown.replace("\\n", "\n")));
  }

  @Test
  void aTypoInADuckDbBlockFailsAndTheSameBlockSpelledRightReturnsRows() throws SQLException {
    Example typo = SqlExamples.extract("```sql duckdb\nSELEC 'Laskutus' AS department;\n```").get(0);
    Example right = SqlExamples.extract("```sql duckdb\nSELECT 'Laskutus' AS department;\n```").get(0);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      SQLException e = assertThrows(SQLException.class, () -> SqlExamples.runDuckDb(db, typo));
      assertTrue(e.getMessage().startsWith("duckdb example at line 1: "), e.getMessage());
      assertEquals(1, SqlExamples.runDuckDb(db, right));
    }
  }

  @Test
  void theQueryingGuideHasExamplesForBothEngines() throws Exception {
    List<Example> examples = SqlExamples.extract(Files.readString(Path.of("docs", "QUERYING.md")));
    assertTrue(examples.stream().anyMatch(e -> e.engine() == Engine.DUCKDB), examples.toString());
    assertTrue(examples.stream().anyMatch(e -> e.engine() == Engine.SPARK), examples.toString());
  }
}
