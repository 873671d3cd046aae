package fi.mailaudit.report;

import fi.mailaudit.report.ReportData.ReplyExample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses an agent's best and weakest scored replies for their card (issue 5 item 4: "two or three
 * evidence examples of their best and weakest replies"). Best means the most complete reply (SPEC
 * §5.3), ties going to fewer bingo points (SPEC §5.1); weakest the reverse. The two lists never
 * share a reply, so an agent with three replies shows two best and one weakest, not one reply
 * twice.
 */
final class EvidencePicker {
  /** Best first: completeness high to low (none = lowest), then bingo points low to high. */
  static final Comparator<ReplyExample> BEST_FIRST =
      Comparator.comparing(ReplyExample::completeness, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(ReplyExample::bingoPoints, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ReplyExample::sentAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ReplyExample::messageKey);

  private EvidencePicker() {}

  /** An agent's examples: the best first, the weakest with the weakest first. */
  record Picks(List<ReplyExample> best, List<ReplyExample> weakest) {}

  /**
   * @param candidates one agent's scored replies (any order, duplicates by message key ignored)
   * @param perSide at most this many on each side
   */
  static Picks pick(List<ReplyExample> candidates, int perSide) {
    if (perSide < 1) {
      throw new IllegalArgumentException("perSide must be at least 1, got " + perSide);
    }
    List<ReplyExample> sorted = new ArrayList<>();
    candidates.stream().sorted(BEST_FIRST)
        .filter(e -> sorted.stream().noneMatch(s -> s.messageKey().equals(e.messageKey())))
        .forEach(sorted::add);
    int best = Math.min(perSide, (sorted.size() + 1) / 2);
    int weakest = Math.min(perSide, sorted.size() - best);
    List<ReplyExample> weak = new ArrayList<>(sorted.subList(sorted.size() - weakest, sorted.size()));
    java.util.Collections.reverse(weak);
    return new Picks(List.copyOf(sorted.subList(0, best)), List.copyOf(weak));
  }
}
