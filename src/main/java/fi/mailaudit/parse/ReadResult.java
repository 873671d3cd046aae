package fi.mailaudit.parse;

import fi.mailaudit.ingest.SourceRef;
import java.io.Serializable;

/**
 * What reading one mail item gives: a {@link ParsedMessage} or a {@link Reject}. Every item found
 * in an input yields exactly one of these, which is what makes found = parsed + rejected hold.
 */
public sealed interface ReadResult extends Serializable permits ParsedMessage, Reject, SkippedItem {
  SourceRef source();
}
