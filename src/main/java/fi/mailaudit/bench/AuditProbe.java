package fi.mailaudit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.mailaudit.AuditOptions;
import fi.mailaudit.MailAuditJob;
import fi.mailaudit.OptionsParser;
import fi.mailaudit.RunSummary;
import fi.mailaudit.output.Manifest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full audit as one benchmark contender, run in a JVM of its own by {@link BenchCommand}: takes
 * {@code run}'s arguments, runs {@link MailAuditJob} with {@link StageTimer} listening, and prints one
 * JSON object on stdout: the manifest's counts, the job's elapsed time, the milliseconds per stage,
 * the durations of each stage's tasks and the process's CPU time.
 */
public final class AuditProbe {
  private AuditProbe() {}

  public static void main(String[] args) throws Exception {
    // SparkConf(true) reads spark.* system properties: the job's session picks the listener up.
    System.setProperty("spark.extraListeners", StageTimer.class.getName());
    AuditOptions options = OptionsParser.parse(List.of(args));
    RunSummary summary = new MailAuditJob(options, System.err).run();
    Manifest.Counts counts = summary.manifest().counts();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("found", counts.found());
    result.put("unique", counts.unique());
    result.put("rejected", counts.rejected());
    result.put("scored", counts.scored());
    result.put("elapsed_ms", summary.elapsedMillis());
    result.put("stages_ms", StageTimer.millisByStage());
    result.put("task_ms", StageTimer.taskMillisByStage());
    // CPU over wall says whether the run kept the cores busy (a shared machine lowers it too).
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      result.put("cpu_ms", os.getProcessCpuTime() / 1_000_000);
    }
    System.out.println(new ObjectMapper().writeValueAsString(result));
  }
}
