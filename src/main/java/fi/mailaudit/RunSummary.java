package fi.mailaudit;

import fi.mailaudit.output.Manifest;
import fi.mailaudit.report.TablePrinter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** What a finished run prints: the manifest's counts as a table, and where the output went. */
public record RunSummary(String output, Manifest manifest, long elapsedMillis) {

  public void print(PrintStream out) {
    Manifest.Counts c = manifest.counts();
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("input files", manifest.inputs().size()));
    rows.add(row("unsupported files (listed, not read)", c.unsupportedFiles()));
    rows.add(row("messages found", c.found()));
    rows.add(row("parsed", c.parsed()));
    rows.add(row("rejected (see rejects table)", c.rejected()));
    rows.add(row("duplicates removed", c.duplicates()));
    rows.add(row("unique messages", c.unique()));
    rows.add(row("not Finnish (not scored)", c.notFinnish()));
    rows.add(List.of("quarters written", String.join(" ", manifest.quartersWritten())));
    rows.add(List.of("elapsed", String.format(java.util.Locale.ROOT, "%.1f s", elapsedMillis / 1000.0)));
    out.println();
    TablePrinter.print(List.of("mailaudit run", "count"), rows, TablePrinter.Format.TABLE, out);
    out.println("output: " + output);
  }

  private static List<String> row(String what, long count) {
    return List.of(what, Long.toString(count));
  }
}
