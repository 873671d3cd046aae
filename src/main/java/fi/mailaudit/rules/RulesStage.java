package fi.mailaudit.rules;

import fi.mailaudit.conversation.AuditedMessage;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
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

  /**
   * One {@link ThreadScores} per thread that holds an agent reply or a customer message. B6 needs
   * every reply of the run at once (near copies sent to other customers), so the template copies
   * are found first ({@link TemplateStage}, MinHash LSH) and joined to the replies by key before
   * the threads are scored.
   */
  public static JavaRDD<ThreadScores> score(JavaRDD<AuditedMessage> threaded, Settings settings) {
    JavaRDD<AuditedMessage> relevant =
        threaded.filter(m -> (m.text() != null || ThreadScorer.isAgentMail(m)) && m.threadId() != null);
    // Promises due after the archive's last message cannot be judged yet: they stay open.
    Instant archiveEnd = relevant.map(AuditedMessage::sentAt).filter(java.util.Objects::nonNull)
        .fold(Instant.EPOCH, (a, b) -> a.isAfter(b) ? a : b);
    JavaPairRDD<String, Integer> copies = TemplateStage.otherCustomerCopies(
        relevant.filter(ThreadScorer::isTemplateCandidate)
            .map(m -> new TemplateDetector.Reply(m.messageKey(), m.customerPseudonym(),
                m.text().sections().newText(), null)));
    return relevant.mapToPair(m -> new Tuple2<>(m.messageKey(), m))
        .leftOuterJoin(copies)
        .mapToPair(t -> new Tuple2<>(t._2()._1().threadId(), new Tuple2<>(t._2()._1(), t._2()._2().orElse(0))))
        .groupByKey()
        .mapPartitions(threads -> {
          ThreadScorer scorer = new ThreadScorer(RuleSet.finnish(), settings.products(), archiveEnd);
          return new ScoredIterator(threads, scorer);
        });
  }

  /** Scores lazily, one thread at a time: a partition's threads are never held as a list. */
  private record ScoredIterator(
      Iterator<Tuple2<String, Iterable<Tuple2<AuditedMessage, Integer>>>> in, ThreadScorer scorer)
      implements Iterator<ThreadScores> {
    @Override
    public boolean hasNext() {
      return in.hasNext();
    }

    @Override
    public ThreadScores next() {
      Tuple2<String, Iterable<Tuple2<AuditedMessage, Integer>>> thread = in.next();
      List<AuditedMessage> messages = new ArrayList<>();
      Map<String, Integer> templateCopies = new HashMap<>();
      for (Tuple2<AuditedMessage, Integer> m : thread._2()) {
        messages.add(m._1());
        templateCopies.put(m._1().messageKey(), m._2());
      }
      return scorer.score(thread._1(), messages, templateCopies);
    }
  }
}
