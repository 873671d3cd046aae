package fi.mailaudit.parse.pst;

import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import java.io.Serializable;
import java.util.List;

/**
 * What reading some slices gave: one {@link ReadResult} per mail item and per embedded message,
 * and the non-mail items that were skipped.
 *
 * @param results messages and rejects; an embedded message's location is its parent's plus
 *     {@code #att<n>}
 * @param skipped non-mail items, neither messages nor rejects
 */
public record PstSliceResult(List<ReadResult> results, List<PstSkippedItem> skipped)
    implements Serializable {
  public PstSliceResult {
    results = List.copyOf(results);
    skipped = List.copyOf(skipped);
  }

  public List<ParsedMessage> messages() {
    return results.stream()
        .filter(ParsedMessage.class::isInstance)
        .map(ParsedMessage.class::cast)
        .toList();
  }
}
