package fi.mailaudit.rules;

import static fi.mailaudit.rules.CompletenessFixtures.ANALYSIS;
import static fi.mailaudit.rules.CompletenessFixtures.EVIDENCE;
import static fi.mailaudit.rules.CompletenessFixtures.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.conversation.BodySections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletenessRuleTest {
  private static final Map<String, Double> W = CompletenessWeights.WEIGHTS;
  private final CompletenessRule rule = new CompletenessRule(ANALYSIS, EVIDENCE);

  @Test
  void seed003ModelReplyHasEveryApplicableElementButTheWishAndEmpathy() {
    RuleResult r =
        rule.apply(
            input(
                "Hei,¶¶Asiat eivät ole sujuneet, raportit eivät toimi. Milloin korjaus"
                    + " tulee?¶¶Terveisin¶Petri",
                "Hei,¶¶Kiitos viestistänne. Pahoittelut, että asiat eivät ole sujuneet"
                    + " odottamallanne tavalla. Kehityspuolemme selvittää korjausta parhaillaan,"
                    + " mutta valitettavasti korjaus ei tule vielä tällä viikolla kuntoon. Palaan"
                    + " teille asiaan heti ensi viikon alussa.¶¶Ystävällisin terveisin,¶Kirsi"
                    + " Saarnivuo-Myöhänen¶markkinointipäällikkö¶+35841 466 4595"));
    Map<String, Object> f = r.flags();
    assertEquals(true, f.get(RuleColumns.HAS_GREETING));
    assertEquals(true, f.get(RuleColumns.HAS_THANKS_FOR_CONTACT));
    assertEquals(true, f.get(RuleColumns.HAS_ALL_QUESTIONS_ADDRESSED));
    assertEquals(true, f.get(RuleColumns.HAS_TIMEFRAME));
    assertEquals(true, f.get(RuleColumns.HAS_APOLOGY));
    assertEquals(false, f.get(RuleColumns.HAS_WISHES));
    assertEquals(false, f.get(RuleColumns.HAS_EMPATHY));
    assertEquals(false, f.get(RuleColumns.HAS_INVITATION));
    double all =
        W.values().stream().mapToDouble(Double::doubleValue).sum()
            - W.get(RuleColumns.HAS_STRUCTURE);
    double missing =
        W.get(RuleColumns.HAS_WISHES)
            + W.get(RuleColumns.HAS_EMPATHY)
            + W.get(RuleColumns.HAS_INVITATION);
    assertNull(f.get(RuleColumns.HAS_STRUCTURE), "four sentences, no asks");
    assertEquals((all - missing) / all, (Double) f.get(RuleColumns.COMPLETENESS), 1e-9);
  }

  @Test
  void inapplicableElementsLeaveTheScoreAlone() {
    Map<String, Object> flags = new HashMap<>();
    flags.put(RuleColumns.HAS_GREETING, true);
    flags.put(RuleColumns.HAS_CLOSING, false);
    flags.put(RuleColumns.HAS_APOLOGY, null);
    double expected =
        W.get(RuleColumns.HAS_GREETING)
            / (W.get(RuleColumns.HAS_GREETING) + W.get(RuleColumns.HAS_CLOSING));
    assertEquals(expected, CompletenessWeights.score(flags), 1e-9);
    assertNull(CompletenessWeights.score(Map.of()));
  }

  @Test
  void vagueTimeframeCountsHalf() {
    Map<String, Object> flags = new HashMap<>();
    flags.put(RuleColumns.HAS_TIMEFRAME, true);
    flags.put(RuleColumns.TIMEFRAME_VAGUE, true);
    flags.put(RuleColumns.HAS_MECHANICS, true);
    double t = W.get(RuleColumns.HAS_TIMEFRAME);
    double m = W.get(RuleColumns.HAS_MECHANICS);
    assertEquals(
        (t * CompletenessWeights.VAGUE_TIMEFRAME_SHARE + m) / (t + m),
        CompletenessWeights.score(flags),
        1e-9);
    flags.put(RuleColumns.TIMEFRAME_VAGUE, false);
    assertEquals(1.0, CompletenessWeights.score(flags), 1e-9);
  }

  @Test
  void empathyWeighsLessThanEveryOtherElement() {
    W.forEach(
        (element, weight) ->
            assertTrue(
                element.equals(RuleColumns.HAS_EMPATHY)
                    || element.equals(RuleColumns.HAS_WISHES)
                    || weight > W.get(RuleColumns.HAS_EMPATHY),
                element));
  }

  @Test
  void bareReplyScoresLowAndEveryFlagIsBooleanOrNull() {
    RuleResult r = rule.apply(input("Hei, missä tilaukseni on?", "paketti on matkalla"));
    assertEquals(false, r.bool(RuleColumns.HAS_GREETING));
    assertEquals(false, r.bool(RuleColumns.HAS_CLOSING));
    assertTrue((Double) r.flags().get(RuleColumns.COMPLETENESS) < 0.2);
    for (String element : W.keySet()) {
      assertTrue(r.flags().containsKey(element), element);
    }
  }

  @Test
  void thanksForContactNeedsACustomerMessage() {
    RuleResult r = rule.apply(input(null, "Hei,¶¶Kiitos viestistä.¶¶Terveisin¶Liisa"));
    assertNull(r.bool(RuleColumns.HAS_THANKS_FOR_CONTACT));
    assertNull(r.bool(RuleColumns.HAS_ALL_QUESTIONS_ADDRESSED));
  }

  @Test
  void evidenceIsShortAndMasksPasswords() {
    RuleResult r =
        rule.apply(
            input(
                "Hei, salasana ei toimi.",
                "Hei,¶¶Pahoittelut! Uusi salasanasi on Kissa123!, vaihda se"
                    + " heti.¶¶Terveisin¶Liisa"));
    r.evidence()
        .values()
        .forEach(
            e -> {
              assertTrue(e.length() <= Evidence.MAX_LENGTH, e);
              assertFalse(e.contains("Kissa123"), e);
            });
  }

  @Test
  void noReplyNoFlags() {
    assertEquals(RuleResult.EMPTY, rule.apply(ReplyInput.unanswered(BodySections.EMPTY, null)));
  }
}
