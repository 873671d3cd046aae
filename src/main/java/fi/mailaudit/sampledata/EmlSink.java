package fi.mailaudit.sampledata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes one .eml file per message. In the sample the names are the subject, as Outlook's
 * drag-to-folder export names them ("VS Laskutusvirhe (2).eml"); in the large mode they are
 * numbered in folders of a thousand so no directory grows unmanageable.
 */
final class EmlSink implements MessageSink {
  private final Path root;
  private final String folder;
  private final boolean numbered;
  private final Set<String> used = new TreeSet<>();
  private long count;

  EmlSink(Path root, String folder, boolean numbered) throws IOException {
    this.root = root;
    this.folder = folder;
    this.numbered = numbered;
    Files.createDirectories(root.resolve(folder));
  }

  @Override
  public String write(Mail mail, byte[] rendered, String eol) throws IOException {
    String name;
    if (numbered) {
      String dir = String.format(Locale.ROOT, "%s/%05d", folder, count / 1000);
      if (count % 1000 == 0) {
        Files.createDirectories(root.resolve(dir));
      }
      name = String.format(Locale.ROOT, "%s/%07d.eml", dir, count);
    } else {
      String base = folder + "/" + outlookName(mail.subject());
      name = base + ".eml";
      for (int n = 2; !used.add(name); n++) {
        name = base + " (" + n + ").eml";
      }
    }
    Files.write(root.resolve(name), rendered);
    count++;
    return name;
  }

  /** Outlook drops the characters Windows forbids in file names, keeping ä and ö. */
  static String outlookName(String subject) {
    String s = subject.replaceAll("[\\\\/:*?\"<>|]", "").replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? "(ei aihetta)" : s;
  }

  long count() {
    return count;
  }

  @Override
  public void close() {}
}
