/**
 * Stage 2, parse: bytes to {@link fi.mailaudit.parse.ParsedMessage}, whatever the format.
 * {@link fi.mailaudit.parse.ArchiveReader} is the pure core that reads one task with one parser
 * per format family (rfc822, msg, tnef, pst; zip through {@code ZipArchive}); every item found
 * yields exactly one {@link fi.mailaudit.parse.ReadResult} — a message, a reject or a skipped
 * non-mail item — so that found = parsed + rejected. {@link fi.mailaudit.parse.ParseStage} is the
 * thin Spark adapter.
 */
package fi.mailaudit.parse;
