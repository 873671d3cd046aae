package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 5: the notebooks execute headless with Debian's Jupyter against the sample output, as CI
 * and a new user run them ({@code jupyter nbconvert --execute}), and what they draw is checked in
 * the executed {@code .ipynb}: no error output, an image from every cell tagged {@code chart}, the
 * sample's departments, and never an e-mail address in the agent drill-down.
 */
class NotebooksIT {
  private static final Duration TIME_BOX = Duration.ofMinutes(10);
  private static final Path EXECUTED = Path.of("target", "notebooks").toAbsolutePath();
  /** An address as a person would read it; the job's masked form {@code ***@***} has no domain. */
  private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonNode> RUNS = new HashMap<>();

  @BeforeAll
  static void jupyterIsInstalled() {
    boolean found = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "jupyter-nbconvert")));
    if (!found && System.getenv("CI") != null) {
      fail("jupyter-nbconvert is not on the PATH; .ci/run installs it (apt-get install jupyter-nbconvert"
          + " python3-nbclient python3-ipykernel python3-pandas python3-matplotlib)");
    }
    Assumptions.assumeTrue(found, "jupyter-nbconvert is not installed: run .ci/run (or apt-get install"
        + " jupyter-nbconvert python3-nbclient python3-ipykernel python3-pandas python3-matplotlib) to run NotebooksIT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"department-comparison", "agent-drilldown"})
  void executesWithoutErrorsAndEveryChartCellDrawsAnImage(String name) {
    JsonNode notebook = executed(name);
    int charts = 0;
    for (JsonNode cell : notebook.path("cells")) {
      for (JsonNode output : cell.path("outputs")) {
        assertFalse(output.path("output_type").asText().equals("error"),
            () -> name + ": " + output.path("ename").asText() + ": " + output.path("evalue").asText()
                + "\n" + output.path("traceback"));
      }
      if (tags(cell).contains("chart")) {
        charts++;
        boolean image = false;
        for (JsonNode output : cell.path("outputs")) {
          image |= output.path("data").has("image/png");
        }
        assertTrue(image, () -> name + ": chart cell drew no image/png:\n" + cell.path("source"));
      }
    }
    assertTrue(charts >= 2, name + " has " + charts + " cells tagged chart");
  }

  @Test
  void departmentComparisonShowsEveryDepartmentOfTheSampleRoster() throws IOException {
    String shown = outputText(executed("department-comparison"));
    Set<String> departments = new TreeSet<>();
    List<String> roster = Files.readAllLines(Path.of("sample-data", "roster.csv"), StandardCharsets.UTF_8);
    assertEquals("department", roster.get(0).split(",")[2], "roster.csv's third column");
    for (String line : roster.subList(1, roster.size())) {
      departments.add(line.split(",")[2]);
    }
    assertEquals(3, departments.size(), departments.toString());
    for (String department : departments) {
      assertTrue(shown.contains(department), () -> department + " missing from the outputs:\n" + shown);
    }
  }

  @Test
  void agentDrilldownNamesItsAgentAndNeverShowsAnAddress() {
    String shown = outputText(executed("agent-drilldown"));
    assertTrue(shown.contains("scored replies in 2026-Q"), shown);
    var address = ADDRESS.matcher(shown);
    assertFalse(address.find(), () -> "an address in the drill-down: " + address.group());
  }

  /** The notebook executed once per JVM; the copy stays in target/notebooks as a CI artefact. */
  private static synchronized JsonNode executed(String name) {
    return RUNS.computeIfAbsent(name, NotebooksIT::execute);
  }

  private static JsonNode execute(String name) {
    Path output = SampleOutputRun.output();
    try {
      Files.createDirectories(EXECUTED);
      Path log = EXECUTED.resolve(name + ".log");
      ProcessBuilder builder = new ProcessBuilder("jupyter-nbconvert", "--to", "notebook", "--execute",
          "--ExecutePreprocessor.timeout=300", "--output-dir", EXECUTED.toString(),
          Path.of("notebooks", name + ".ipynb").toAbsolutePath().toString())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().put("MAILAUDIT_OUTPUT", output.toString());
      builder.environment().put("MAILAUDIT_JAR", System.getProperty("mailaudit.app.jar"));
      Process process = builder.start();
      if (!process.waitFor(TIME_BOX.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        fail(name + " did not execute within " + TIME_BOX + "\n" + read(log));
      }
      assertEquals(0, process.exitValue(), () -> name + ": nbconvert failed\n" + read(log));
      return JSON.readTree(EXECUTED.resolve(name + ".ipynb").toFile());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static List<String> tags(JsonNode cell) {
    List<String> tags = new ArrayList<>();
    cell.path("metadata").path("tags").forEach(t -> tags.add(t.asText()));
    return tags;
  }

  /** Everything the notebook printed or displayed as text, for content checks. */
  private static String outputText(JsonNode notebook) {
    StringBuilder text = new StringBuilder();
    for (JsonNode cell : notebook.path("cells")) {
      for (JsonNode output : cell.path("outputs")) {
        appendText(text, output.path("text"));
        appendText(text, output.path("data").path("text/plain"));
        appendText(text, output.path("data").path("text/html"));
      }
    }
    return text.toString();
  }

  /** nbformat stores multi-line text as a list of lines or as one string. */
  private static void appendText(StringBuilder text, JsonNode value) {
    if (value.isArray()) {
      value.forEach(line -> text.append(line.asText()));
    } else if (value.isTextual()) {
      text.append(value.asText());
    }
    text.append('\n');
  }
}
