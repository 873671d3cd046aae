package fi.mailaudit.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * {@code _manifest.json} at the output root (SPEC §6): what a run read, what it made of every input,
 * and with which versions and configuration. The field names are a contract: outside checks read
 * {@code inputs[].found/parsed/rejected} and {@code counts}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(
    String tool,
    String toolVersion,
    String runId,
    String startedAt,
    String finishedAt,
    Map<String, String> versions,
    Map<String, Integer> schemaVersions,
    String configHash,
    Map<String, Object> config,
    List<String> quartersWritten,
    List<InputEntry> inputs,
    Counts counts) {

  /**
   * One input file. {@code found} counts the messages in it before deduplication; found = parsed +
   * rejected always holds, and the run fails rather than write a manifest where it does not.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record InputEntry(
      String path,
      String format,
      long sizeBytes,
      String sha256,
      long found,
      long parsed,
      long rejected,
      String note,
      List<FolderCount> folders) {}

  /** A PST folder: the items its table of contents announces, and what became of them. */
  public record FolderCount(String folder, long expected, long parsed, long rejected, long skippedNonMail) {}

  /** Totals of the run. */
  public record Counts(
      long found,
      long parsed,
      long rejected,
      long duplicates,
      long unique,
      long scored,
      long notFinnish,
      long unsupportedFiles) {}
}
