package fi.mailaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.MailAudit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import fi.mailaudit.output.OutputDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code report}'s usage mistakes: exit 2 and one line, before any Spark session starts. */
class ReportCommandTest {
  @TempDir static Path tmp;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "report|report needs --output DIR",
      "report --output|--output needs a value",
      "report --output --to x.html|--output needs a value",
      "report --out DIR|unknown option for report: --out",
      "report --output NOT_AN_OUTPUT|is not a mailaudit output (no _manifest.json)",
      "report --output EMPTY|is not a mailaudit output (no _manifest.json)"})
  void aMistakeIsOneLineAndExitTwo(String command, String message) throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("tyhjä"));
    Path foreign = Files.createDirectories(tmp.resolve("kuvat"));
    Files.writeString(foreign.resolve("loma.txt"), "ei auditointi");
    List<String> args = new ArrayList<>();
    for (String word : command.split(" ")) {
      args.add(word.equals("NOT_AN_OUTPUT") ? foreign.toString() : word.equals("EMPTY") ? empty.toString() : word);
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = MailAudit.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, status, text);
    assertTrue(text.contains(message), text);
    assertEquals(1, text.strip().lines().count(), text);
    assertEquals(List.of("loma.txt"), List.of(foreign.toFile().list()), "nothing written into a foreign folder");
  }

  /**
   * The default place, {@code DIR/report.html}, is safe: the next run into the folder accepts it
   * (the folder is an output: it has its manifest) and leaves it where it is.
   */
  @Test
  void aReportBesideTheTablesSurvivesTheNextRunsPreparation() throws IOException {
    Path output = Files.createDirectories(tmp.resolve("auditointi"));
    Files.writeString(output.resolve(OutputDirectory.MANIFEST), "{}");
    Files.writeString(output.resolve(ReportCommand.DEFAULT_NAME), "<!DOCTYPE html>");
    Files.createDirectories(output.resolve("_staging-edellinen"));
    OutputDirectory.prepare(output.toString(), new org.apache.hadoop.conf.Configuration());
    assertEquals("<!DOCTYPE html>", Files.readString(output.resolve(ReportCommand.DEFAULT_NAME)));
    assertTrue(Files.notExists(output.resolve("_staging-edellinen")), "the near miss: abandoned staging is removed");
  }
}
