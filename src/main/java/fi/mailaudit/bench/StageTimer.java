package fi.mailaudit.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Times the audit's stages from outside the job: {@code MailAuditJob} labels its Spark jobs with
 * {@code setJobDescription("parse: ...")} and so on, and this listener sums the wall time of the jobs
 * under each label's first word. Registered through {@code spark.extraListeners}, so the job itself is
 * unchanged. Spark is lazy: work of an earlier stage that is first computed by a later stage's job is
 * counted in the later stage (the report says so).
 */
public final class StageTimer extends SparkListener {
  private static final String DESCRIPTION = "spark.job.description";
  private static final Map<String, Long> MILLIS = new ConcurrentHashMap<>();
  private static final Map<Integer, String> RUNNING_STAGE = new ConcurrentHashMap<>();
  private static final Map<Integer, Long> RUNNING_SINCE = new ConcurrentHashMap<>();
  private static final Map<Integer, String> STAGE_OF_SPARK_STAGE = new ConcurrentHashMap<>();
  private static final Map<String, List<Long>> TASK_MILLIS = new ConcurrentHashMap<>();

  /** Spark instantiates listeners named in spark.extraListeners through this constructor. */
  public StageTimer() {
    super();
  }

  /** Milliseconds per audit stage over all jobs seen in this JVM, by stage name. */
  static Map<String, Long> millisByStage() {
    return new TreeMap<>(MILLIS);
  }

  /**
   * Task durations (ms) of each audit stage's Spark tasks, sorted: how evenly the work was split
   * (issue 7 item 3, skew "handled by splitting, not by luck").
   */
  static Map<String, List<Long>> taskMillisByStage() {
    Map<String, List<Long>> out = new TreeMap<>();
    TASK_MILLIS.forEach((stage, millis) -> {
      List<Long> sorted;
      synchronized (millis) {
        sorted = new ArrayList<>(millis);
      }
      Collections.sort(sorted);
      out.put(stage, sorted);
    });
    return out;
  }

  /** The stage a job description names: the word before the colon, else the whole text. */
  static String stageOf(String description) {
    if (description == null || description.isBlank()) {
      return "unlabelled";
    }
    int colon = description.indexOf(':');
    return (colon > 0 ? description.substring(0, colon) : description).strip();
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    String description = jobStart.properties() == null ? null : jobStart.properties().getProperty(DESCRIPTION);
    RUNNING_STAGE.put(jobStart.jobId(), stageOf(description));
    RUNNING_SINCE.put(jobStart.jobId(), jobStart.time());
    String stage = stageOf(description);
    for (Object id : scala.jdk.javaapi.CollectionConverters.asJava(jobStart.stageIds())) {
      STAGE_OF_SPARK_STAGE.put((Integer) id, stage);
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    String stage = STAGE_OF_SPARK_STAGE.get(taskEnd.stageId());
    if (stage != null && taskEnd.taskInfo() != null) {
      List<Long> millis = TASK_MILLIS.computeIfAbsent(stage, s -> new ArrayList<>());
      synchronized (millis) {
        millis.add(taskEnd.taskInfo().duration());
      }
    }
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd jobEnd) {
    String stage = RUNNING_STAGE.remove(jobEnd.jobId());
    Long since = RUNNING_SINCE.remove(jobEnd.jobId());
    if (stage != null && since != null) {
      MILLIS.merge(stage, jobEnd.time() - since, Long::sum);
    }
  }
}
