package fi.mailaudit.parse.pst;

import com.pff.PSTException;
import com.pff.PSTFile;
import com.pff.PSTMessage;
import com.pff.PSTObject;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import fi.mailaudit.parse.msg.OutlookMessageAssembler;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads planned {@link PstSlice}s of one PST / OST file, on an executor. Opens its own PSTFile (one
 * file handle per task; libpst objects are not thread-safe and not serializable) and loads each
 * descriptor on its own, so one damaged item is one reject and the rest of the folder is still
 * read, unlike Tika's OutlookPSTParser, which stops the folder at the first bad item.
 *
 * <p>The file must be local (random access): a PST on HDFS or S3 is spooled to a local temporary
 * file by the caller.
 */
public final class PstSliceReader {
  /** Embedded messages deeper than this are listed as attachments but not emitted. */
  static final int MAX_EMBEDDING_DEPTH = 8;

  private final String sourceFile;
  private final List<ReadResult> results = new ArrayList<>();
  private final List<PstSkippedItem> skipped = new ArrayList<>();

  private PstSliceReader(String sourceFile) {
    this.sourceFile = sourceFile;
  }

  /**
   * Reads the slices. Never throws for bad content: if the file cannot even be opened, every
   * planned item becomes a {@code FILE_UNREADABLE} reject, so found = parsed + rejected still holds.
   */
  public static PstSliceResult read(File localPst, String sourceFile, List<PstSlice> slices) {
    PstSliceReader reader = new PstSliceReader(sourceFile);
    PSTFile pst;
    try {
      pst = new PSTFile(localPst);
    } catch (IOException | PSTException | RuntimeException e) {
      for (PstSlice slice : slices) {
        for (long id : slice.descriptorIds()) {
          reader.results.add(Reject.of(reader.ref(slice.folderPath(), id), RejectReason.FILE_UNREADABLE, e));
        }
      }
      return reader.result();
    }
    try {
      for (PstSlice slice : slices) {
        for (long id : slice.descriptorIds()) {
          reader.readItem(pst, slice.folderPath(), id);
        }
      }
    } finally {
      PstFiles.closeQuietly(pst);
    }
    return reader.result();
  }

  private PstSliceResult result() {
    return new PstSliceResult(results, skipped);
  }

  private SourceRef ref(String folder, long id) {
    return new SourceRef(sourceFile, InputFormat.PST, folder + "#" + id, folder);
  }

  private void readItem(PSTFile pst, String folder, long id) {
    SourceRef ref = ref(folder, id);
    PSTObject item;
    try {
      item = PSTObject.detectAndLoadPSTObject(pst, id);
    } catch (IOException | PSTException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
      // A damaged node can declare a gigantic length (one failed allocation, nothing retained) or
      // a cyclic block list; both are this item's fault, recorded as its reject.
      results.add(unreadable(ref, e));
      return;
    }
    if (!(item instanceof PSTMessage message)) {
      results.add(new Reject(ref, RejectReason.PST_ITEM_UNREADABLE,
          "descriptor is a " + item.getClass().getSimpleName() + ", not an item"));
      return;
    }
    String messageClass = message.getMessageClass();
    if (!MailItemClass.isMail(messageClass)) {
      skipped.add(new PstSkippedItem(folder, id, messageClass));
      return;
    }
    emit(ref, message, 0);
  }

  private void emit(SourceRef ref, PSTMessage message, int depth) {
    List<PstItemMapper.Embedded> embedded = new ArrayList<>();
    try {
      results.add(OutlookMessageAssembler.assemble(ref, PstItemMapper.toItem(message, embedded)));
    } catch (IOException | PSTException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
      results.add(unreadable(ref, e));
      return;
    }
    if (depth >= MAX_EMBEDDING_DEPTH) {
      return;
    }
    for (PstItemMapper.Embedded e : embedded) {
      SourceRef child =
          new SourceRef(ref.sourceFile(), ref.format(), ref.location() + "#att" + e.index(), ref.folder());
      PSTMessage inner;
      try {
        inner = e.attachment().getEmbeddedPSTMessage();
      } catch (IOException | PSTException | RuntimeException | OutOfMemoryError | StackOverflowError ex) {
        results.add(unreadable(child, ex));
        continue;
      }
      // An appointment or contact attached to a mail stays an attachment, listed on its parent.
      if (inner != null && MailItemClass.isMail(inner.getMessageClass())) {
        emit(child, inner, depth + 1);
      }
    }
  }

  private static Reject unreadable(SourceRef ref, Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    return new Reject(ref, RejectReason.PST_ITEM_UNREADABLE,
        "item " + ref.location() + " not loadable: " + e.getClass().getSimpleName() + message);
  }
}
