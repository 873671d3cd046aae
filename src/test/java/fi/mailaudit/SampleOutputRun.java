package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The audit of {@code sample-data/} run once per integration-test JVM through the shaded jar, the way
 * the README's first command runs it, for the tests that read a finished output as its users do (the
 * HTML report in a browser, the notebooks, the DuckDB and Spark SQL examples).
 */
public final class SampleOutputRun {
  private static Path output;

  private SampleOutputRun() {}

  /** The output folder of the sample audit, run on first use. */
  public static synchronized Path output() {
    if (output == null) {
      Path work = Path.of("target", "it-sample").toAbsolutePath();
      Path out = work.resolve("out");
      try {
        Files.createDirectories(work);
        deleteRecursively(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String jar = System.getProperty("mailaudit.app.jar");
      List<String> opens = List.of(System.getProperty("mailaudit.jvm.opens", "").split("\\s+"));
      ChildJvm jvm = new ChildJvm(opens.stream().filter(o -> !o.isBlank()).toList(), work);
      ChildJvm.Result result = jvm.java("sample-run", List.of("-jar", jar, "run",
          "--config", Path.of("sample-data", "audit.yaml").toAbsolutePath().toString(),
          "--output", out.toString()));
      assertEquals(0, result.exitCode(), result.describe());
      output = out;
    }
    return output;
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
