package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.SqlExamples.Engine;
import fi.mailaudit.SqlExamples.Example;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: every SQL example of docs/QUERYING.md runs against the sample output and returns rows,
 * the DuckDB ones over DuckDB JDBC and the Spark ones in a local session, each engine's blocks in
 * document order on one connection, as a reader pasting them one after another would.
 */
class QueryExamplesIT {
  private static List<Example> examples(Engine engine) throws Exception {
    Path output = SampleOutputRun.output();
    List<Example> all = SqlExamples.extract(Files.readString(Path.of("docs", "QUERYING.md")));
    List<Example> mine = all.stream().filter(e -> e.engine() == engine).map(e -> e.withOutput(output)).toList();
    assertFalse(mine.isEmpty(), "no " + engine + " examples in docs/QUERYING.md");
    return mine;
  }

  @Test
  void everyDuckDbExampleReturnsRows() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Example example : examples(Engine.DUCKDB)) {
        int rows = SqlExamples.runDuckDb(db, example);
        assertTrue(rows > 0, example + " returned no rows:\n" + String.join(";\n", example.statements()));
      }
    }
  }

  @Test
  void everySparkExampleReturnsRows() throws Exception {
    SparkSession spark = SparkTestSession.get();
    for (Example example : examples(Engine.SPARK)) {
      List<String> statements = example.statements();
      long rows;
      try {
        for (String sql : statements.subList(0, statements.size() - 1)) {
          spark.sql(sql).collectAsList();
        }
        rows = spark.sql(statements.get(statements.size() - 1)).count();
      } catch (RuntimeException e) {
        throw new AssertionError(example + ": " + e.getMessage(), e);
      }
      assertTrue(rows > 0, example + " returned no rows:\n" + String.join(";\n", statements));
    }
  }
}
