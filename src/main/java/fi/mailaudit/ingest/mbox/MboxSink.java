package fi.mailaudit.ingest.mbox;

import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.parse.Reject;

/**
 * Receives what an {@link MboxReader} finds, in file order: every item found is exactly one
 * message or one reject, which keeps SPEC's found = parsed + rejected countable. A callback rather
 * than a list so that a multi-GB range never has more than one message in memory.
 */
public interface MboxSink {

  /** A message cut out of the mbox, not yet parsed. */
  void message(RawMessage message);

  /** Bytes that are not a readable message: prefix garbage, an oversized message, a broken gzip. */
  void reject(Reject reject);
}
