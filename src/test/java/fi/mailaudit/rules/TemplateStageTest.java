package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.mailaudit.SparkTestSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Spark adapter of B6 on the shared local[2] session agrees with the in-memory detector. */
class TemplateStageTest {

  @Test
  void sparkFindsWhatTheDetectorFinds() {
    List<TemplateDetector.Reply> replies = TemplateDetectorTest.billingReplies();
    Map<String, Integer> spark =
        TemplateStage.otherCustomerCopies(SparkTestSession.context().parallelize(replies, 3)).collectAsMap();
    assertEquals(new TemplateDetector().detect(replies), Map.copyOf(spark));
    assertEquals(replies.size(), spark.size(), "every reply gets a row");
  }

  /**
   * A template sent to more customers than a member compares before it stops: which others it
   * meets first must not depend on how the replies were cut into partitions or in what order the
   * shuffle delivered them.
   */
  @Test
  void copiesAgreeAcrossPartitionings() {
    List<TemplateDetector.Reply> replies = new java.util.ArrayList<>();
    String[] names = {"Matti", "Anna", "Pekka", "Sari", "Jussi", "Outi", "Jonna", "Kalle", "Liisa", "Timo"};
    for (int i = 0; i < names.length; i++) {
      replies.add(new TemplateDetector.Reply("r" + i, "asiakas-" + names[i],
          "Hei " + names[i] + ", kiitos viestistäsi. Tarkistimme laskusi " + (48000 + i) + " ja hyvitämme "
              + "virheellisen kuukausimaksun seuraavalla laskulla. Ystävällisin terveisin, asiakaspalvelu", names[i]));
    }
    Map<String, Integer> reference =
        Map.copyOf(TemplateStage.copiesFound(SparkTestSession.context().parallelize(replies, 1)).collectAsMap());
    List<TemplateDetector.Reply> reversed = new java.util.ArrayList<>(replies);
    java.util.Collections.reverse(reversed);
    for (int partitions : new int[] {2, 3, 7}) {
      for (List<TemplateDetector.Reply> order : List.of(replies, reversed)) {
        assertEquals(reference, Map.copyOf(TemplateStage.copiesFound(
            SparkTestSession.context().parallelize(order, partitions)).collectAsMap()), partitions + " partitions");
      }
    }
    assertEquals(names.length, reference.size(), "every copy of the template has copies: " + reference);
  }

  @Test
  void bucketMembersAreComparedInKeyOrderWhateverTheShuffleDelivered() {
    List<TemplateDetector.Fingerprint> delivered = List.of(
        new TemplateDetector.Fingerprint("r7", "asiakas-Kalle", new int[0], new int[0]),
        new TemplateDetector.Fingerprint("r1", "asiakas-Anna", new int[0], new int[0]),
        new TemplateDetector.Fingerprint("r4", "asiakas-Jussi", new int[0], new int[0]));
    assertEquals(List.of("r1", "r4", "r7"),
        TemplateStage.inKeyOrder(delivered).stream().map(TemplateDetector.Fingerprint::key).toList());
    assertEquals(List.of(), TemplateStage.inKeyOrder(List.of()));
  }

  @Test
  void emptyInputGivesNoRows() {
    assertEquals(0, TemplateStage.otherCustomerCopies(
        SparkTestSession.context().<TemplateDetector.Reply>emptyRDD()).count());
  }
}
