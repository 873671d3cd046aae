package fi.mailaudit.sampledata;

import java.io.Closeable;
import java.io.IOException;

/** Where rendered messages go, one at a time, so no corpus is ever held in memory. */
interface MessageSink extends Closeable {
  /**
   * Writes one message and returns where it went, relative to the corpus root, for the labels.
   *
   * @param eol the line ending the message was rendered with, for the separator lines
   */
  String write(Mail mail, byte[] rendered, String eol) throws IOException;
}
