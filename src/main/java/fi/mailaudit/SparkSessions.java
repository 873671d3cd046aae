package fi.mailaudit;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the Spark session. Local mode is the embedded default; under {@code spark-submit} the master
 * and resources it was given win, so the same jar runs unchanged on a cluster.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String appName, String requestedMaster) {
    SparkConf conf = new SparkConf(true); // loads spark.* system properties set by spark-submit
    if (requestedMaster != null) {
      conf.setMaster(requestedMaster);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    boolean local = conf.get("spark.master").startsWith("local");
    conf.setAppName(appName)
        // Timestamps are written as UTC instants; quarters are computed in the company's zone in code.
        .set("spark.sql.session.timeZone", "UTC")
        .set("spark.sql.datetime.java8API.enabled", "true")
        .set("spark.sql.parquet.compression.codec", "zstd")
        .setIfMissing("spark.sql.shuffle.partitions", local ? "8" : "200")
        // Kryo for the records in shuffles and caches: Java serialization was a quarter of the CPU
        // in the issue 7 profile. KryoSetup teaches Kryo 4 records and unmodifiable collections.
        .setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .setIfMissing("spark.kryo.registrator", KryoSetup.class.getName())
        // The job's values are trees (records, lists, maps of strings): no cycles to track, and
        // tracking every written object was a visible share of Kryo's time.
        .setIfMissing("spark.kryo.referenceTracking", "false")
        .setIfMissing("spark.ui.enabled", local ? "false" : "true")
        .setIfMissing("spark.ui.showConsoleProgress", "false")
        // Heartbeats carry a running task's counters to the driver: the progress line's only source
        // while one big mbox slice is being read (Spark's default is 10 s, the line's tick too).
        .setIfMissing("spark.executor.heartbeatInterval", "3s")
        // The message schema is wider than Spark's default plan-printing limit; no warning for that.
        .setIfMissing("spark.sql.debug.maxToStringFields", "200");
    if (local) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
