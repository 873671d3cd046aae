package fi.mailaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.mailaudit.sampledata.SampleCorpusGenerator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code mailaudit bench}: generates the benchmark corpora (or reuses them), runs the audit and the
 * three baselines of issue 7 on each, one process each, and writes docs/BENCHMARKS.md. Timings live
 * only here, as ratios measured in one run; no test asserts a speed.
 */
public final class BenchCommand {
  static final String USAGE = "usage: mailaudit bench [--sizes 10000,100000] [--formats mbox,eml,mixed]"
      + " [--out docs/BENCHMARKS.md] [--work DIR] [--tika-app JAR] [--corpus DIR]... [--repeat N]"
      + " [--scale-master local[1]] [--heap 4g] [--baselines all|none] [--attachments]";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIME_BOX = Duration.ofHours(1);
  private static final List<String> STAGES = List.of("parse", "conversation", "threads", "rules", "metrics", "output");

  private final BenchOptions options;
  private final PrintStream err;
  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  // Absolute: the children run in the work folder, and a relative target/classes would not resolve.
  private final String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
      .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));

  private BenchCommand(BenchOptions options, PrintStream err) {
    this.options = options;
    this.err = err;
  }

  /** Runs the benchmark; returns the exit status (2 for a usage mistake). */
  public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("mailaudit: " + e.getMessage() + "\n" + USAGE);
      return 2;
    }
    Files.createDirectories(options.work());
    List<BenchReport.Case> cases = new BenchCommand(options, err).measureAll();
    String markdown = BenchReport.markdown(machine(options.tikaApp()), cases, "bin/mailaudit bench "
        + String.join(" ", args));
    Path parent = options.out().toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.writeString(options.out(), markdown + keptPart(options.out()));
    out.println("wrote " + options.out());
    return 0;
  }

  /**
   * What follows {@link BenchReport#KEPT} in the existing report (the profile, the scale runs of
   * other invocations): regenerating the tables must not erase findings written beside them.
   */
  static String keptPart(Path report) throws IOException {
    if (!Files.isRegularFile(report)) {
      return "";
    }
    String old = Files.readString(report);
    int at = old.indexOf(BenchReport.KEPT);
    return at < 0 ? "" : old.substring(at);
  }

  private List<BenchReport.Case> measureAll() throws IOException {
    List<BenchReport.Case> cases = new ArrayList<>();
    for (Path corpus : options.corpora()) {
      cases.add(measure(corpus, corpus.getFileName().toString(), -1, "given"));
    }
    if (options.corpora().isEmpty()) {
      for (long size : options.sizes()) {
        for (String format : options.formats()) {
          String name = corpusName(format, size, options.attachments());
          cases.add(measure(corpus(name, size, format), name.substring("corpus-".length()), size, format));
        }
      }
    }
    return cases;
  }

  private BenchReport.Case measure(Path corpus, String label, long size, String format) throws IOException {
    List<Path> files = Files.isDirectory(corpus) ? CorpusMessages.files(corpus) : List.of(corpus);
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    err.printf("[bench] %s: %d files, %.1f MB%n", label, files.size(), bytes / 1e6);

    AuditRun first = audit(label, corpus, "local[*]", "");
    long messages = first.result().path("found").asLong();
    BenchReport.Contender job = first.contender("audit (job)", messages, bytes);
    BenchReport.Contender process = new BenchReport.Contender(
        "audit (process)", messages, bytes, first.run().seconds(), first.run().peakRssKb(), null);
    List<BenchReport.Contender> stages = new ArrayList<>();
    for (String stage : STAGES) {
      long ms = first.result().path("stages_ms").path(stage).asLong(0);
      stages.add(new BenchReport.Contender("  stage " + stage, messages, bytes, ms / 1000.0, -1, null));
    }
    List<BenchReport.Contender> more = new ArrayList<>();
    List<String> facts = new ArrayList<>(first.facts());
    for (int i = 2; i <= options.repeat(); i++) {
      more.add(audit(label, corpus, "local[*]", "-run" + i).contender("audit (job), run " + i, messages, bytes));
    }
    if (options.scaleMaster() != null) {
      AuditRun fewer = audit(label, corpus, options.scaleMaster(), "-" + options.scaleMaster().replaceAll("[^a-z0-9]", ""));
      BenchReport.Contender scaled = fewer.contender("audit (job), " + options.scaleMaster(), messages, bytes);
      more.add(scaled);
      facts.add(String.format(Locale.ROOT, "scale: local[*] (%d cores) ÷ %s = %s msg/s ratio",
          Runtime.getRuntime().availableProcessors(), options.scaleMaster(),
          BenchReport.ratio(job.messagesPerSecond(), scaled.messagesPerSecond())));
      facts.addAll(fewer.facts().stream().map(f -> options.scaleMaster() + " " + f).toList());
    }

    boolean baselines = options.baselines() && !"given".equals(format);
    BenchReport.Contender bare1 = baselines ? bare(label, corpus, 1) : null;
    BenchReport.Contender bare2 = baselines ? bare(label, corpus, 2) : null;
    BenchReport.Contender tika = baselines ? tikaApp(label, corpus, format, messages) : null;
    BenchReport.Contender python = baselines ? python(label, corpus) : null;
    return new BenchReport.Case(size < 0 ? messages : size, "given".equals(format) ? label : heading(format), messages,
        bytes, job, process, stages, bare1, bare2, tika, python, more, facts);
  }

  /** One audit process: its run, its probe's JSON and what it says about the plan, tasks and CPU. */
  private record AuditRun(ChildProcess.Run run, JsonNode result, List<String> facts) {
    BenchReport.Contender contender(String name, long messages, long bytes) {
      return new BenchReport.Contender(name, messages, bytes, result.path("elapsed_ms").asLong() / 1000.0,
          run.peakRssKb(), result.path("unique").asLong() + " unique messages, " + result.path("scored").asLong()
              + " replies scored, " + result.path("rejected").asLong() + " rejected");
    }
  }

  private AuditRun audit(String label, Path corpus, String master, String suffix) throws IOException {
    Path output = options.work().resolve("out-" + label + suffix);
    deleteTree(output);
    List<String> audit = new ArrayList<>(javaCommand("-Xmx" + options.heap()));
    audit.addAll(List.of(AuditProbe.class.getName(), "--input", corpus.toString(), "--output", output.toString(),
        "--master", master, "--pseudonym-key-file", benchKey(options.work()).toString()));
    for (String domain : SampleCorpusGenerator.largeCorpusDomains()) {
      audit.addAll(List.of("--company-domain", domain));
    }
    ChildProcess.Run run = check("audit-" + label + suffix, audit);
    JsonNode result = JSON.readTree(run.stdoutText());
    List<String> facts = new ArrayList<>();
    Matcher plan = Pattern.compile("(\\d+ files, \\d+ read tasks in \\d+ partitions)")
        .matcher(Files.readString(run.stderr()));
    if (plan.find()) {
      facts.add("plan: " + plan.group(1));
    }
    JsonNode parseTasks = result.path("task_ms").path("parse");
    if (parseTasks.size() > 0) {
      facts.add(String.format(Locale.ROOT, "parse tasks: %d, median %.1f s, longest %.1f s",
          parseTasks.size(), parseTasks.get(parseTasks.size() / 2).asLong() / 1000.0,
          parseTasks.get(parseTasks.size() - 1).asLong() / 1000.0));
    }
    long cpuMs = result.path("cpu_ms").asLong(-1);
    long elapsedMs = result.path("elapsed_ms").asLong();
    if (cpuMs > 0 && elapsedMs > 0) {
      facts.add(String.format(Locale.ROOT, "%s: %.0f CPU seconds in %.0f s of process time: %.2f cores busy on average",
          master, cpuMs / 1000.0, run.seconds(), cpuMs / 1000.0 / run.seconds()));
    }
    return new AuditRun(run, result, facts);
  }

  private BenchReport.Contender bare(String label, Path corpus, int threads) throws IOException {
    List<String> command = new ArrayList<>(javaCommand("-Xmx8g"));
    command.addAll(List.of(BareLoop.class.getName(), Integer.toString(threads), corpus.toString()));
    ChildProcess.Run run = check("bare" + threads + "-" + label, command);
    JsonNode r = JSON.readTree(run.stdoutText());
    return new BenchReport.Contender("bare loop, " + threads + (threads == 1 ? " thread" : " threads"),
        r.path("messages").asLong(), r.path("bytes").asLong(), r.path("seconds").asDouble(), run.peakRssKb(), null);
  }

  private BenchReport.Contender tikaApp(String label, Path corpus, String format, long messages) throws IOException {
    Path mbox = corpus.resolve("large.mbox");
    if (!"mbox".equals(format) || options.tikaApp() == null || !Files.isRegularFile(mbox)) {
      return null;
    }
    ChildProcess.Run run = check("tika-" + label,
        List.of(java, "-Xmx2g", "-jar", options.tikaApp().toString(), "--text", mbox.toString()));
    long textBytes = Files.size(run.stdout());
    Files.delete(run.stdout());
    return new BenchReport.Contender("tika-app", messages, Files.size(mbox), run.seconds(), run.peakRssKb(),
        String.format(Locale.ROOT, "%.1f MB of text written (%s)", textBytes / 1e6,
            options.tikaApp().getFileName()));
  }

  private BenchReport.Contender python(String label, Path corpus) throws IOException {
    Path script = options.work().resolve("python_baseline.py");
    try (InputStream in = BenchCommand.class.getResourceAsStream("/bench/python_baseline.py")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    ChildProcess.Run run = check("python-" + label, List.of("python3", script.toString(), corpus.toString()));
    JsonNode r = JSON.readTree(run.stdoutText());
    return new BenchReport.Contender("python", r.path("messages").asLong(), r.path("bytes").asLong(),
        r.path("seconds").asDouble(), Math.max(run.peakRssKb(), r.path("maxrss_kb").asLong(-1)), null);
  }

  private ChildProcess.Run check(String name, List<String> command) throws IOException {
    err.println("[bench] running " + name);
    ChildProcess.Run run =
        ChildProcess.run(name, command, options.work(), Map.of("SPARK_LOCAL_IP", "127.0.0.1"), TIME_BOX);
    if (run.exitCode() != 0) {
      throw new IOException(name + " exited with " + run.exitCode() + "; see " + run.stderr());
    }
    err.printf("[bench] %s: %.1f s, peak RSS %d MB%n", name, run.seconds(), run.peakRssKb() / 1024);
    return run;
  }

  /**
   * The folder of a generated corpus: {@code corpus-mbox-100000}, and {@code corpus-mbox-att-100000}
   * with attachments, so the two kinds never reuse each other.
   */
  static String corpusName(String format, long size, boolean attachments) {
    return "corpus-" + format + (attachments ? "-att-" : "-") + size;
  }

  /** A case's format as its section heading says it. */
  private String heading(String format) {
    return options.attachments() ? format + " with attachments" : format;
  }

  /** The corpus {@code name} of {@code size} messages in {@code format}, generated once and reused after. */
  private Path corpus(String name, long size, String format) throws IOException {
    Path corpus = options.work().resolve(name);
    // Beside the corpus, not in it: every file inside is read as mail.
    Path done = options.work().resolve(name + ".complete");
    if (!Files.exists(done)) {
      deleteTree(corpus);
      err.println("[bench] generating " + corpus);
      SampleCorpusGenerator.Written w =
          SampleCorpusGenerator.writeLarge(corpus, format, size, 1L, false, options.attachments());
      err.printf(Locale.ROOT, "[bench] generated %,d messages, %.1f MB, %.1f KB per message%n", w.messages(),
          w.bytes() / 1e6, w.averageBytes() / 1e3);
      Files.writeString(done, "");
    }
    return corpus;
  }

  /**
   * java + Spark's module options and the garbage collector as this JVM got them (bin/mailaudit or
   * surefire) + the class path: every contender runs with the JVM settings a user's run gets.
   */
  private List<String> javaCommand(String heap) {
    List<String> command = new ArrayList<>(List.of(java, heap));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("-Dio.netty") || arg.startsWith("-XX:+IgnoreUnrecognized")
          || arg.matches("-XX:\\+Use\\w+GC")) {
        command.add(arg);
      }
    }
    command.addAll(List.of("-cp", classPath));
    return command;
  }

  private static BenchReport.Machine machine(Path tikaApp) {
    long memoryMb = -1;
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          memoryMb = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException notLinux) {
      // Reported as -1: the benchmark still runs, the table says memory is unknown.
    }
    String python;
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      python = new String(p.getInputStream().readAllBytes()).strip();
    } catch (IOException e) {
      python = "python3 not found";
    }
    return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(), memoryMb,
        System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        python, tikaApp == null ? "tika-app not available" : tikaApp.getFileName().toString());
  }

  /** The generated corpora are synthetic, so a key made for the benchmark's work folder will do. */
  private static Path benchKey(Path work) throws IOException {
    Path key = work.resolve("bench-pseudonym.key");
    if (!Files.exists(key)) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      Files.writeString(key, HexFormat.of().formatHex(random));
    }
    return key;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
