package fi.mailaudit.conversation;

import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The Spark side of the conversation stage: every parsed message audited by a
 * {@link MessageAuditor} built once per partition, then duplicates folded by {@code message_key}.
 */
public final class ConversationStage {
  private ConversationStage() {}

  /**
   * The audited messages, one per {@code message_key}, in {@code partitions} partitions: the
   * stages after this one inherit the count, so the caller sizes it by the input's bytes.
   */
  public static JavaRDD<AuditedMessage> uniqueMessages(
      JavaRDD<ReadResult> read, MessageAuditor.Settings settings, int partitions) {
    return read.filter(r -> r instanceof ParsedMessage)
        .mapPartitions(partition -> {
          MessageAuditor auditor = new MessageAuditor(settings);
          return new MappedIterator<>(partition, r -> auditor.audit((ParsedMessage) r));
        })
        .mapToPair(m -> new Tuple2<>(m.messageKey(), m))
        // Copies are few, so combining them before the shuffle only held every message in a map
        // whose size Spark kept estimating by walking it (SizeEstimator, 5 % of the issue 7
        // profile); without it the shuffle writes each message straight to its partition.
        .combineByKey(m -> m, MessageAuditor::keepOne, MessageAuditor::keepOne,
            new HashPartitioner(partitions), false, null)
        .values();
  }

  /** A lazy map over an iterator: a partition is never materialised as a list. */
  record MappedIterator<A, B>(java.util.Iterator<A> in, java.util.function.Function<A, B> f)
      implements java.util.Iterator<B> {
    @Override
    public boolean hasNext() {
      return in.hasNext();
    }

    @Override
    public B next() {
      return f.apply(in.next());
    }
  }
}
