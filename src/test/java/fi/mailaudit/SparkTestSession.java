package fi.mailaudit;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} Spark session shared by every Spark test of the JVM (session start costs
 * 4–5 s, STACK.md). {@link MailAuditJob#run()} stops the session it was given, as it must in
 * production, so a stopped session is replaced on the next call instead of failing later tests.
 */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  /** The shared session, started on first use or after a job under test stopped it. */
  public static synchronized SparkSession get() {
    if (session == null || session.sparkContext().isStopped()) {
      session = SparkSessions.create("mailaudit-test", "local[2]");
    }
    return session;
  }

  public static JavaSparkContext context() {
    return JavaSparkContext.fromSparkContext(get().sparkContext());
  }
}
