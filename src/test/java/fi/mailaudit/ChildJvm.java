package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a separate {@code java} process the way a person would, so a test sees the shaded jar alone
 * and not the test classpath. Output goes to files rather than pipes: Spark writes enough to stderr
 * to fill a pipe buffer and block a child nobody reads.
 */
final class ChildJvm {
  /** Generous for a 20 s job on two shared cores; a hung child must not hang the build. */
  static final Duration TIME_BOX = Duration.ofMinutes(5);

  /** What a finished child left behind. */
  record Result(List<String> command, int exitCode, String stdout, String stderr, Duration took) {
    /** The command and both streams, for a failure message a person can act on. */
    String describe() {
      return "command: " + String.join(" ", command) + "\nexit: " + exitCode + " after " + took.toSeconds()
          + " s\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
    }
  }

  private final List<String> jvmOptions;
  private final Path workDir;
  private final Map<String, String> environment;

  /**
   * @param jvmOptions options before the class path, e.g. Spark's {@code --add-opens} set
   * @param workDir where the child runs and leaves its captured output
   */
  ChildJvm(List<String> jvmOptions, Path workDir) {
    this(jvmOptions, workDir, Map.of());
  }

  /** As above, with extra environment variables (a standalone cluster needs SPARK_HOME and friends). */
  ChildJvm(List<String> jvmOptions, Path workDir, Map<String, String> environment) {
    this.jvmOptions = List.copyOf(jvmOptions);
    this.workDir = workDir;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Starts {@code java <jvmOptions> <args>} and returns at once, for a server the caller stops
   * (a Spark master or worker). Its output goes to {@code <name>.stdout} / {@code .stderr}.
   */
  Process start(String name, List<String> args) {
    List<String> command = command(args);
    try {
      return builder(name, command).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    }
  }

  /** What a background child from {@link #start} has written to stderr so far. */
  String stderrOf(String name) {
    return read(workDir.resolve(name + ".stderr"));
  }

  /** Runs {@code java <jvmOptions> <args>} and waits at most {@link #TIME_BOX}. */
  Result java(String name, List<String> args) {
    List<String> command = command(args);
    Path out = workDir.resolve(name + ".stdout");
    Path err = workDir.resolve(name + ".stderr");
    ProcessBuilder builder = builder(name, command);
    long start = System.nanoTime();
    try {
      Process process = builder.start();
      if (!process.waitFor(TIME_BOX.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail(name + " did not finish within " + TIME_BOX + "\n"
            + new Result(command, -1, read(out), read(err), Duration.ofNanos(System.nanoTime() - start)).describe());
      }
      return new Result(command, process.exitValue(), read(out), read(err), Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name, e);
    }
  }

  private List<String> command(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(args);
    return command;
  }

  private ProcessBuilder builder(String name, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectOutput(workDir.resolve(name + ".stdout").toFile())
        .redirectError(workDir.resolve(name + ".stderr").toFile());
    // Java 17 encodes System.out in the locale's charset; pin it so ä and é survive on any host.
    builder.environment().put("LC_ALL", "C.UTF-8");
    builder.environment().putAll(environment);
    return builder;
  }

  private static String read(Path file) {
    try {
      // Lenient decoding: a stray byte in a log must not hide the child's real failure.
      return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
