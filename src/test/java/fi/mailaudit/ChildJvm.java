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

  /**
   * @param jvmOptions options before the class path, e.g. Spark's {@code --add-opens} set
   * @param workDir where the child runs and leaves its captured output
   */
  ChildJvm(List<String> jvmOptions, Path workDir) {
    this.jvmOptions = List.copyOf(jvmOptions);
    this.workDir = workDir;
  }

  /** A child still running: its process and the file its stderr goes to. */
  record Running(Process process, Path stderr) {
    /** What the child has written to stderr so far. */
    String stderrSoFar() {
      return read(stderr);
    }

    /** {@code kill -9} of the child and anything it started; waits until it is gone. */
    void kill() {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      try {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while killing " + process.pid(), e);
      }
    }
  }

  /** Starts {@code java <jvmOptions> <args>} without waiting, for a test that kills it midway. */
  Running start(String name, List<String> args) {
    ProcessBuilder builder = builder(name, args);
    try {
      return new Running(builder.start(), workDir.resolve(name + ".stderr"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + builder.command().get(0), e);
    }
  }

  /** Runs {@code java <jvmOptions> <args>} and waits at most {@link #TIME_BOX}. */
  Result java(String name, List<String> args) {
    ProcessBuilder builder = builder(name, args);
    List<String> command = builder.command();
    Path out = workDir.resolve(name + ".stdout");
    Path err = workDir.resolve(name + ".stderr");
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

  private ProcessBuilder builder(String name, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectOutput(workDir.resolve(name + ".stdout").toFile())
        .redirectError(workDir.resolve(name + ".stderr").toFile());
    // Java 17 encodes System.out in the locale's charset; pin it so ä and é survive on any host.
    builder.environment().put("LC_ALL", "C.UTF-8");
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
