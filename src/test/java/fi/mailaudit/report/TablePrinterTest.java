package fi.mailaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablePrinterTest {

  @Test
  void alignsColumnsByTheirWidestCell() {
    String out = print(List.of("agent_name", "department"),
        List.of(List.of("Liisa Laaksonen", "Laskutus"), Arrays.asList("Jari", null)), TablePrinter.Format.TABLE);
    assertEquals(String.join("\n",
        "agent_name       department",
        "---------------  ----------",
        "Liisa Laaksonen  Laskutus",
        "Jari",
        "(2 rows)", ""), out);
  }

  @Test
  void csvQuotesWhatNeedsQuoting() {
    String out = print(List.of("subject", "n"),
        List.of(List.of("Re: \"Lasku\", erääntynyt", "1")), TablePrinter.Format.CSV);
    assertEquals("subject,n\n\"Re: \"\"Lasku\"\", erääntynyt\",1\n", out);
  }

  @Test
  void longCellsAreCutForTheTerminal() {
    String cell = TablePrinter.cell("x".repeat(100));
    assertEquals(TablePrinter.MAX_CELL, cell.length());
    assertEquals('…', cell.charAt(cell.length() - 1));
  }

  private static String print(List<String> header, List<List<String>> rows, TablePrinter.Format format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TablePrinter.print(header, rows, format, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
