package fi.mailaudit.ingest;

import fi.mailaudit.ingest.mbox.ByteRange;
import fi.mailaudit.ingest.mbox.MboxSplitPlanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the discovered inputs into read tasks: a large mbox into byte ranges, a PST into descriptor
 * slices (planned by {@link PstPlanning}), everything else into one task per file.
 */
public final class ReadPlanner {
  private final long splitSizeBytes;
  private final PstPlanning pst;

  public ReadPlanner(long splitSizeBytes, PstPlanning pst) {
    this.splitSizeBytes = splitSizeBytes;
    this.pst = pst;
  }

  public List<ReadTask> plan(List<InputFile> inputs) {
    List<ReadTask> tasks = new ArrayList<>();
    for (InputFile file : inputs) {
      switch (file.format()) {
        case UNSUPPORTED -> {}
        case MBOX -> {
          for (ByteRange range : MboxSplitPlanner.plan(file.sizeBytes(), splitSizeBytes)) {
            tasks.add(ReadTask.range(file, range.start(), range.end()));
          }
        }
        case PST -> tasks.addAll(pst.slices(file));
        default -> tasks.add(ReadTask.whole(file));
      }
    }
    return tasks;
  }

  /** Plans the slices of one PST; a PST that cannot be opened gives one whole-file task that rejects. */
  public interface PstPlanning {
    List<ReadTask> slices(InputFile file);
  }
}
