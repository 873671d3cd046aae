package fi.mailaudit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL examples of a Markdown document (docs/QUERYING.md), so that a test runs exactly what a
 * reader copies: every fenced block opened with {@code ```sql duckdb} or {@code ```sql spark}. A
 * {@code ```sql} block without a known engine is an error rather than silently untested.
 */
final class SqlExamples {
  /** Where {@link #withOutput} puts the output folder of a run. */
  static final String PLACEHOLDER = "${OUTPUT}";

  /** The engine a block is written for, named after the fence's second word. */
  enum Engine {
    DUCKDB,
    SPARK
  }

  /**
   * One block: its engine, the Markdown line of its opening fence (for failure messages) and its
   * statements in order; the last one is the query whose rows the reader sees.
   */
  record Example(Engine engine, int line, List<String> statements) {
    /** The example with {@link #PLACEHOLDER} replaced by {@code output}. */
    Example withOutput(Path output) {
      String path = output.toAbsolutePath().toString().replace('\\', '/');
      return new Example(engine, line, statements.stream().map(s -> s.replace(PLACEHOLDER, path)).toList());
    }

    @Override
    public String toString() {
      return engine.name().toLowerCase(java.util.Locale.ROOT) + " example at line " + line;
    }
  }

  private SqlExamples() {}

  /** Every tagged SQL block of {@code markdown}, in document order. */
  static List<Example> extract(String markdown) {
    List<Example> examples = new ArrayList<>();
    List<String> lines = Arrays.asList(markdown.split("\r?\n", -1));
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i).strip();
      if (!fence.startsWith("```")) {
        continue;
      }
      int close = i + 1;
      while (close < lines.size() && !lines.get(close).strip().equals("```")) {
        close++;
      }
      if (close == lines.size()) {
        throw new IllegalArgumentException("line " + (i + 1) + ": the block opened by " + fence + " is never closed");
      }
      String[] info = fence.substring(3).strip().split("\\s+");
      if (info[0].equals("sql")) {
        Engine engine = engine(info, i + 1);
        List<String> statements = statements(String.join("\n", lines.subList(i + 1, close)));
        if (statements.isEmpty()) {
          throw new IllegalArgumentException("line " + (i + 1) + ": empty " + fence + " block");
        }
        examples.add(new Example(engine, i + 1, statements));
      }
      i = close;
    }
    return examples;
  }

  private static Engine engine(String[] info, int line) {
    String tag = info.length > 1 ? info[1] : "";
    for (Engine engine : Engine.values()) {
      if (engine.name().equalsIgnoreCase(tag)) {
        return engine;
      }
    }
    throw new IllegalArgumentException("line " + line + ": a sql block needs an engine the test runs it on"
        + " (```sql duckdb or ```sql spark), got '" + tag + "'");
  }

  /** The statements of a block: split where a line ends with a semicolon. */
  static List<String> statements(String block) {
    List<String> statements = new ArrayList<>();
    for (String statement : block.split(";[ \\t]*(\\r?\\n|$)")) {
      if (!statement.isBlank()) {
        statements.add(statement.strip());
      }
    }
    return statements;
  }

  /**
   * Runs a DuckDB example in {@code db} and returns how many rows its last statement gave; the
   * earlier ones (views) only have to succeed. Any SQL error is thrown, naming the example.
   */
  static int runDuckDb(Connection db, Example example) throws SQLException {
    try (Statement statement = db.createStatement()) {
      for (String sql : example.statements().subList(0, example.statements().size() - 1)) {
        statement.execute(sql);
      }
      int rows = 0;
      try (ResultSet result = statement.executeQuery(example.statements().get(example.statements().size() - 1))) {
        while (result.next()) {
          rows++;
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new SQLException(example + ": " + e.getMessage(), e);
    }
  }
}
