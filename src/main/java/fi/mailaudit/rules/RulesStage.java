package fi.mailaudit.rules;

import fi.mailaudit.conversation.AuditedMessage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The Spark side of the rules stage (SPEC §4 "per-message features", §5): the threaded messages
 * that carry text for the rules are grouped by thread, and one {@link ThreadScorer} per partition,
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

  /** One {@link ThreadScores} per thread that holds an agent reply or a customer message. */
  public static JavaRDD<ThreadScores> score(JavaRDD<AuditedMessage> threaded, Settings settings) {
    return threaded.filter(m -> (m.text() != null || ThreadScorer.isAgentMail(m)) && m.threadId() != null)
        .mapToPair(m -> new Tuple2<>(m.threadId(), m))
        .groupByKey()
        .mapPartitions(threads -> {
          ThreadScorer scorer = new ThreadScorer(RuleSet.finnish(), settings.products());
          return new ScoredIterator(threads, scorer);
        });
  }

  /** Scores lazily, one thread at a time: a partition's threads are never held as a list. */
  private record ScoredIterator(Iterator<Tuple2<String, Iterable<AuditedMessage>>> in, ThreadScorer scorer)
      implements Iterator<ThreadScores> {
    @Override
    public boolean hasNext() {
      return in.hasNext();
    }

    @Override
    public ThreadScores next() {
      Tuple2<String, Iterable<AuditedMessage>> thread = in.next();
      List<AuditedMessage> messages = new ArrayList<>();
      thread._2().forEach(messages::add);
      return scorer.score(thread._1(), messages);
    }
  }
}
