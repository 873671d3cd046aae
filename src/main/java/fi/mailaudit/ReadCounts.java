package fi.mailaudit;

import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * How many items of each input file (and PST folder) were parsed and rejected, counted by an
 * aggregation over the parse stage's results rather than by accumulators: a retried Spark task
 * then cannot count anything twice.
 */
record ReadCounts(Map<Key, Long> byKey, long parsed, long rejected, Map<String, List<Map.Entry<Key, Long>>> byFile) {

  ReadCounts(Map<Key, Long> byKey, long parsed, long rejected) {
    // Indexed by file once: the manifest asks per input file, and an EML folder has 100 000 files.
    this(byKey, parsed, rejected, byKey.entrySet().stream()
        .collect(java.util.stream.Collectors.groupingBy(e -> e.getKey().sourceFile())));
  }

  /** What became of one item. Skipped items (PST contacts, calendar entries) are not mail. */
  enum Outcome {
    PARSED,
    REJECTED,
    SKIPPED;

    static Outcome of(ReadResult r) {
      return r instanceof ParsedMessage ? PARSED : r instanceof fi.mailaudit.parse.Reject ? REJECTED : SKIPPED;
    }
  }

  /** One input file, one folder in it (null outside PST), one outcome. */
  record Key(String sourceFile, String folder, Outcome outcome) implements Serializable {}

  static ReadCounts of(JavaRDD<ReadResult> read) {
    Map<Key, Long> counts =
        read.mapToPair(r -> new Tuple2<>(
                new Key(r.source().sourceFile(),
                    r.source().format() == fi.mailaudit.ingest.InputFormat.PST ? r.source().folder() : null,
                    Outcome.of(r)), 1L))
            .reduceByKey(Long::sum)
            .collectAsMap();
    long parsed = 0;
    long rejected = 0;
    for (Map.Entry<Key, Long> e : counts.entrySet()) {
      switch (e.getKey().outcome()) {
        case PARSED -> parsed += e.getValue();
        case REJECTED -> rejected += e.getValue();
        case SKIPPED -> {}
      }
    }
    return new ReadCounts(Map.copyOf(counts), parsed, rejected);
  }

  long count(String sourceFile, String folder, Outcome outcome) {
    long n = 0;
    for (Map.Entry<Key, Long> e : byFile.getOrDefault(sourceFile, List.of())) {
      Key k = e.getKey();
      if (k.sourceFile().equals(sourceFile) && k.outcome() == outcome
          && (folder == null || folder.equals(k.folder()))) {
        n += e.getValue();
      }
    }
    return n;
  }
}
