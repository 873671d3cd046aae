package fi.mailaudit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one measured program as its own process and records its wall time and peak resident memory.
 * Every contender (the audit, the bare loop, tika-app, Python) runs this way, so each pays its own
 * start-up and each peak is its own process's, read the same way for a JVM as for Python.
 */
final class ChildProcess {
  /** A 100 ms poll misses at most the growth of the last 100 ms before exit; peaks come much earlier. */
  private static final long POLL_MILLIS = 100;

  /** What a finished child left: exit status, wall seconds, peak RSS (kB, -1 when unreadable), its output files. */
  record Run(int exitCode, double seconds, long peakRssKb, Path stdout, Path stderr) {
    /** Stdout as text; only for the probes' one-line JSON, not for tika-app's megabytes of text. */
    String stdoutText() throws IOException {
      return Files.readString(stdout, StandardCharsets.UTF_8);
    }
  }

  private ChildProcess() {}

  /** Runs {@code command} in {@code workDir}, kills it after {@code timeout}; stdout is kept, stderr filed. */
  static Run run(String name, List<String> command, Path workDir, Map<String, String> env, Duration timeout)
      throws IOException {
    Path out = workDir.resolve(name + ".stdout");
    Path err = workDir.resolve(name + ".stderr");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("LC_ALL", "C.UTF-8");
    builder.environment().putAll(env);
    long start = System.nanoTime();
    Process process = builder.start();
    long peak = -1;
    try {
      long deadline = start + timeout.toNanos();
      while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, peakRssKb(process.pid()));
        if (System.nanoTime() > deadline) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          throw new IOException(name + " did not finish within " + timeout + "; see " + err);
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + name, e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(process.exitValue(), seconds, peak, out, err);
  }

  /**
   * VmHWM ("high water mark") of {@code /proc/<pid>/status}: the kernel's own peak RSS of the process,
   * so polling only has to catch the process alive, not at its peak. -1 off Linux or once it exited.
   */
  static long peakRssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException | SecurityException gone) {
      // The process exited between the poll and the read, or this is not Linux: no new reading.
    }
    return -1;
  }
}
