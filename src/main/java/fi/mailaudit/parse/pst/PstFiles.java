package fi.mailaudit.parse.pst;

import com.pff.PSTFile;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closing a PSTFile: its only resource is one read-only RandomAccessFile. */
final class PstFiles {
  private static final Logger LOG = LoggerFactory.getLogger(PstFiles.class);

  private PstFiles() {}

  static void closeQuietly(PSTFile pst) {
    try {
      pst.close();
    } catch (IOException e) {
      // Read-only: a failed close loses no data and must not fail the items already read.
      LOG.warn("closing PST file failed", e);
    }
  }
}
