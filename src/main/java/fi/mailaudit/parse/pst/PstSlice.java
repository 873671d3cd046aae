package fi.mailaudit.parse.pst;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A unit of PST work for one Spark task: some of the item descriptor ids of one folder. Planned on
 * the driver by {@link PstPlanner}, read on an executor by {@link PstSliceReader}.
 *
 * @param folderPath the folder's path below the store root, display names joined by {@code /}
 * @param descriptorIds the descriptor (node) ids of the items, in contents-table order
 */
public record PstSlice(String folderPath, long[] descriptorIds) implements Serializable {
  public PstSlice {
    descriptorIds = descriptorIds.clone();
  }

  @Override
  public long[] descriptorIds() {
    return descriptorIds.clone();
  }

  public int size() {
    return descriptorIds.length;
  }

  // A record compares arrays by identity; two slices of the same ids are the same work.
  @Override
  public boolean equals(Object o) {
    return o instanceof PstSlice other
        && folderPath.equals(other.folderPath)
        && Arrays.equals(descriptorIds, other.descriptorIds);
  }

  @Override
  public int hashCode() {
    return 31 * folderPath.hashCode() + Arrays.hashCode(descriptorIds);
  }

  @Override
  public String toString() {
    return "PstSlice[" + folderPath + ", " + descriptorIds.length + " items]";
  }
}
