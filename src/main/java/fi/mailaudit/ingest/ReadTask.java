package fi.mailaudit.ingest;

import java.io.Serializable;

/**
 * One unit of reading work for a Spark task: a whole small file, a byte range of a large mbox, or a
 * slice of a PST's message descriptors.
 *
 * @param file the input file
 * @param start first byte of an mbox range (0 for whole files)
 * @param end end (exclusive) of an mbox range; {@link Long#MAX_VALUE} for whole files
 * @param pstFolder the folder path of a PST slice, else null
 * @param descriptorIds the PST descriptor ids of the slice, else null
 */
public record ReadTask(InputFile file, long start, long end, String pstFolder, long[] descriptorIds)
    implements Serializable {

  public static ReadTask whole(InputFile file) {
    return new ReadTask(file, 0, Long.MAX_VALUE, null, null);
  }

  public static ReadTask range(InputFile file, long start, long end) {
    return new ReadTask(file, start, end, null, null);
  }

  public static ReadTask pstSlice(InputFile file, String folder, long[] descriptorIds) {
    return new ReadTask(file, 0, Long.MAX_VALUE, folder, descriptorIds);
  }

  /** Bytes this task will read, roughly: what the planner balances partitions by. */
  public long weightBytes() {
    if (descriptorIds != null) {
      return Math.max(1, file.sizeBytes() / 1000) * descriptorIds.length; // no per-item sizes
    }
    return Math.max(1, Math.min(end, file.sizeBytes()) - start);
  }
}
