package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5 item 4: the sample audit's report, made by the shaded jar as a user makes it, opened in
 * headless Chromium (Debian's {@code chromium}, installed by {@code .ci/run}). The page must draw
 * every chart, log nothing to the console (the report's Content-Security-Policy turns any attempted
 * fetch into a console message), name no customer, and leave a screenshot in {@code target/} as the
 * build's artefact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserIT {
  /** 3 departments side by side, 4 quarter over quarter, 1 data quality. */
  private static final int CHARTS = 8;
  private static final int SECTIONS = 5;
  /** The sample's roster: eight agents (SampleAuditTest). */
  private static final int AGENTS = 8;
  private static final long TIME_BOX_SECONDS = 120;
  private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png").toAbsolutePath();

  @TempDir static Path work;

  private String chromium;
  private Path report;
  private String html;

  @BeforeAll
  void renderTheSampleReport() throws IOException {
    chromium = onPath("chromium");
    if (chromium == null) {
      String why = "chromium is not on PATH: run .ci/run, or apt-get install chromium";
      if (System.getenv("CI") != null) {
        fail(why);
      }
      Assumptions.assumeTrue(false, why);
    }
    Path output = SampleOutputRun.output();
    List<String> opens = List.of(System.getProperty("mailaudit.jvm.opens", "").split("\\s+"));
    ChildJvm jvm = new ChildJvm(opens.stream().filter(o -> !o.isBlank()).toList(), work);
    ChildJvm.Result result = jvm.java("report", List.of("-jar", System.getProperty("mailaudit.app.jar"), "report",
        "--output", output.toString()));
    assertEquals(0, result.exitCode(), result.describe());
    report = output.resolve("report.html");
    assertTrue(Files.isRegularFile(report), result.describe());
    assertTrue(result.stdout().contains("report.html"), result.stdout());
    html = Files.readString(report);
  }

  @Test
  void everyChartAndSectionIsDrawnAndTheConsoleStaysSilent() throws IOException {
    Browser run = browse("dom", report, "--dump-dom");
    Matcher body = Pattern.compile("<body data-charts-expected=\"(\\d+)\" data-charts=\"(\\d+)\">").matcher(run.stdout);
    assertTrue(body.find(), "the page's own check did not run: " + head(run.stdout));
    assertEquals(String.valueOf(CHARTS), body.group(1), "charts the renderer wrote");
    assertEquals(String.valueOf(CHARTS), body.group(2), "charts the browser drew with a size");
    assertEquals(SECTIONS, count(run.stdout, "<section id="));
    assertEquals(AGENTS, count(run.stdout, "<article class=\"card\">"));
    assertTrue(run.stdout.contains("too few replies to judge"), "the sample's small units say so");
    assertEquals(List.of(), consoleMessages(run.stderr), "console messages from the report");
  }

  /** The detector above, proven: a page that logs and fetches against its policy is caught. */
  @Test
  void aBrokenPageIsCaught() throws IOException {
    Path broken = work.resolve("rikki.html");
    Files.writeString(broken, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv="
        + "\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'\"></head><body>"
        + "<img src=\"https://example.invalid/kuva.png\"><script>console.error('rikki tahallaan');</script></body></html>");
    List<String> messages = consoleMessages(browse("broken", broken, "--dump-dom").stderr);
    assertTrue(messages.stream().anyMatch(m -> m.contains("rikki tahallaan")), "console.error: " + messages);
    assertTrue(messages.stream().anyMatch(m -> m.contains("Content Security Policy")), "blocked fetch: " + messages);
  }

  /**
   * The report's own policy is in force: the same page with an external image and an inline style
   * attribute slipped in (as a careless change to the renderer would) gets both blocked, loudly.
   */
  @Test
  void theReportsPolicyBlocksWhatDoesNotBelong() throws IOException {
    Path tampered = work.resolve("muokattu.html");
    Files.writeString(tampered, html.replace("<main>",
        "<main><img src=\"https://example.invalid/logo.png\" alt=\"\"><p style=\"color:red\">x</p>"));
    List<String> messages = consoleMessages(browse("tampered", tampered, "--dump-dom").stderr);
    assertTrue(messages.stream().anyMatch(m -> m.contains("example.invalid") && m.contains("Content Security Policy")),
        "external image: " + messages);
    assertTrue(messages.stream().anyMatch(m -> m.contains("style-src")), "inline style attribute: " + messages);
  }

  @Test
  void theScreenshotIsKept() throws IOException {
    Files.deleteIfExists(SCREENSHOT);
    browse("screenshot", report, "--screenshot=" + SCREENSHOT, "--window-size=1280,8600", "--hide-scrollbars");
    assertTrue(Files.isRegularFile(SCREENSHOT), "no screenshot at " + SCREENSHOT);
    byte[] png = Files.readAllBytes(SCREENSHOT);
    assertTrue(png.length > 100_000, "a near-empty screenshot: " + png.length + " bytes");
    assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
  }

  /** SPEC §3 applies to the report too: no customer address or name, only pseudonyms. */
  @Test
  void noCustomerIsNamed() throws IOException {
    List<String> addresses = SampleCustomers.addresses();
    List<String> names = SampleCustomers.fullNames();
    assertTrue(addresses.size() >= 20 && names.size() >= 10, addresses.size() + " addresses, " + names.size() + " names");
    String lower = html.toLowerCase(Locale.ROOT);
    List<String> leaks = new ArrayList<>();
    addresses.stream().filter(lower::contains).forEach(leaks::add);
    names.stream().filter(html::contains).forEach(leaks::add);
    assertEquals(List.of(), leaks);
    assertTrue(count(html, "to c_") >= 2 * AGENTS, "evidence names customers by pseudonym");
  }

  private record Browser(String stdout, String stderr) {}

  /** Headless Chromium on a local file, time-boxed; its output goes to files (see ChildJvm). */
  private Browser browse(String name, Path page, String... action) throws IOException {
    List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(work, "chromium-" + name),
        "--enable-logging=stderr", "--v=0"));
    command.addAll(Arrays.asList(action));
    command.add(page.toUri().toString());
    Path out = work.resolve(name + ".chromium.stdout");
    Path err = work.resolve(name + ".chromium.stderr");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      if (!process.waitFor(TIME_BOX_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail("chromium did not finish within " + TIME_BOX_SECONDS + " s: " + String.join(" ", command));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for chromium", e);
    }
    Browser result = new Browser(Files.readString(out), new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
    assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + result.stderr);
    return result;
  }

  /**
   * The page's console lines. Chromium 156 logs every console level (log, warn, error, a CSP
   * violation, an uncaught exception) as {@code INFO:CONSOLE}, so the level cannot be told apart:
   * the report logs nothing on purpose, and any console line from a local page fails the test.
   */
  static List<String> consoleMessages(String stderr) {
    return stderr.lines().filter(l -> l.contains(":CONSOLE") && l.contains("source: file://")).toList();
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }

  private static String head(String text) {
    return text.length() > 400 ? text.substring(0, 400) + "…" : text;
  }

  private static String onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
