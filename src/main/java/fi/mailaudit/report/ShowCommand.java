package fi.mailaudit.report;

import fi.mailaudit.SparkSessions;
import fi.mailaudit.UsageException;
import fi.mailaudit.output.Columns;
import fi.mailaudit.output.OutputDirectory;
import fi.mailaudit.output.OutputTable;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * {@code mailaudit show TABLE --output DIR}: a first look at an output without a BI tool. In table
 * format a readable subset of columns is shown (all with {@code --columns all}); CSV and JSON carry
 * every column.
 */
public final class ShowCommand {
  private static final Map<OutputTable, List<String>> TERMINAL_COLUMNS =
      Map.of(
          OutputTable.MESSAGES,
          List.of(Columns.QUARTER, Columns.SENT_AT, Columns.SENDER_ROLE, Columns.DIRECTION,
              Columns.AGENT_NAME, Columns.DEPARTMENT, Columns.CUSTOMER_PSEUDONYM, Columns.LANGUAGE,
              Columns.IS_AUTO_REPLY, Columns.SUBJECT),
          OutputTable.THREADS,
          List.of(Columns.QUARTER, Columns.THREAD_ID, Columns.FIRST_CUSTOMER_MESSAGE_AT,
              Columns.FIRST_RESPONSE_MINUTES, Columns.FIRST_RESPONSE_BUSINESS_MINUTES, Columns.UNANSWERED,
              Columns.AGENT_EMAIL, Columns.DEPARTMENT, Columns.LANGUAGE),
          OutputTable.REPLIES,
          List.of(Columns.QUARTER, Columns.SENT_AT, Columns.AGENT_EMAIL, Columns.DEPARTMENT, Columns.LANGUAGE,
              Columns.SCORED, Columns.GREETING_KIND, Columns.BINGO_POINTS, Columns.THANKS,
              Columns.THANKS_FOR_CONTACT, Columns.QUESTIONS_ASKED, Columns.QUESTIONS_ADDRESSED,
              Columns.COMPLETENESS),
          OutputTable.REJECTS,
          List.of(Columns.SOURCE_FILE, Columns.LOCATION, Columns.REASON, Columns.DETAIL),
          OutputTable.AGENT_QUARTER, unitColumns(OutputTable.AGENT_QUARTER),
          OutputTable.DEPARTMENT_QUARTER, unitColumns(OutputTable.DEPARTMENT_QUARTER),
          OutputTable.COMPANY_QUARTER, unitColumns(OutputTable.COMPANY_QUARTER));

  /** {@code show cards --unit U}: the unit table of each unit level. */
  private static final Map<String, OutputTable> CARD_TABLES = Map.of(
      "agent", OutputTable.AGENT_QUARTER,
      "department", OutputTable.DEPARTMENT_QUARTER,
      "company", OutputTable.COMPANY_QUARTER);

  private final PrintStream out;

  public ShowCommand(PrintStream out) {
    this.out = out;
  }

  public int run(List<String> args) throws IOException {
    ShowArgs a = ShowArgs.parse(args);
    OutputDirectory dir = OutputDirectory.open(a.output(), new org.apache.hadoop.conf.Configuration());
    SparkSession spark = SparkSessions.create("mailaudit show", "local[1]");
    try {
      Dataset<Row> rows = OutputTables.read(spark, dir, a.table());
      if (a.quarter() != null) {
        rows = rows.filter(functions.col(Columns.QUARTER).equalTo(a.quarter()));
      }
      rows = rows.orderBy(sortColumns(a.table(), rows));
      if (a.format() == TablePrinter.Format.JSON) {
        List<String> json = limit(rows, a.limit()).toJSON().collectAsList();
        out.println("[" + String.join(",\n", json) + "]");
        return 0;
      }
      List<String> columns = a.columns() != null && !a.columns().equals(List.of("all")) ? a.columns()
          : a.columns() != null ? Arrays.asList(rows.columns())
          : a.format() == TablePrinter.Format.TABLE ? TERMINAL_COLUMNS.get(a.table())
          : Arrays.asList(rows.columns());
      Dataset<Row> sorted = rows;
      Dataset<Row> selected =
          limit(rows.select(columns.stream().map(c -> readable(sorted, c)).toArray(Column[]::new)), a.limit());
      List<List<String>> cells = new ArrayList<>();
      for (Row row : selected.collectAsList()) {
        List<String> line = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
          line.add(row.isNullAt(i) ? null : cell(columns.get(i), row.get(i), a.format()));
        }
        cells.add(line);
      }
      TablePrinter.print(columns, cells, a.format(), out);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /**
   * Maps, lists and structs (rule evidence, attachments) as JSON, which a spreadsheet, pandas or a
   * BI tool can read back; the JVM's own rendering of them cannot be parsed.
   */
  private static Column readable(Dataset<Row> rows, String column) {
    org.apache.spark.sql.types.DataType type = rows.schema().apply(column).dataType();
    boolean nested = type instanceof org.apache.spark.sql.types.MapType
        || type instanceof org.apache.spark.sql.types.ArrayType
        || type instanceof org.apache.spark.sql.types.StructType;
    return nested ? functions.to_json(functions.col(column)).alias(column) : functions.col(column);
  }

  /** A card's shares read as percentages on the terminal; CSV keeps full precision for tools. */
  private static String cell(String column, Object value, TablePrinter.Format format) {
    if (format == TablePrinter.Format.TABLE && value instanceof Double share
        && column.startsWith(Columns.BINGO_SHARE_PREFIX)) {
      return String.format(java.util.Locale.ROOT, "%.2f", share);
    }
    return String.valueOf(value);
  }

  private static Dataset<Row> limit(Dataset<Row> rows, int limit) {
    return limit > 0 ? rows.limit(limit) : rows;
  }

  private static Column[] sortColumns(OutputTable table, Dataset<Row> rows) {
    List<String> present = Arrays.asList(rows.columns());
    return (switch (table) {
          case MESSAGES -> List.of(Columns.QUARTER, Columns.SENT_AT, Columns.MESSAGE_KEY);
          case THREADS -> List.of(Columns.QUARTER, Columns.FIRST_CUSTOMER_MESSAGE_AT, Columns.THREAD_ID);
          case REPLIES -> List.of(Columns.QUARTER, Columns.SENT_AT, Columns.MESSAGE_KEY);
          case REJECTS -> List.of(Columns.SOURCE_FILE, Columns.LOCATION);
          case AGENT_QUARTER -> List.of(Columns.QUARTER, Columns.COMPANY, Columns.DEPARTMENT, Columns.AGENT_EMAIL);
          case DEPARTMENT_QUARTER -> List.of(Columns.QUARTER, Columns.COMPANY, Columns.DEPARTMENT);
          case COMPANY_QUARTER -> List.of(Columns.QUARTER, Columns.COMPANY);
        })
        .stream().filter(present::contains).map(functions::col).toArray(Column[]::new);
  }

  /**
   * A unit table on the terminal is its bingo card (SPEC §7 "or the bingo cards"): the unit,
   * how many replies it rests on, each statement's share, the points and the seed's Finnish band.
   */
  private static List<String> unitColumns(OutputTable table) {
    List<String> columns = new ArrayList<>(List.of(Columns.QUARTER));
    switch (table) {
      case AGENT_QUARTER -> columns.addAll(List.of(Columns.AGENT_NAME, Columns.DEPARTMENT));
      case DEPARTMENT_QUARTER -> columns.addAll(List.of(Columns.DEPARTMENT, Columns.COMPANY));
      default -> columns.add(Columns.COMPANY);
    }
    columns.add(Columns.REPLIES_SCORED);
    for (int n = 1; n <= 6; n++) {
      columns.add(Columns.BINGO_SHARE_PREFIX + n);
    }
    columns.addAll(List.of(Columns.BINGO_POINTS, Columns.BINGO_BAND_FI));
    return columns;
  }

  /** The parsed arguments of {@code show}. */
  record ShowArgs(OutputTable table, String output, String quarter, TablePrinter.Format format, int limit, List<String> columns) {
    static ShowArgs parse(List<String> args) {
      if (args.isEmpty() || args.get(0).startsWith("--")) {
        throw new UsageException("show needs a table: " + String.join(", ", OutputTable.dirNames()) + ", or cards");
      }
      boolean cards = args.get(0).equals("cards");
      OutputTable table = cards ? OutputTable.DEPARTMENT_QUARTER : null;
      if (!cards) {
        try {
          table = OutputTable.byName(args.get(0));
        } catch (IllegalArgumentException e) {
          throw new UsageException(e.getMessage() + ", or cards");
        }
      }
      String output = null;
      String quarter = null;
      TablePrinter.Format format = TablePrinter.Format.TABLE;
      Integer limit = null;
      List<String> columns = null;
      for (int i = 1; i < args.size(); i += 2) {
        String flag = args.get(i);
        if (i + 1 >= args.size()) {
          throw new UsageException(flag + " needs a value");
        }
        String value = args.get(i + 1);
        switch (flag) {
          case "--output" -> output = value;
          case "--quarter" -> quarter = value;
          case "--format" -> format = TablePrinter.Format.parse(value);
          case "--limit" -> limit = Integer.parseInt(value);
          case "--columns" -> columns = List.of(value.split(","));
          case "--unit" -> {
            table = CARD_TABLES.get(value);
            if (!cards || table == null) {
              throw new UsageException("--unit is for show cards and is one of agent, department, company; got "
                  + args.get(0) + " --unit " + value);
            }
          }
          default -> throw new UsageException("unknown option for show: " + flag
              + "; options: --output, --quarter, --format, --limit, --columns, --unit (show cards)");
        }
      }
      if (output == null) {
        throw new UsageException("show needs --output DIR (the folder a run wrote)");
      }
      if (limit == null) {
        limit = format == TablePrinter.Format.TABLE ? 50 : 0;
      }
      return new ShowArgs(table, output, quarter, format, limit, columns);
    }
  }
}
