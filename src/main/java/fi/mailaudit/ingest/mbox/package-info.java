/**
 * Ingest of mbox archives (mboxo, mboxrd, mboxcl, mboxcl2, optionally gzip-compressed): cuts a file
 * into byte ranges ({@link fi.mailaudit.ingest.mbox.MboxSplitPlanner}), and reads the messages
 * whose {@code From } separator line starts in one range ({@link
 * fi.mailaudit.ingest.mbox.MboxReader}), handing each message's bytes on as a {@link
 * fi.mailaudit.ingest.RawMessage} to the RFC 822 parser of the parse stage.
 *
 * <p>Tika's {@code MboxParser} is deliberately not used: it decodes the whole file as windows-1252
 * (raw UTF-8 such as ” is destroyed), splits on any line starting with {@code "From "} and drops
 * what lies beyond 50 MB (STACK.md, "Tika for mail"). Here the file is split on bytes, one message
 * in memory at a time, and only the {@code From_} line and a {@code Content-Length} header are ever
 * decoded.
 */
package fi.mailaudit.ingest.mbox;
