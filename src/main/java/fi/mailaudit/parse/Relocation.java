package fi.mailaudit.parse;

import fi.mailaudit.ingest.SourceRef;

/**
 * Moves a result's location under a container's: {@code "entry.pst!" + "Inbox#2097220"}, so that a
 * location names the path to the item through every archive it sits in.
 */
final class Relocation {
  private Relocation() {}

  static ReadResult withPrefix(ReadResult result, String prefix) {
    SourceRef ref = result.source();
    SourceRef moved = new SourceRef(ref.sourceFile(), ref.format(), prefix + ref.location(), ref.folder());
    if (result instanceof Reject r) {
      return new Reject(moved, r.reason(), r.detail());
    }
    if (result instanceof SkippedItem s) {
      return new SkippedItem(moved, s.itemClass());
    }
    ParsedMessage m = (ParsedMessage) result;
    return new ParsedMessage(moved, m.messageId(), m.inReplyTo(), m.references(), m.from(), m.to(), m.cc(),
        m.sentAt(), m.subject(), m.headers(), m.bodyText(), m.bodySource(), m.attachments(), m.sizeBytes());
  }
}
