package fi.mailaudit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The options of {@code mailaudit bench}. Without {@code --tika-app} the newest
 * {@code target/bench-tools/tika-app-*.jar} is used (jobs/benchmark/run.sh downloads it there, never
 * onto the job's class path); without one the tika-app baseline is left out and the report says so.
 *
 * <p>The scale options of issue 7 item 3: {@code --corpus DIR} measures an existing folder (a big
 * mbox, a PST) instead of generated corpora; {@code --scale-master local[1]} runs the audit once
 * more on fewer cores for the 1 → N ratio; {@code --repeat N} runs the audit N times to show the
 * noise; {@code --heap 2g} is the audit's heap; {@code --baselines none} skips the baselines.
 *
 * <p>{@code --attachments} generates the corpora with the files real mail carries (about 10 KB a
 * message instead of 1.6 KB), in folders of their own ({@code corpus-mbox-att-100000}).
 */
record BenchOptions(List<Long> sizes, List<String> formats, Path out, Path work, Path tikaApp,
    List<Path> corpora, int repeat, String scaleMaster, String heap, boolean baselines, boolean attachments) {
  static final List<String> FORMATS = List.of("mbox", "eml", "maildir", "mixed");
  static final Path TOOLS = Path.of("target", "bench-tools");

  static BenchOptions parse(List<String> args) {
    List<Long> sizes = List.of(10_000L, 100_000L);
    List<String> formats = List.of("mbox", "eml", "mixed");
    Path out = Path.of("docs", "BENCHMARKS.md");
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "mailaudit-bench");
    Path tikaApp = null;
    List<Path> corpora = new ArrayList<>();
    int repeat = 1;
    String scaleMaster = null;
    String heap = "4g";
    boolean baselines = true;
    boolean attachments = false;
    for (int i = 0; i < args.size(); i++) {
      String flag = args.get(i);
      if (flag.equals("--attachments")) {
        attachments = true;
        continue;
      }
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException("option " + flag + " needs a value");
      }
      String value = args.get(++i);
      switch (flag) {
        case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(s -> parseSize(s.strip())).toList();
        case "--formats" -> formats = Arrays.stream(value.split(",")).map(String::strip).toList();
        case "--out" -> out = Path.of(value);
        case "--work" -> work = Path.of(value);
        case "--tika-app" -> tikaApp = Path.of(value);
        case "--corpus" -> corpora.add(Path.of(value).toAbsolutePath());
        case "--repeat" -> repeat = (int) parseSize(value);
        case "--scale-master" -> scaleMaster = value;
        case "--heap" -> heap = value.matches("[0-9]+[mgMG]") ? value
            : fail("--heap: a JVM heap size such as 2g, got '" + value + "'");
        case "--baselines" -> baselines = switch (value) {
          case "all" -> true;
          case "none" -> false;
          default -> fail("--baselines: all or none, got '" + value + "'");
        };
        default -> throw new IllegalArgumentException("unknown option '" + flag + "'");
      }
    }
    for (String format : formats) {
      if (!FORMATS.contains(format)) {
        throw new IllegalArgumentException("unknown format '" + format + "'; formats: " + String.join(", ", FORMATS));
      }
    }
    if (tikaApp != null && !Files.isRegularFile(tikaApp)) {
      throw new IllegalArgumentException("--tika-app: no such file " + tikaApp);
    }
    Path tika = tikaApp == null ? newestTikaApp(TOOLS) : tikaApp;
    // Absolute: the contenders run in the work folder.
    for (Path corpus : corpora) {
      if (!Files.exists(corpus)) {
        throw new IllegalArgumentException("--corpus: no such file or folder " + corpus);
      }
    }
    return new BenchOptions(sizes, formats, out, work.toAbsolutePath(), tika == null ? null : tika.toAbsolutePath(),
        List.copyOf(corpora), repeat, scaleMaster, heap, baselines, attachments);
  }

  private static <T> T fail(String message) {
    throw new IllegalArgumentException(message);
  }

  /** The tika-app jar with the highest version in {@code dir}, or null when there is none. */
  static Path newestTikaApp(Path dir) {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> jars = new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("tika-app-[0-9.]+\\.jar"))
          .toList());
      jars.sort((a, b) -> compareVersions(version(a), version(b)));
      return jars.isEmpty() ? null : jars.get(jars.size() - 1);
    } catch (IOException e) {
      return null;
    }
  }

  private static String version(Path jar) {
    String name = jar.getFileName().toString();
    return name.substring("tika-app-".length(), name.length() - ".jar".length());
  }

  // Numeric, not lexical: 3.10.0 is newer than 3.9.1.
  private static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static long parseSize(String size) {
    try {
      long n = Long.parseLong(size.replace("_", ""));
      if (n <= 0) {
        throw new IllegalArgumentException("--sizes: a size must be positive, got " + size);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--sizes: not a number: '" + size + "'");
    }
  }
}
