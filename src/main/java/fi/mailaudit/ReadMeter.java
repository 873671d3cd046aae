package fi.mailaudit;

import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import java.io.Serializable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Counts the mail items and bytes the parse stage has read, for the progress line. Spark sends a
 * running task's accumulator values to the driver with each executor heartbeat, so {@link
 * TaskProgress} sees a long task (one big mbox slice) advance before it ends.
 */
record ReadMeter(LongAccumulator items, LongAccumulator bytes) implements Serializable {

  static ReadMeter register(JavaSparkContext jsc) {
    return new ReadMeter(jsc.sc().longAccumulator("mail items read"), jsc.sc().longAccumulator("mail bytes read"));
  }

  /** Counts {@code r} and passes it on (a map step of the parse stage). */
  ReadResult count(ReadResult r) {
    items.add(1);
    if (r instanceof ParsedMessage m) {
      bytes.add(m.sizeBytes());
    }
    return r;
  }
}
