package fi.mailaudit.parse;

import fi.mailaudit.ingest.FileSeekableInput;
import fi.mailaudit.ingest.InputFile;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.LocalFiles;
import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.ingest.ReadTask;
import fi.mailaudit.ingest.SeekableInput;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.ingest.mbox.ByteRange;
import fi.mailaudit.ingest.mbox.MboxOptions;
import fi.mailaudit.ingest.mbox.MboxReader;
import fi.mailaudit.ingest.mbox.MboxSink;
import fi.mailaudit.parse.msg.MsgReader;
import fi.mailaudit.parse.pst.PstPlanner;
import fi.mailaudit.parse.pst.PstSkippedItem;
import fi.mailaudit.parse.pst.PstSlice;
import fi.mailaudit.parse.pst.PstSliceReader;
import fi.mailaudit.parse.pst.PstSliceResult;
import fi.mailaudit.parse.rfc822.EmlxReader;
import fi.mailaudit.parse.rfc822.ParserLimits;
import fi.mailaudit.parse.rfc822.Rfc822Parser;
import fi.mailaudit.parse.tnef.TnefReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * The parse stage's pure core: turns one {@link ReadTask} into results, one per mail item found,
 * whatever the format. Holds one parser of each kind, so a Spark partition builds it once. A file
 * that cannot be read becomes a reject, never an exception: found = parsed + rejected.
 */
public final class ArchiveReader {
  private final Settings settings;
  private final Configuration hadoop = new Configuration();
  private final Rfc822Parser rfc822;
  private final EmlxReader emlx;
  private final MboxReader mbox;

  /**
   * Limits of the parse stage.
   *
   * @param maxMessageBytes a single message larger than this is rejected (mbox, EML, zip entries)
   * @param zipMaxDepth how deep zips may nest in zips
   * @param maxZipEntryBytes a zip entry that inflates beyond this is rejected (zip bomb)
   * @param parseTimeMillis a message whose MIME parse takes longer than this is rejected
   */
  public record Settings(long maxMessageBytes, int zipMaxDepth, long maxZipEntryBytes, long parseTimeMillis)
      implements Serializable {
    /** 16 GB: far above any real PST or mbox in a zip, far below a zip bomb's expansion. */
    public static final long DEFAULT_MAX_ZIP_ENTRY_BYTES = 16L << 30;

    public static Settings defaults() {
      return new Settings(MboxOptions.DEFAULT_MAX_MESSAGE_BYTES, 3, DEFAULT_MAX_ZIP_ENTRY_BYTES,
          ParserLimits.DEFAULTS.maxParseMillis());
    }

    public Settings withMaxMessageBytes(long value) {
      return new Settings(value, zipMaxDepth, maxZipEntryBytes, parseTimeMillis);
    }

    public Settings withMaxZipEntryBytes(long value) {
      return new Settings(maxMessageBytes, zipMaxDepth, value, parseTimeMillis);
    }
  }

  public ArchiveReader(Settings settings) {
    this.settings = settings;
    ParserLimits limits = ParserLimits.DEFAULTS;
    this.rfc822 = new Rfc822Parser(new ParserLimits(settings.maxMessageBytes(),
        limits.maxHeaderFieldChars(), limits.maxHeaderFields(), limits.maxNestingDepth(),
        settings.parseTimeMillis()));
    this.emlx = new EmlxReader(rfc822);
    this.mbox = new MboxReader(MboxOptions.defaults().withMaxMessageBytes(settings.maxMessageBytes()));
  }

  /** Every result of one task, in file order. */
  public List<ReadResult> readAll(ReadTask task) {
    List<ReadResult> out = new ArrayList<>();
    InputFile file = task.file();
    try {
      switch (file.format()) {
        case MBOX -> {
          try (SeekableInput in = LocalFiles.seekable(file.path(), hadoop)) {
            mbox.read(in, file.path(), new ByteRange(task.start(), task.end()), sink(file.folder(), out));
          }
        }
        case PST -> {
          try (LocalFiles.Local local = LocalFiles.local(file.path(), hadoop)) {
            readPst(local.file(), file.path(), task, out);
          }
        }
        case ZIP -> {
          try (LocalFiles.Local local = LocalFiles.local(file.path(), hadoop)) {
            new ZipArchive(this, settings).read(local.file(), file.path(), "", 1, out);
          }
        }
        default -> {
          try (InputStream in = LocalFiles.open(file.path(), hadoop)) {
            readStream(in, file.path(), file.format(), "", file.folder(), out);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      out.add(Reject.of(file.ref(task.start() > 0 ? "@" + task.start() : "0", null),
          RejectReason.FILE_UNREADABLE, e));
    }
    return out;
  }

  /**
   * Reads one file-like item of a given format from a stream: a whole input file, or an entry of
   * a zip. {@code prefix} is prepended to locations ({@code "entry/path!"} inside zips).
   */
  void readStream(InputStream in, String sourceFile, InputFormat format, String prefix, String folder,
      List<ReadResult> out) throws IOException {
    SourceRef ref = new SourceRef(sourceFile, format, prefix.isEmpty() ? "0" : stripBang(prefix), folder);
    switch (format) {
      case MBOX_GZ -> mbox.readGzip(in, sourceFile, sink(folder, prefix, out));
      case EML, MAILDIR, MH, EMLX -> {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxMessageBytes() + 1));
        if (bytes.length > settings.maxMessageBytes()) {
          out.add(new Reject(ref, RejectReason.LIMIT_EXCEEDED,
              "message larger than the limit of " + settings.maxMessageBytes() + " bytes"));
        } else {
          RawMessage raw = new RawMessage(ref, bytes, null);
          out.add(format == InputFormat.EMLX ? emlx.parse(raw) : rfc822.parse(raw));
        }
      }
      case MSG -> out.add(MsgReader.read(ref, in));
      case TNEF -> out.add(TnefReader.read(ref, in));
      default -> throw new IllegalArgumentException("not a stream format: " + format);
    }
  }

  /** Reads a whole local mbox file (an mbox spooled out of a zip). */
  void readMboxFile(File local, String sourceFile, String prefix, String folder, List<ReadResult> out)
      throws IOException {
    try (SeekableInput in = new FileSeekableInput(local.toPath())) {
      mbox.readAll(in, sourceFile, sink(folder, prefix, out));
    }
  }

  void readPst(File local, String sourceFile, ReadTask task, List<ReadResult> out) {
    if (task.descriptorIds() == null) {
      // A whole-file PST task exists only when planning found the file unreadable: say why.
      out.addAll(PstPlanner.plan(local, sourceFile, PstPlanner.DEFAULT_MAX_ITEMS_PER_SLICE).rejects());
      return;
    }
    PstSliceResult result =
        PstSliceReader.read(local, sourceFile, List.of(new PstSlice(task.pstFolder(), task.descriptorIds())));
    out.addAll(result.results());
    for (PstSkippedItem skipped : result.skipped()) {
      out.add(new SkippedItem(new SourceRef(sourceFile, InputFormat.PST,
          skipped.folderPath() + "#" + skipped.descriptorId(), skipped.folderPath()), skipped.messageClass()));
    }
  }

  private MboxSink sink(String folder, List<ReadResult> out) {
    return sink(folder, "", out);
  }

  /** Parses each message the mbox reader cuts, keeping the folder and the zip entry prefix. */
  private MboxSink sink(String folder, String prefix, List<ReadResult> out) {
    return new MboxSink() {
      @Override
      public void message(RawMessage message) {
        out.add(rfc822.parse(new RawMessage(relocate(message.source(), folder, prefix), message.bytes(),
            message.envelopeFrom())));
      }

      @Override
      public void reject(Reject reject) {
        out.add(new Reject(relocate(reject.source(), folder, prefix), reject.reason(), reject.detail()));
      }
    };
  }

  private static SourceRef relocate(SourceRef ref, String folder, String prefix) {
    return new SourceRef(ref.sourceFile(), ref.format(), prefix + ref.location(),
        folder == null ? ref.folder() : folder);
  }

  private static String stripBang(String prefix) {
    return prefix.endsWith("!") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }

  private SeekableInput seekable(String path) throws IOException {
    java.net.URI uri = java.net.URI.create(path);
    if ("file".equals(uri.getScheme())) {
      return new FileSeekableInput(java.nio.file.Path.of(uri));
    }
    return LocalFiles.seekable(path, hadoop);
  }
}
