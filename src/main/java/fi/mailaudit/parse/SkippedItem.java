package fi.mailaudit.parse;

import fi.mailaudit.ingest.SourceRef;

/**
 * An item that is in an archive but is not mail: a PST contact, appointment, distribution list or
 * free/busy record. Not a message and not a reject; counted per folder in the manifest, so a PST
 * folder's table of contents (expected) = parsed + rejected + skipped.
 *
 * @param source where the item was found
 * @param itemClass what it is instead, e.g. {@code IPM.Contact}
 */
public record SkippedItem(SourceRef source, String itemClass) implements ReadResult {}
