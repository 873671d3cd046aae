package fi.mailaudit.rules;

import java.util.Set;

/**
 * Timeframe, a completeness element of SPEC §5.3 (seed 003: "Jos asiakkaan viestiin ei osata
 * vastata / asia ei ole vielä selvä, kerrotaan, milloin asiakas voi odottaa asian olevan kunnossa
 * tai vastaavasti, milloin asiakkaaseen ollaan asiasta seuraavan kerran yhteydessä"; "Vähintään
 * kerrotaan, milloin asiakkaalle palataan asiasta takaisin (ensi viikolla, kuukauden päästä vai
 * ensi vuonna)").
 *
 * <p>Applicable only when the reply says the matter is still open (completeness-pending.txt:
 * selvitämme, välitin, palaan asiaan, tutkimme, otamme yhteyttä, käsittelyssä …); otherwise null.
 * Present when it names a time (completeness-timeframe.txt: huomenna, ensi viikon alussa, tämän
 * viikon lopulla, perjantaihin mennessä, 15.3. mennessä). A time that only promises speed
 * ("mahdollisimman pian", completeness-timeframe-vague.txt) is present too, because the seed's own
 * model reply uses it, but {@code timeframe_vague} is set and the score counts it half ({@link
 * CompletenessWeights#VAGUE_TIMEFRAME_SHARE}). A definite time anywhere wins over a vague one.
 */
public final class TimeframeRule implements Rule {
  /** Words with a verb's ending that are no present-tense action ("uudestaan", "vastaan"). */
  private static final Set<String> NOT_VERBS =
      Set.of(
          "olemme",
          "emme",
          "uudestaan",
          "ainoastaan",
          "vastaan",
          "itsestään",
          "mistään",
          "kenestään",
          "ajoittain");

  private final FinnishText analysis;
  private final ElementPresence pending;
  private final ElementPresence definite;
  private final ElementPresence vague;

  public TimeframeRule(FinnishText analysis, Evidence evidence) {
    this.analysis = analysis;
    this.pending =
        new ElementPresence(RuleColumns.HAS_TIMEFRAME, "completeness-pending", analysis, evidence);
    this.definite =
        new ElementPresence(
            RuleColumns.HAS_TIMEFRAME, "completeness-timeframe", analysis, evidence);
    this.vague =
        new ElementPresence(
            RuleColumns.HAS_TIMEFRAME, "completeness-timeframe-vague", analysis, evidence);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    String text = OwnText.of(input.reply(), false);
    RuleResult open = pending.in(text);
    RuleResult promised = promisedWithTime(text);
    if (promised != null) {
      return promised.with(RuleColumns.TIMEFRAME_VAGUE, false);
    }
    if (!Boolean.TRUE.equals(open.bool(RuleColumns.HAS_TIMEFRAME))) {
      return RuleResult.EMPTY
          .with(RuleColumns.HAS_TIMEFRAME, null)
          .with(RuleColumns.TIMEFRAME_VAGUE, null);
    }
    RuleResult when = definite.in(text);
    if (Boolean.TRUE.equals(when.bool(RuleColumns.HAS_TIMEFRAME))) {
      return when.with(RuleColumns.TIMEFRAME_VAGUE, false);
    }
    RuleResult soon = vague.in(text);
    if (Boolean.TRUE.equals(soon.bool(RuleColumns.HAS_TIMEFRAME))) {
      return soon.with(RuleColumns.TIMEFRAME_VAGUE, true);
    }
    // Absent: the open matter itself is the evidence an auditor checks.
    return open.with(RuleColumns.HAS_TIMEFRAME, false).with(RuleColumns.TIMEFRAME_VAGUE, null);
  }

  /**
   * A sentence that names a time and a present-tense action of "we" or the passive ("saamme lisää
   * ensi viikolla", "korjaus julkaistaan keskiviikkona"): Finnish uses the present for the future,
   * so together they promise a next step, whatever the verb. The past ("lähetimme") and "olemme",
   * "emme" do not count. Null when no sentence does.
   */
  private RuleResult promisedWithTime(String text) {
    for (Sentence s : analysis.sentences(text)) {
      boolean futureAction =
          s.tokens().stream().map(Token::surface).anyMatch(TimeframeRule::isPresentWeOrPassive);
      if (futureAction) {
        RuleResult when = definite.in(s.text());
        if (Boolean.TRUE.equals(when.bool(RuleColumns.HAS_TIMEFRAME))) {
          return when;
        }
      }
    }
    return null;
  }

  static boolean isPresentWeOrPassive(String word) {
    if (NOT_VERBS.contains(word) || word.endsWith("imme")) {
      return false;
    }
    return word.length() > 5
        && (word.endsWith("amme")
            || word.endsWith("ämme")
            || word.endsWith("taan")
            || word.endsWith("tään"));
  }
}
