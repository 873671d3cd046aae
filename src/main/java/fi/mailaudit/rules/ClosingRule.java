package fi.mailaudit.rules;

import fi.mailaudit.conversation.BodySections;
import java.util.ArrayList;
import java.util.List;

/**
 * Closing salutation, a completeness element of SPEC §5.3 (seed 003 "Lopputervehdys", every model
 * message ends "Ystävällisin terveisin,"). Always applicable.
 *
 * <p>Present when the conversation stage split off a closing line. Its list is the formal one, so
 * the rule also looks at the reply's last lines (the last two of the new text, the wish, the
 * signature's first) for colloquial closings of completeness-closings.txt ("Terkuin", "Heippa",
 * "Toivottaen"); a match counts only at the start of its line, where a closing stands, so "moi"
 * inside a sentence is none.
 */
public final class ClosingRule implements Rule {
  /** Lines from the end of the new text where a closing the splitter missed can stand. */
  private static final int TAIL_LINES = 2;

  private final ShortLines shortLines;
  private final Evidence evidence;

  public ClosingRule(FinnishText analysis, Evidence evidence) {
    this.shortLines = new ShortLines(analysis);
    this.evidence = evidence;
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    BodySections reply = input.reply();
    if (reply.closing() != null && !reply.closing().isBlank()) {
      return present(reply.closing());
    }
    String trailing = TrailingSignature.of(reply, shortLines).closing();
    if (trailing != null) {
      return present(trailing);
    }
    for (String line : tailLines(reply)) {
      if (shortLines.isClosingLine(line)) {
        return present(line);
      }
    }
    return RuleResult.EMPTY.with(RuleColumns.HAS_CLOSING, false);
  }

  private RuleResult present(String line) {
    return RuleResult.EMPTY
        .with(RuleColumns.HAS_CLOSING, true)
        .withEvidence(RuleColumns.HAS_CLOSING, evidence.of(line));
  }

  private static List<String> tailLines(BodySections reply) {
    List<String> out = new ArrayList<>();
    String[] lines = reply.newText().strip().split("\n");
    for (int i = Math.max(0, lines.length - TAIL_LINES); i < lines.length; i++) {
      out.add(lines[i].strip());
    }
    if (reply.wish() != null) {
      out.add(reply.wish().strip());
    }
    if (reply.signature() != null) {
      out.add(reply.signature().strip().split("\n")[0].strip());
    }
    out.removeIf(String::isEmpty);
    return out;
  }
}
