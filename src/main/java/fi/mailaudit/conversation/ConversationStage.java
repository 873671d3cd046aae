package fi.mailaudit.conversation;

import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The Spark side of the conversation stage: every parsed message audited by a
 * {@link MessageAuditor} built once per partition, then duplicates folded by {@code message_key}.
 */
public final class ConversationStage {
  private ConversationStage() {}

  public static JavaRDD<AuditedMessage> uniqueMessages(
      JavaRDD<ReadResult> read, MessageAuditor.Settings settings) {
    return read.filter(r -> r instanceof ParsedMessage)
        .mapPartitions(partition -> {
          MessageAuditor auditor = new MessageAuditor(settings);
          return new MappedIterator<>(partition, r -> auditor.audit((ParsedMessage) r));
        })
        .mapToPair(m -> new Tuple2<>(m.messageKey(), m))
        .reduceByKey(MessageAuditor::keepOne)
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
