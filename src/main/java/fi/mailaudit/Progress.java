package fi.mailaudit;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** Tells the person at the terminal which stage the run is in and how long each took. */
final class Progress {
  private final PrintStream console;
  private Instant stageStart = Instant.now();
  private String stage;

  Progress(PrintStream console) {
    this.console = console;
  }

  void stage(String name, String what) {
    stage = name;
    stageStart = Instant.now();
    console.printf("[mailaudit] %-12s %s%n", name, what);
  }

  void info(String message) {
    console.printf("[mailaudit] %-12s %s (%.1f s)%n", stage == null ? "" : stage, message,
        Duration.between(stageStart, Instant.now()).toMillis() / 1000.0);
  }

  void warn(String message) {
    console.println("[mailaudit] WARNING: " + message);
  }
}
