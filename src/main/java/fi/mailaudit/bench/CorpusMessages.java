package fi.mailaudit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The messages of a generated benchmark corpus as byte arrays, for the bare baseline: every
 * {@code .mbox} split at {@code From } lines that follow a blank line (the generator writes mboxrd, so
 * no body line starts with {@code From }), every other file one message. The audit's own reader does
 * much more (byte-range splitting, Content-Length, resynchronisation); the baseline deliberately not.
 */
final class CorpusMessages {
  private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

  private CorpusMessages() {}

  /** The corpus's message files, sorted, without the generator's {@code labels/} folder. */
  static List<Path> files(Path corpus) throws IOException {
    // Links followed: a corpus reused from another work folder may be a symlink to it.
    try (Stream<Path> walk = Files.walk(corpus, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !corpus.relativize(p).toString().startsWith("labels"))
          .sorted().toList();
    }
  }

  /** Every message of the corpus in file order. */
  static List<byte[]> load(Path corpus) throws IOException {
    List<byte[]> messages = new ArrayList<>();
    for (Path file : files(corpus)) {
      byte[] bytes = Files.readAllBytes(file);
      if (file.getFileName().toString().endsWith(".mbox")) {
        messages.addAll(splitMbox(bytes));
      } else {
        messages.add(bytes);
      }
    }
    return messages;
  }

  /** An mbox's messages without their {@code From_} lines; LF line ends, as the generator writes. */
  static List<byte[]> splitMbox(byte[] mbox) {
    List<byte[]> messages = new ArrayList<>();
    ByteArrayOutputStream current = null;
    int lineStart = 0;
    boolean previousBlank = true;
    while (lineStart < mbox.length) {
      int lineEnd = lineStart;
      while (lineEnd < mbox.length && mbox[lineEnd] != '\n') {
        lineEnd++;
      }
      int next = Math.min(lineEnd + 1, mbox.length);
      if (previousBlank && startsWithFrom(mbox, lineStart, lineEnd)) {
        if (current != null) {
          messages.add(current.toByteArray());
        }
        current = new ByteArrayOutputStream();
      } else if (current != null) {
        current.write(mbox, lineStart, next - lineStart);
      }
      previousBlank = lineEnd == lineStart || (lineEnd == lineStart + 1 && mbox[lineStart] == '\r');
      lineStart = next;
    }
    if (current != null) {
      messages.add(current.toByteArray());
    }
    return messages;
  }

  private static boolean startsWithFrom(byte[] bytes, int start, int end) {
    if (end - start < FROM.length) {
      return false;
    }
    for (int i = 0; i < FROM.length; i++) {
      if (bytes[start + i] != FROM[i]) {
        return false;
      }
    }
    return true;
  }
}
