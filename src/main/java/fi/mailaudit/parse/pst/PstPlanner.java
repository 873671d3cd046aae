package fi.mailaudit.parse.pst;

import com.pff.PSTException;
import com.pff.PSTFile;
import com.pff.PSTFolder;
import com.pff.PSTObject;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the reading of one PST / OST file on the driver: walks the folder tree and lists each
 * folder's item descriptor ids from its contents table, without loading any item, then cuts them
 * into {@link PstSlice}s so that a large store is read by many Spark tasks (SPEC §2).
 *
 * <p>The file must be local: libpst needs random access. A PST on HDFS or S3 is spooled to a local
 * temporary file by the caller first.
 *
 * <p>Search folders ({@code NID_TYPE_SEARCH_FOLDER}: "SPAM Search Folder 2", "ItemProcSearch", the
 * children of "Search Root") are left out: they hold links to items that live in real folders, and
 * counting them would count those items twice.
 */
public final class PstPlanner {
  /** A slice of 500 items is a few seconds of work and a few MB of results per task. */
  public static final int DEFAULT_MAX_ITEMS_PER_SLICE = 500;

  private final String sourceFile;
  private final int maxItemsPerSlice;
  private final List<PstFolderCount> folders = new ArrayList<>();
  private final List<PstSlice> slices = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();

  private PstPlanner(String sourceFile, int maxItemsPerSlice) {
    this.sourceFile = sourceFile;
    this.maxItemsPerSlice = maxItemsPerSlice;
  }

  /**
   * Plans one file. Never throws for bad content: a file libpst cannot open gives a plan with no
   * slices and one {@code FILE_UNREADABLE} reject.
   *
   * @param localPst the PST on local disk
   * @param sourceFile the input as discovered, for {@link SourceRef#sourceFile()}
   * @param maxItemsPerSlice the most items one slice holds, at least 1
   */
  public static PstPlan plan(File localPst, String sourceFile, int maxItemsPerSlice) {
    if (maxItemsPerSlice < 1) {
      throw new IllegalArgumentException("maxItemsPerSlice must be at least 1: " + maxItemsPerSlice);
    }
    PstPlanner planner = new PstPlanner(sourceFile, maxItemsPerSlice);
    PSTFile pst;
    try {
      pst = new PSTFile(localPst);
    } catch (IOException | PSTException | RuntimeException e) {
      planner.rejects.add(planner.fileReject(e));
      return planner.result();
    }
    try {
      planner.walk(pst, pst.getRootFolder(), "");
    } catch (IOException | PSTException | RuntimeException e) {
      planner.rejects.add(planner.fileReject(e));
    } finally {
      PstFiles.closeQuietly(pst);
    }
    return planner.result();
  }

  private PstPlan result() {
    return new PstPlan(sourceFile, folders, slices, rejects);
  }

  private Reject fileReject(Exception e) {
    Reject r = Reject.of(new SourceRef(sourceFile, InputFormat.PST, "", null), RejectReason.FILE_UNREADABLE, e);
    return new Reject(r.source(), r.reason(), "not a readable PST/OST file: " + r.detail());
  }

  private void walk(PSTFile pst, PSTFolder folder, String path) {
    if (folder.getNodeType() != PSTObject.NID_TYPE_SEARCH_FOLDER) {
      listItems(pst, folder, path);
    }
    if (!folder.hasSubfolders()) {
      return;
    }
    List<PSTFolder> children;
    try {
      children = folder.getSubFolders();
    } catch (IOException | PSTException | RuntimeException e) {
      rejects.add(folderReject(path, "subfolders not readable", e));
      return;
    }
    for (PSTFolder child : children) {
      String name = child.getDisplayName();
      walk(pst, child, path.isEmpty() ? name : path + "/" + name);
    }
  }

  private void listItems(PSTFile pst, PSTFolder folder, String path) {
    int expected = folder.getContentCount();
    List<Long> ids = new ArrayList<>();
    try {
      folder.getChildDescriptorNodes().forEach(id -> ids.add(id.longValue()));
      if (ids.size() < expected) {
        List<Long> byParent = LibpstAccess.messageIdsByParent(pst, folder.getDescriptorNodeId());
        if (byParent.size() > ids.size()) {
          ids.clear();
          ids.addAll(byParent);
        }
      }
    } catch (IOException | PSTException | ReflectiveOperationException | RuntimeException e) {
      rejects.add(folderReject(path, "contents table not readable, " + expected + " items expected", e));
    }
    folders.add(new PstFolderCount(path, expected, ids.size()));
    for (int from = 0; from < ids.size(); from += maxItemsPerSlice) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + maxItemsPerSlice));
      slices.add(new PstSlice(path, part.stream().mapToLong(Long::longValue).toArray()));
    }
  }

  private Reject folderReject(String path, String what, Exception e) {
    Reject r = Reject.of(new SourceRef(sourceFile, InputFormat.PST, path, path), RejectReason.PST_ITEM_UNREADABLE, e);
    return new Reject(r.source(), r.reason(), "folder '" + path + "': " + what + ": " + r.detail());
  }
}
