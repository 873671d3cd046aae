package fi.mailaudit.report;

import static fi.mailaudit.report.ReportModels.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.mailaudit.report.ReportData.ReplyExample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidencePickerTest {
  private static final String AGENT = "antti.lehtonen@saimaankuitu.fi";

  private static List<String> keys(List<ReplyExample> examples) {
    return examples.stream().map(ReplyExample::messageKey).toList();
  }

  @Test
  void mostCompleteFirstTiesToFewerBingoPoints() {
    List<ReplyExample> replies = List.of(reply("weak", AGENT, 0.2, 5, Map.of()), reply("tie-bingo", AGENT, 0.9, 3, Map.of()),
        reply("best", AGENT, 0.9, 0, Map.of()), reply("mid", AGENT, 0.6, 1, Map.of()), reply("low", AGENT, 0.4, 2, Map.of()));
    EvidencePicker.Picks picks = EvidencePicker.pick(replies, 2);
    assertEquals(List.of("best", "tie-bingo"), keys(picks.best()));
    assertEquals(List.of("weak", "low"), keys(picks.weakest()));
  }

  @ParameterizedTest
  @CsvSource({"0, 0, 0", "1, 1, 0", "2, 1, 1", "3, 2, 1", "4, 2, 2", "9, 2, 2"})
  void theTwoSidesNeverShareAReply(int replies, int best, int weakest) {
    List<ReplyExample> all = new java.util.ArrayList<>();
    for (int i = 0; i < replies; i++) {
      all.add(reply("r" + i, AGENT, i / 10.0, 0, Map.of()));
    }
    EvidencePicker.Picks picks = EvidencePicker.pick(all, 2);
    assertEquals(best, picks.best().size());
    assertEquals(weakest, picks.weakest().size());
    assertEquals(List.of(), picks.best().stream().filter(picks.weakest()::contains).toList());
  }

  @Test
  void theSameReplyTwiceCountsOnce() {
    ReplyExample one = reply("same", AGENT, 0.5, 1, Map.of());
    EvidencePicker.Picks picks = EvidencePicker.pick(List.of(one, one), 2);
    assertEquals(List.of("same"), keys(picks.best()));
    assertEquals(List.of(), picks.weakest());
  }

  @Test
  void aReplyWithoutCompletenessRanksLast() {
    ReplyExample none = new ReplyExample("none", AGENT, "2026-Q3", null, null, null, null, null, null, null);
    EvidencePicker.Picks picks = EvidencePicker.pick(List.of(none, reply("some", AGENT, 0.1, 6, Map.of())), 1);
    assertEquals(List.of("some"), keys(picks.best()));
    assertEquals(List.of("none"), keys(picks.weakest()));
  }

  @Test
  void atLeastOnePerSide() {
    assertThrows(IllegalArgumentException.class, () -> EvidencePicker.pick(List.of(), 0));
  }

  @Test
  void evidenceLinesFollowTheBingoFirstOrderAndSkipTheCustomersWordsAndWhatIsMissing() {
    Map<String, String> evidence = Map.of("customer_register", "Moikka!", "has_closing", "Ystävällisin terveisin,",
        "b5_points", "Kiitämme saamastamme palautteesta.", "greeting_kind", "Hyvä asiakkaamme,",
        "has_apology", "no apology; customer: virheellinen", "has_wishes", "Hyvää päivänjatkoa!",
        "has_invitation", "Kysykää ihmeessä!", "promise", "Palaan asiaan huomenna.");
    assertEquals(List.of("opening (B1)", "stock phrase (B5)", "promise", "invitation to ask more"),
        List.copyOf(EvidenceLabels.shown(evidence, List.of("apology")).keySet()));
  }
}
