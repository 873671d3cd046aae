package fi.mailaudit.sampledata;

import java.io.IOException;
import java.util.List;

/**
 * Renders the messages of played threads into their sinks and records the labels. A message
 * given several sinks is the duplicate case of SPEC §4 (Sent Items and Inbox both exported):
 * the same bytes, the same Message-ID, two files.
 */
final class CorpusWriter {
  private static final String LF = "\n";
  private static final String CRLF = "\r\n";

  private final LabelWriter labels;
  private long written;
  private long bytes;

  /** {@code labels} may be null: the large mode can skip them. */
  CorpusWriter(LabelWriter labels) {
    this.labels = labels;
  }

  /** Writes one message to each sink; returns nothing, counts copies in {@link #written()}. */
  void write(Mail m, List<MessageSink> sinks) throws IOException {
    write(m, sinks, Enclosures.NONE);
  }

  /** {@link #write(Mail, List)} with files the story did not give the message (the large mode's). */
  void write(Mail m, List<MessageSink> sinks, Enclosures extra) throws IOException {
    boolean first = true;
    for (MessageSink sink : sinks) {
      String eol = eol(m, sink);
      byte[] rendered = MimeRenderer.render(m, eol, extra);
      String file = sink.write(m, rendered, eol);
      bytes += rendered.length;
      if (labels != null) {
        labels.message(m, file, first);
      }
      first = false;
      written++;
    }
  }

  void thread(ThreadFacts facts) throws IOException {
    if (labels != null) {
      labels.thread(facts);
    }
  }

  long written() {
    return written;
  }

  /** The rendered bytes of the messages written, without mbox separators and quoting. */
  long bytes() {
    return bytes;
  }

  /**
   * CRLF for EML files (an Outlook export), LF in a Maildir, and in an mbox LF with every fourth
   * message in CRLF: the mixed line ends of an archive assembled from several clients.
   */
  static String eol(Mail m, MessageSink sink) {
    if (sink instanceof EmlSink) {
      return CRLF;
    }
    if (sink instanceof MboxSink) {
      return Math.floorMod(m.messageId().hashCode(), 4) == 0 ? CRLF : LF;
    }
    return LF;
  }
}
