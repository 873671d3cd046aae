package fi.mailaudit;

import fi.mailaudit.metrics.CardRules;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything a run is told, validated once (SPEC §3, §7). Each stage takes only the part it needs.
 * Defaults live in {@link OptionsParser}, beside the keys that set them.
 *
 * @param inputs files and folders to read
 * @param output the output root
 * @param companyDomains mail domains whose senders are the company's agents
 * @param rosterFile optional roster CSV (email, agent_name, department, company, valid_from, valid_to)
 * @param productsFile optional product names, one a line (rule B2)
 * @param zone the company's time zone: quarters and business hours are reckoned in it
 * @param businessStart start of the business day
 * @param businessEnd end of the business day
 * @param quarters which quarters to (re)compute; empty = all found
 * @param pseudonymize whether customer identities are replaced by keyed pseudonyms (default on)
 * @param pseudonymKeyFile file holding the pseudonym key, or null to take it from the environment
 * @param cardRules how units' bingo cards are judged (threshold, minimum scored replies)
 * @param master the Spark master; null = whatever spark-submit gave, else local[*]
 * @param splitSizeBytes the byte range of an mbox that one Spark task reads
 * @param pstSliceItems how many PST items one Spark task reads
 * @param hashInputs whether the manifest carries each input's SHA-256 (one extra read of the input)
 */
public record AuditOptions(
    List<String> inputs,
    String output,
    List<String> companyDomains,
    String rosterFile,
    String productsFile,
    ZoneId zone,
    LocalTime businessStart,
    LocalTime businessEnd,
    List<String> quarters,
    boolean pseudonymize,
    String pseudonymKeyFile,
    CardRules cardRules,
    String master,
    long splitSizeBytes,
    int pstSliceItems,
    boolean hashInputs)
    implements Serializable {

  public AuditOptions {
    if (inputs == null || inputs.isEmpty()) {
      throw new UsageException("no input: give --input PATH (or 'input:' in the config file)");
    }
    if (output == null || output.isBlank()) {
      throw new UsageException("no output: give --output DIR");
    }
    if (!businessStart.isBefore(businessEnd)) {
      throw new UsageException(
          "business hours end (" + businessEnd + ") must be after their start (" + businessStart + ")");
    }
    if (splitSizeBytes < 1024 * 1024) {
      throw new UsageException("split size must be at least 1 MB, got " + splitSizeBytes + " bytes");
    }
    if (pstSliceItems < 1) {
      throw new UsageException("pst slice size must be at least 1, got " + pstSliceItems);
    }
    inputs = List.copyOf(inputs);
    companyDomains = List.copyOf(companyDomains);
    quarters = List.copyOf(quarters);
  }
}
