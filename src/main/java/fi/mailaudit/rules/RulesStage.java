package fi.mailaudit.rules;

import fi.mailaudit.conversation.AuditedMessage;
import fi.mailaudit.conversation.ThreadRuns;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The Spark side of the rules stage (SPEC §4 "per-message features", §5): the threaded messages
 * that carry text for the rules are read thread by thread, and one {@link ThreadScorer} per partition,
 * over one {@link RuleSet#finnish()} (Lucene analysis is built once per partition, STYLE.md §2),
 * scores each thread. Messages without text (internal and system mail) never leave their
 * partition.
 */
public final class RulesStage {
  private RulesStage() {}

  /**
   * What the stage needs from the run's options.
   *
   * @param products the company's product and service names (SPEC §3 {@code --products}, rule B2)
   */
  public record Settings(List<String> products) implements Serializable {
    public Settings {
      products = List.copyOf(products);
    }
  }

  /**
   * One {@link ThreadScores} per thread that holds an agent reply or a customer message. B6 needs
   * every reply of the run at once (near copies sent to other customers), so the template copies
   * are found first ({@link TemplateStage}, MinHash LSH) and sent to the partition holding their
   * reply. {@code threaded} must be {@code ThreadStage.assignThreads}'s output: every thread lies
   * whole in one partition ({@link ThreadRuns}), so the threads are scored where they are, with no
   * shuffle of the messages (the profile of issue 7: two shuffles of every message by key and by
   * thread cost more than the rules themselves).
   */
  public static JavaRDD<ThreadScores> score(JavaRDD<AuditedMessage> threaded, Settings settings) {
    JavaRDD<AuditedMessage> relevant =
        threaded.filter(m -> (m.text() != null || ThreadScorer.isAgentMail(m)) && m.threadId() != null);
    // Promises due after the archive's last message cannot be judged yet: they stay open.
    Instant archiveEnd = relevant.map(AuditedMessage::sentAt).filter(java.util.Objects::nonNull)
        .fold(Instant.EPOCH, (a, b) -> a.isAfter(b) ? a : b);
    JavaPairRDD<String, Integer> copies = TemplateStage.copiesFound(
        relevant.filter(ThreadScorer::isTemplateCandidate)
            .map(m -> new TemplateDetector.Reply(m.messageKey(), m.customerPseudonym(),
                m.text().sections().newText(), null)));
    int partitions = relevant.getNumPartitions();
    // Only the few keys of replies with copies travel: reply key → its partition, joined to them.
    JavaPairRDD<Integer, Tuple2<String, Integer>> copiesByPartition = relevant
        .mapPartitionsWithIndex((index, part) -> {
          List<Tuple2<String, Integer>> keys = new ArrayList<>();
          part.forEachRemaining(m -> {
            if (ThreadScorer.isTemplateCandidate(m)) {
              keys.add(new Tuple2<>(m.messageKey(), index));
            }
          });
          return keys.iterator();
        }, true)
        .mapToPair(t -> t)
        .join(copies)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .partitionBy(new PartitionIndex(partitions));
    return relevant.zipPartitions(copiesByPartition, (messages, found) -> {
      Map<String, Integer> templateCopies = new HashMap<>();
      found.forEachRemaining(t -> templateCopies.put(t._2()._1(), t._2()._2()));
      ThreadScorer scorer = new ThreadScorer(RuleSet.finnish(), settings.products(), archiveEnd);
      return new ScoredIterator(ThreadRuns.of(messages), scorer, templateCopies);
    });
  }

  /** Scores lazily, one thread at a time: a partition's threads are never held as a list. */
  private record ScoredIterator(
      Iterator<List<AuditedMessage>> in, ThreadScorer scorer, Map<String, Integer> templateCopies)
      implements Iterator<ThreadScores> {
    @Override
    public boolean hasNext() {
      return in.hasNext();
    }

    @Override
    public ThreadScores next() {
      List<AuditedMessage> thread = in.next();
      return scorer.score(thread.get(0).threadId(), thread, templateCopies);
    }
  }

  /** Sends a key that is a partition index to that partition (the copies to their replies). */
  private static final class PartitionIndex extends Partitioner {
    private final int partitions;

    PartitionIndex(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return (Integer) key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PartitionIndex p && p.partitions == partitions;
    }

    @Override
    public int hashCode() {
      return partitions;
    }
  }
}
