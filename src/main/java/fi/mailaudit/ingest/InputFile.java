package fi.mailaudit.ingest;

import java.io.Serializable;

/**
 * One file found under the user's input paths, with the format it was recognised as.
 *
 * @param path the file's URI string ({@code file:/…}, {@code hdfs://…})
 * @param format the recognised format; {@link InputFormat#UNSUPPORTED} files are listed, not read
 * @param sizeBytes the file's length
 * @param folder the mail folder this file belongs to (Maildir / MH / Apple Mail folder name), or null
 * @param note why a file is unsupported (the detected media type), else null
 */
public record InputFile(String path, InputFormat format, long sizeBytes, String folder, String note)
    implements Serializable {

  public SourceRef ref(String location, String itemFolder) {
    return new SourceRef(path, format, location, itemFolder == null ? folder : itemFolder);
  }
}
