package fi.mailaudit.parse;

import fi.mailaudit.ingest.FormatSniffer;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.ReadTask;
import fi.mailaudit.ingest.InputFile;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.pst.PstPlan;
import fi.mailaudit.parse.pst.PstPlanner;
import fi.mailaudit.parse.pst.PstSlice;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the mail inside a {@code .zip}: every entry is recognised like a file on disk and read with
 * the same readers; zips in zips are followed to a depth limit. Entry names only ever label
 * results: nothing is written under an archive's path (a "../" entry cannot escape), and entries
 * that need random access are spooled to temporary files that are always deleted.
 */
final class ZipArchive {
  private final ArchiveReader reader;
  private final ArchiveReader.Settings settings;
  private final FormatSniffer sniffer = new FormatSniffer();

  ZipArchive(ArchiveReader reader, ArchiveReader.Settings settings) {
    this.reader = reader;
    this.settings = settings;
  }

  void read(File zip, String sourceFile, String prefix, int depth, List<ReadResult> out) {
    try (ZipFile file = new ZipFile(zip)) {
      List<? extends ZipEntry> entries = file.stream()
          .filter(e -> !e.isDirectory() && !e.getName().startsWith("__MACOSX/"))
          .sorted(Comparator.comparing(ZipEntry::getName))
          .toList();
      for (ZipEntry entry : entries) {
        String name = entry.getName();
        if (isMaildirTmp(name)) {
          continue; // a Maildir's tmp/ holds mail still being delivered (Maildir spec)
        }
        String entryPrefix = prefix + name + "!";
        String folder = folderOf(name);
        try (InputStream raw = file.getInputStream(entry);
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
          readEntry(in, sourceFile, name, entryPrefix, folder, depth, out);
        } catch (IOException | RuntimeException e) {
          out.add(Reject.of(new SourceRef(sourceFile, InputFormat.ZIP, prefix + name, folder),
              RejectReason.FILE_UNREADABLE, e));
        }
      }
    } catch (IOException e) {
      out.add(Reject.of(new SourceRef(sourceFile, InputFormat.ZIP, prefix.isEmpty() ? "0" : prefix, null),
          RejectReason.FILE_UNREADABLE, e));
    }
  }

  private void readEntry(BufferedInputStream in, String sourceFile, String name, String entryPrefix,
      String folder, int depth, List<ReadResult> out) throws IOException {
    in.mark(FormatSniffer.HEAD_BYTES);
    byte[] head = in.readNBytes(FormatSniffer.HEAD_BYTES);
    in.reset();
    String base = name.substring(name.lastIndexOf('/') + 1);
    InputFormat format = sniffer.sniff(base, head).format();
    if (format == InputFormat.UNSUPPORTED && (name.contains("/cur/") || name.contains("/new/"))
        && FormatSniffer.looksLikeHeaderBlock(head, 0)) {
      format = InputFormat.MAILDIR;
    }
    SourceRef ref = new SourceRef(sourceFile, format, entryPrefix.substring(0, entryPrefix.length() - 1), folder);
    switch (format) {
      case UNSUPPORTED -> out.add(new SkippedItem(ref, "not mail"));
      case ZIP, PST, MBOX -> {
        if (format == InputFormat.ZIP && depth >= settings.zipMaxDepth()) {
          out.add(new Reject(ref, RejectReason.LIMIT_EXCEEDED,
              "zip nested deeper than " + settings.zipMaxDepth() + " levels"));
          return;
        }
        File spooled = spool(in, ref, out);
        if (spooled == null) {
          return;
        }
        try {
          if (format == InputFormat.ZIP) {
            read(spooled, sourceFile, entryPrefix, depth + 1, out);
          } else if (format == InputFormat.MBOX) {
            reader.readMboxFile(spooled, sourceFile, entryPrefix, folder, out);
          } else {
            readPst(spooled, sourceFile, entryPrefix, out);
          }
        } finally {
          Files.deleteIfExists(spooled.toPath());
        }
      }
      default -> reader.readStream(in, sourceFile, format, entryPrefix, folder, out);
    }
  }

  /**
   * A PST inside a zip is read whole by this task: no other task can reach into the zip. Its
   * locations get the entry prefix like every other entry's, or two PSTs in one zip would give
   * the same {@code folder#id} and the dedupe stage would merge their messages (found by
   * SafeParsingTest: the locations of a zipped PST did not say which entry they came from).
   */
  private void readPst(File spooled, String sourceFile, String entryPrefix, List<ReadResult> out) {
    List<ReadResult> items = new java.util.ArrayList<>();
    PstPlan plan = PstPlanner.plan(spooled, sourceFile, PstPlanner.DEFAULT_MAX_ITEMS_PER_SLICE);
    items.addAll(plan.rejects());
    InputFile file = new InputFile(sourceFile, InputFormat.PST, spooled.length(), null, null);
    for (PstSlice slice : plan.slices()) {
      reader.readPst(spooled, sourceFile, ReadTask.pstSlice(file, slice.folderPath(), slice.descriptorIds()), items);
    }
    for (ReadResult item : items) {
      out.add(Relocation.withPrefix(item, entryPrefix));
    }
  }

  private File spool(InputStream in, SourceRef ref, List<ReadResult> out) throws IOException {
    File tmp = Files.createTempFile("mailaudit-zip-", ".spool").toFile();
    long written = 0;
    try (OutputStream file = Files.newOutputStream(tmp.toPath())) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        written += n;
        if (written > settings.maxZipEntryBytes()) {
          out.add(new Reject(ref, RejectReason.LIMIT_EXCEEDED,
              "maxZipEntryBytes " + settings.maxZipEntryBytes() + " exceeded: the entry inflates beyond it (zip bomb?)"));
          file.close();
          Files.deleteIfExists(tmp.toPath());
          return null;
        }
        file.write(buffer, 0, n);
      }
    } catch (IOException e) {
      Files.deleteIfExists(tmp.toPath());
      throw e;
    }
    return tmp;
  }

  private static boolean isMaildirTmp(String name) {
    return name.startsWith("tmp/") || name.contains("/tmp/");
  }

  private static String folderOf(String name) {
    int slash = name.lastIndexOf('/');
    if (slash < 0) {
      return null;
    }
    String dir = name.substring(0, slash);
    for (String box : List.of("/cur", "/new")) {
      if (dir.endsWith(box)) {
        return dir.substring(0, dir.length() - box.length());
      }
    }
    return dir;
  }
}
