package fi.mailaudit.conversation;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The Spark side of threading (SPEC §4 "Threads", issue 3 deliverable 7): routes the unique
 * messages into groups that can be threaded independently ({@link ThreadGroups}), runs one {@link
 * ThreadBuilder} per group, then summarises each thread ({@link ThreadSummarizer}). The threaded
 * messages leave with every thread whole and contiguous in one partition ({@link ThreadRuns}), so
 * the summaries here and the rules later need no shuffle by thread id.
 */
public final class ThreadStage {
  private ThreadStage() {}

  /**
   * What the stage needs from the run's options.
   *
   * @param clock the business hours (SPEC §3), for {@code first_response_business_minutes}
   * @param window how far back the subject fallback reaches
   */
  public record Settings(BusinessClock clock, Duration window) implements Serializable {}

  /** Every message with its {@code thread_id} set. */
  public static JavaRDD<AuditedMessage> assignThreads(
      JavaRDD<AuditedMessage> messages, Settings settings) {
    JavaPairRDD<String, AuditedMessage> customerMail =
        messages.filter(m -> m.customerPseudonym() != null)
            .mapToPair(m -> new Tuple2<>(m.customerPseudonym(), m));
    JavaRDD<AuditedMessage> customerless = messages.filter(m -> m.customerPseudonym() == null);
    JavaPairRDD<String, String> groupOfCustomerless = routes(messages, customerless);
    JavaPairRDD<String, AuditedMessage> routed =
        customerless.mapToPair(m -> new Tuple2<>(m.messageKey(), m))
            .leftOuterJoin(groupOfCustomerless) // absent: the message names no customer's mail
            .mapToPair(t -> new Tuple2<>(t._2()._2().orElse(ThreadGroups.NO_CUSTOMER), t._2()._1()));
    return customerMail.union(routed)
        .groupByKey()
        .mapPartitions(groups -> {
          ThreadBuilder builder = new ThreadBuilder(settings.window());
          // One group at a time: a partition's groups are never held as one list.
          return new FlatIterator<>(groups, group ->
              // A group holds whole threads (they never span customers), so prompts pair here.
              byThread(Prompts.attach(ThreadGroups.assign(builder, group._2()))).iterator());
        });
  }

  /** One row per thread, from {@link #assignThreads}'s output (each thread within one partition). */
  public static JavaRDD<ThreadSummary> summarize(
      JavaRDD<AuditedMessage> threaded, Settings settings) {
    ThreadSummarizer summarizer = new ThreadSummarizer(new ResponseTimes(settings.clock()));
    return threaded.mapPartitions(
        part -> new ConversationStage.MappedIterator<>(ThreadRuns.of(part), summarizer::summarize));
  }

  /** The group's messages with each thread's messages next to each other, threads in first-seen order. */
  private static List<AuditedMessage> byThread(List<AuditedMessage> group) {
    Map<String, List<AuditedMessage>> threads = new LinkedHashMap<>();
    for (AuditedMessage m : group) {
      threads.computeIfAbsent(m.threadId(), id -> new ArrayList<>()).add(m);
    }
    List<AuditedMessage> out = new ArrayList<>(group.size());
    threads.values().forEach(out::addAll);
    return out;
  }

  /**
   * Customer-less message key → the customer whose message it names first (lowest link rank; the
   * smaller key on a tie, so the result does not depend on Spark's order).
   */
  private static JavaPairRDD<String, String> routes(
      JavaRDD<AuditedMessage> messages, JavaRDD<AuditedMessage> customerless) {
    JavaPairRDD<String, String> customerOfId =
        messages.filter(m -> m.customerPseudonym() != null && m.messageId() != null)
            .mapToPair(m -> new Tuple2<>(m.messageId(), m.customerPseudonym()))
            .reduceByKey(ThreadStage::smaller);
    JavaPairRDD<String, Tuple2<Integer, String>> wanted =
        customerless.flatMapToPair(m -> {
          List<String> ids = ThreadGroups.linkOrder(m);
          List<Tuple2<String, Tuple2<Integer, String>>> links = new ArrayList<>(ids.size());
          for (int rank = 0; rank < ids.size(); rank++) {
            links.add(new Tuple2<>(ids.get(rank), new Tuple2<>(rank, m.messageKey())));
          }
          return links.iterator();
        });
    return wanted.join(customerOfId)
        .mapToPair(t -> new Tuple2<>(t._2()._1()._2(), new Tuple2<>(t._2()._1()._1(), t._2()._2())))
        .reduceByKey((a, b) -> a._1() < b._1() || (a._1().equals(b._1()) && a._2().compareTo(b._2()) <= 0) ? a : b)
        .mapValues(Tuple2::_2);
  }

  private static String smaller(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** A lazy flat map over an iterator: one input element's outputs are made at a time. */
  private static final class FlatIterator<A, B> implements Iterator<B> {
    private final Iterator<A> in;
    private final Function<A, Iterator<B>> f;
    private Iterator<B> current = Collections.emptyIterator();

    FlatIterator(Iterator<A> in, Function<A, Iterator<B>> f) {
      this.in = in;
      this.f = f;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && in.hasNext()) {
        current = f.apply(in.next());
      }
      return current.hasNext();
    }

    @Override
    public B next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
