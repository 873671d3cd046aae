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

  @Test
  void emptyInputGivesNoRows() {
    assertEquals(0, TemplateStage.otherCustomerCopies(
        SparkTestSession.context().<TemplateDetector.Reply>emptyRDD()).count());
  }
}
