/**
 * Parse stage for single RFC 822 / MIME messages (EML, EMLX, and every message an mbox or Maildir
 * reader cuts out): raw bytes in, a {@link fi.mailaudit.parse.ParsedMessage} or a
 * {@link fi.mailaudit.parse.Reject} out. Built on apache-mime4j's streaming parser directly rather
 * than Tika's RFC822Parser, which is about four times slower and prefers the HTML alternative while
 * SPEC §2 prefers text/plain.
 */
package fi.mailaudit.parse.rfc822;
