package fi.mailaudit.parse.pst;

import fi.mailaudit.parse.Reject;
import java.io.Serializable;
import java.util.List;

/**
 * The driver's plan for one PST / OST file.
 *
 * @param sourceFile the input as discovered (URI or path), carried into every {@code SourceRef}
 * @param folders every non-search folder with its expected item count
 * @param slices the items cut into slices of at most the configured size, never across folders
 * @param rejects what could not be planned: the whole file ({@code FILE_UNREADABLE}) or one folder
 *     whose tables are damaged ({@code PST_ITEM_UNREADABLE}, location = folder path)
 */
public record PstPlan(
    String sourceFile, List<PstFolderCount> folders, List<PstSlice> slices, List<Reject> rejects)
    implements Serializable {
  public PstPlan {
    folders = List.copyOf(folders);
    slices = List.copyOf(slices);
    rejects = List.copyOf(rejects);
  }

  /** Items the plan will hand to readers. */
  public long itemCount() {
    return slices.stream().mapToLong(PstSlice::size).sum();
  }
}
