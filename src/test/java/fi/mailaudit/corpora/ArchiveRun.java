package fi.mailaudit.corpora;

import fi.mailaudit.ingest.InputDiscovery;
import fi.mailaudit.ingest.InputFile;
import fi.mailaudit.ingest.LocalFiles;
import fi.mailaudit.ingest.ReadPlanner;
import fi.mailaudit.ingest.ReadTask;
import fi.mailaudit.parse.ArchiveReader;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.SkippedItem;
import fi.mailaudit.parse.pst.PstPlan;
import fi.mailaudit.parse.pst.PstPlanner;
import fi.mailaudit.parse.pst.PstSlice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * One corpus file or folder read the way the job reads it: {@link InputDiscovery}, then {@link
 * ReadPlanner} (mbox byte ranges, PST descriptor slices), then {@link ArchiveReader#readAll} per
 * task, results concatenated in task order. Only Spark is left out.
 *
 * @param inputs what discovery found
 * @param tasks what the planner cut them into
 * @param results every task's results, in task order (= file order for mbox, folder order for PST)
 * @param pstPlans the driver's PST plan per input path, as the job keeps them for the manifest
 */
public record ArchiveRun(
    List<InputFile> inputs, List<ReadTask> tasks, List<ReadResult> results, Map<String, PstPlan> pstPlans) {

  /**
   * Reads {@code path} with mbox ranges of {@code splitBytes} and PST slices of {@code
   * pstSliceItems}; the PST planning is RunContext's (private there): plan on the driver, one task
   * per slice, plus one whole-file task that re-emits the plan's rejects.
   */
  static ArchiveRun read(Path path, long splitBytes, int pstSliceItems) {
    return read(path, splitBytes, pstSliceItems, ArchiveReader.Settings.defaults(), (task, results) -> {});
  }

  /**
   * As {@link #read(Path, long, int)} with the parse stage's limits, telling {@code perTask} each
   * task's own results as it returns (the fuzz harness checks the accounting per task).
   */
  public static ArchiveRun read(Path path, long splitBytes, int pstSliceItems, ArchiveReader.Settings settings,
      java.util.function.BiConsumer<ReadTask, List<ReadResult>> perTask) {
    Configuration hadoop = new Configuration();
    Map<String, PstPlan> plans = new LinkedHashMap<>();
    ReadPlanner planner =
        new ReadPlanner(
            splitBytes,
            file -> {
              try (LocalFiles.Local local = LocalFiles.local(file.path(), hadoop)) {
                PstPlan plan = PstPlanner.plan(local.file(), file.path(), pstSliceItems);
                plans.put(file.path(), plan);
                List<ReadTask> slices = new ArrayList<>();
                for (PstSlice slice : plan.slices()) {
                  slices.add(ReadTask.pstSlice(file, slice.folderPath(), slice.descriptorIds()));
                }
                if (!plan.rejects().isEmpty()) {
                  slices.add(ReadTask.whole(file));
                }
                return slices;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try {
      List<InputFile> inputs = new InputDiscovery(hadoop).discover(List.of(path.toString()));
      List<ReadTask> tasks = planner.plan(inputs);
      ArchiveReader reader = new ArchiveReader(settings);
      List<ReadResult> results = new ArrayList<>();
      for (ReadTask task : tasks) {
        List<ReadResult> taskResults = reader.readAll(task);
        perTask.accept(task, taskResults);
        results.addAll(taskResults);
      }
      return new ArchiveRun(inputs, tasks, results, plans);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<ParsedMessage> messages() {
    return only(ParsedMessage.class);
  }

  public List<Reject> rejects() {
    return only(Reject.class);
  }

  List<SkippedItem> skipped() {
    return only(SkippedItem.class);
  }

  /** PST messages that are items of a folder, not messages embedded in one ({@code #attN}). */
  List<ParsedMessage> topLevel() {
    return messages().stream().filter(m -> !m.source().location().contains("#att")).toList();
  }

  /** The messages embedded in {@code parent} (PstItemMapper's {@code location#attN}). */
  List<ParsedMessage> embeddedIn(ParsedMessage parent) {
    String prefix = parent.source().location() + "#att";
    return messages().stream().filter(m -> m.source().location().startsWith(prefix)).toList();
  }

  private <T> List<T> only(Class<T> type) {
    return results.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
