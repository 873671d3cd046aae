package fi.mailaudit.report;

import java.io.PrintStream;
import java.util.List;

/**
 * Prints rows for a person at a terminal (aligned columns), or for a program (CSV, JSON). Pure: the
 * rows are already strings; {@code show} and the run summary both print through here. JSON is
 * written by {@code show} from the typed rows instead, so numbers stay numbers.
 */
public final class TablePrinter {
  /** A cell longer than this is cut with an ellipsis in table format; CSV and JSON keep it whole. */
  static final int MAX_CELL = 48;

  public enum Format {
    TABLE,
    CSV,
    JSON;

    public static Format parse(String value) {
      try {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new fi.mailaudit.UsageException("unknown format '" + value + "'; use table, csv or json");
      }
    }
  }

  private TablePrinter() {}

  public static void print(List<String> header, List<List<String>> rows, Format format, PrintStream out) {
    switch (format) {
      case TABLE -> table(header, rows, out);
      case CSV -> csv(header, rows, out);
      case JSON -> throw new IllegalArgumentException("JSON keeps types: print it from the data, not from strings");
    }
  }

  private static void table(List<String> header, List<List<String>> rows, PrintStream out) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      widths[c] = header.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], cell(row.get(c)).length());
      }
    }
    out.println(line(header, widths));
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    out.println(rule);
    for (List<String> row : rows) {
      out.println(line(row, widths));
    }
    out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String value = cell(cells.get(c));
      line.append(c == 0 ? "" : "  ").append(value);
      if (c < widths.length - 1) {
        line.append(" ".repeat(widths[c] - value.length()));
      }
    }
    return line.toString().stripTrailing();
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String flat = value.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
  }

  private static void csv(List<String> header, List<List<String>> rows, PrintStream out) {
    out.println(csvLine(header));
    for (List<String> row : rows) {
      out.println(csvLine(row));
    }
  }

  static String csvLine(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String value = cells.get(c) == null ? "" : cells.get(c);
      if (c > 0) {
        line.append(',');
      }
      if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        line.append(value);
      }
    }
    return line.toString();
  }

}
