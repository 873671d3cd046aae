package fi.mailaudit;

import fi.mailaudit.conversation.BusinessClock;
import fi.mailaudit.conversation.MessageAuditor;
import fi.mailaudit.conversation.Pseudonymizer;
import fi.mailaudit.conversation.RoleResolver;
import fi.mailaudit.conversation.Roster;
import fi.mailaudit.conversation.ThreadBuilder;
import fi.mailaudit.conversation.ThreadStage;
import fi.mailaudit.ingest.InputFile;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.InputHashes;
import fi.mailaudit.ingest.LocalFiles;
import fi.mailaudit.ingest.ReadPlanner;
import fi.mailaudit.ingest.ReadTask;
import fi.mailaudit.output.Manifest;
import fi.mailaudit.parse.ArchiveReader;
import fi.mailaudit.parse.pst.PstFolderCount;
import fi.mailaudit.parse.pst.PstPlan;
import fi.mailaudit.parse.pst.PstPlanner;
import fi.mailaudit.parse.pst.PstSlice;
import fi.mailaudit.rules.RulesStage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * What the driver prepares once per run from the options: the roster, the pseudonym key, the PST
 * plans, and the settings each stage receives. Nothing here touches message data.
 */
final class RunContext {
  private final AuditOptions options;
  private final Progress progress;
  private final MessageAuditor.Settings auditorSettings;
  private final ThreadStage.Settings threadSettings;
  private final RulesStage.Settings rulesSettings;
  private final Map<String, PstPlan> pstPlans = new LinkedHashMap<>();
  private JavaSparkContext spark;

  private RunContext(AuditOptions options, Progress progress, MessageAuditor.Settings auditorSettings) {
    this.options = options;
    this.progress = progress;
    this.auditorSettings = auditorSettings;
    // SPEC §3: business hours are Mon–Fri in the company's zone; FinnishHolidays closes the rest.
    this.threadSettings = new ThreadStage.Settings(
        new BusinessClock(options.zone(), options.businessStart(), options.businessEnd(),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
        ThreadBuilder.DEFAULT_WINDOW);
    this.rulesSettings = new RulesStage.Settings(
        options.productsFile() == null ? List.of() : readProducts(options.productsFile()));
  }

  static RunContext create(AuditOptions options, Progress progress) {
    Roster roster = options.rosterFile() == null ? Roster.empty() : readRoster(options.rosterFile());
    RoleResolver roles;
    try {
      roles = new RoleResolver(new LinkedHashSet<>(options.companyDomains()), roster, options.zone());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (options.companyDomains().isEmpty() && roster.size() == 0) {
      progress.warn("no --company-domain and no --roster: every sender counts as a customer");
    }
    Pseudonymizer pseudonymizer = options.pseudonymize()
        ? new Pseudonymizer(PseudonymKey.resolve(options.pseudonymKeyFile(), System::getenv))
        : null;
    if (!options.pseudonymize()) {
      // Issue 6 item 3: an explicit opt-in, said on the console and recorded in the manifest.
      progress.warn("--keep-customer-identities: customer addresses are written in clear"
          + " (recorded as keep_customer_identities in the manifest)");
    }
    return new RunContext(options, progress, new MessageAuditor.Settings(roles, pseudonymizer, options.zone()));
  }

  void attach(JavaSparkContext spark) {
    this.spark = spark;
  }

  /** The planner for {@code inputs}: mbox ranges sized by {@link PartitionSizing} for this run's cores. */
  ReadPlanner planner(long inputBytes) {
    return new ReadPlanner(
        PartitionSizing.taskBytes(options.splitSizeBytes(), inputBytes, spark.defaultParallelism()), this::pstSlices);
  }

  ArchiveReader.Settings readerSettings() {
    return ArchiveReader.Settings.defaults();
  }

  MessageAuditor.Settings auditorSettings() {
    return auditorSettings;
  }

  ThreadStage.Settings threadSettings() {
    return threadSettings;
  }

  RulesStage.Settings rulesSettings() {
    return rulesSettings;
  }

  Map<String, String> inputHashes(List<InputFile> inputs) {
    return options.hashInputs() && spark != null ? InputHashes.compute(spark, inputs) : Map.of();
  }

  /** Per PST folder: what its table of contents announces and what became of the items. */
  List<Manifest.FolderCount> folderCounts(InputFile file, ReadCounts counts) {
    PstPlan plan = pstPlans.get(file.path());
    if (plan == null) {
      return null;
    }
    List<Manifest.FolderCount> folders = new ArrayList<>();
    for (PstFolderCount folder : plan.folders()) {
      folders.add(new Manifest.FolderCount(folder.folderPath(), folder.expected(),
          counts.count(file.path(), folder.folderPath(), ReadCounts.Outcome.PARSED),
          counts.count(file.path(), folder.folderPath(), ReadCounts.Outcome.REJECTED),
          counts.count(file.path(), folder.folderPath(), ReadCounts.Outcome.SKIPPED)));
    }
    return folders;
  }

  private List<ReadTask> pstSlices(InputFile file) {
    try (LocalFiles.Local local = LocalFiles.local(file.path(), new Configuration())) {
      PstPlan plan = PstPlanner.plan(local.file(), file.path(), options.pstSliceItems());
      pstPlans.put(file.path(), plan);
      List<ReadTask> tasks = new ArrayList<>();
      for (PstSlice slice : plan.slices()) {
        tasks.add(ReadTask.pstSlice(file, slice.folderPath(), slice.descriptorIds()));
      }
      if (!plan.rejects().isEmpty()) {
        tasks.add(ReadTask.whole(file)); // re-plans on the executor and emits the plan's rejects
      }
      return tasks;
    } catch (IOException e) {
      return List.of(ReadTask.whole(file)); // the executor will meet the same error and reject it
    }
  }

  /** Product and service names, one a line (SPEC §3 {@code --products}); blank and '#' lines skipped. */
  private static List<String> readProducts(String file) {
    try {
      return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UsageException("cannot read the products file " + file + ": " + e.getMessage());
    }
  }

  private static Roster readRoster(String file) {
    try {
      return Roster.read(Path.of(file));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      // Roster names the file and line; a missing or unreadable roster is the user's to fix too.
      throw new UsageException(e.getMessage());
    }
  }
}
