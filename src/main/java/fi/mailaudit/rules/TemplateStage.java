package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The Spark side of B6 (SPEC §5.1 "near-duplicate clustering (MinHash / shingles)"), a thin
 * adapter over {@link TemplateDetector}: fingerprints per partition, the LSH bands as shuffle keys,
 * candidate pairs only inside a band's bucket (never all pairs), confirmed matches reduced to the
 * number of other customers per reply.
 */
public final class TemplateStage {
  private TemplateStage() {}

  /**
   * Reply key → number of other customers that got a near copy; every input reply appears, 0
   * when it has no copy or is too short to judge. {@link TemplateDetector#isTemplate} turns the
   * count into {@code b6_points}.
   */
  public static JavaPairRDD<String, Integer> otherCustomerCopies(JavaRDD<TemplateDetector.Reply> replies) {
    return replies.mapToPair(r -> new Tuple2<>(r.key(), 0))
        .leftOuterJoin(copiesFound(replies))
        .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2().orElse(0)));
  }

  /**
   * Reply key → number of other customers that got a near copy, only for the replies that have
   * one: what the rules stage sends to the replies' partitions (the others default to 0).
   */
  public static JavaPairRDD<String, Integer> copiesFound(JavaRDD<TemplateDetector.Reply> replies) {
    TemplateDetector detector = new TemplateDetector();
    JavaRDD<TemplateDetector.Fingerprint> prints =
        replies.mapPartitions(it -> {
          List<TemplateDetector.Fingerprint> out = new ArrayList<>();
          while (it.hasNext()) {
            TemplateDetector.Fingerprint f = detector.fingerprint(it.next());
            if (f != null) {
              out.add(f);
            }
          }
          return out.iterator();
        });
    JavaPairRDD<String, Integer> copies =
        prints.flatMapToPair(f -> detector.bandKeys(f).stream().map(k -> new Tuple2<>(k, f)).iterator())
            .groupByKey()
            .flatMap(bucket -> {
              List<TemplateDetector.Fingerprint> members = inKeyOrder(bucket._2());
              return members.size() < 2 ? List.<TemplateDetector.Match>of().iterator()
                  : detector.matchesInBucket(members).iterator();
            })
            .mapToPair(m -> new Tuple2<>(m.key(), m.otherCustomer()))
            .distinct()
            .mapToPair(t -> new Tuple2<>(t._1(), 1))
            .reduceByKey(Integer::sum);
    return copies;
  }

  /**
   * A bucket's members by reply key. {@code matchesInBucket} stops after a few comparisons per
   * member, so which members it meets first decides some counts: in key order they no longer hang
   * on the order the shuffle delivered them (issue 7: runs on 3 and 6 partitions gave different
   * {@code template_copies} for 21 424 of 50 736 replies).
   */
  static List<TemplateDetector.Fingerprint> inKeyOrder(Iterable<TemplateDetector.Fingerprint> bucket) {
    List<TemplateDetector.Fingerprint> members = new ArrayList<>();
    bucket.forEach(members::add);
    members.sort(java.util.Comparator.comparing(TemplateDetector.Fingerprint::key));
    return members;
  }
}
