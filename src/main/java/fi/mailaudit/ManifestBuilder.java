package fi.mailaudit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.mailaudit.ingest.InputFile;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.output.Manifest;
import fi.mailaudit.output.OutputStage;
import fi.mailaudit.output.OutputTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@code _manifest.json} from what the run found and wrote. Refuses to build one in which an
 * input's found ≠ parsed + rejected: that would be a silent loss, and the run fails instead.
 */
final class ManifestBuilder {
  static final String VERSION = "0.1.0";

  private ManifestBuilder() {}

  static Manifest build(String runId, Instant started, Instant finished, AuditOptions options,
      RunContext context, List<InputFile> inputs, ReadCounts counts, OutputStage.Written written,
      List<String> quarters) {
    Map<String, String> hashes = context.inputHashes(inputs);
    List<Manifest.InputEntry> entries = new ArrayList<>();
    long unsupported = 0;
    for (InputFile file : inputs) {
      long parsed = counts.count(file.path(), null, ReadCounts.Outcome.PARSED);
      long rejected = counts.count(file.path(), null, ReadCounts.Outcome.REJECTED);
      unsupported += file.format() == InputFormat.UNSUPPORTED ? 1 : 0;
      entries.add(new Manifest.InputEntry(file.path(), file.format().code(), file.sizeBytes(),
          hashes.get(file.path()), parsed + rejected, parsed, rejected, file.note(),
          context.folderCounts(file, counts)));
    }
    long found = counts.parsed() + counts.rejected();
    if (written.rejects() != counts.rejected()) {
      throw new IllegalStateException("rejects table holds " + written.rejects()
          + " rows but the parse stage rejected " + counts.rejected() + " items");
    }
    Manifest.Counts totals = new Manifest.Counts(found, counts.parsed(), counts.rejected(),
        counts.parsed() - written.unique(), written.unique(), written.scored(), written.notFinnish(),
        unsupported);
    Map<String, Object> config = config(options);
    Map<String, Integer> schemas = new TreeMap<>();
    for (OutputTable table : OutputTable.values()) {
      schemas.put(table.dirName(), table.schemaVersion());
    }
    return new Manifest("mailaudit", VERSION, runId, started.toString(), finished.toString(),
        versions(), schemas, hash(config), config, quarters, entries, totals);
  }

  private static Map<String, Object> config(AuditOptions o) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("company_domains", o.companyDomains());
    config.put("roster", o.rosterFile());
    config.put("products", o.productsFile());
    config.put("timezone", o.zone().getId());
    config.put("business_hours", o.businessStart() + "-" + o.businessEnd());
    config.put("quarters", o.quarters());
    config.put("pseudonymize", o.pseudonymize());
    config.put("keep_customer_identities", !o.pseudonymize());
    config.put("bingo_threshold", o.cardRules().threshold());
    config.put("bingo_min_scored_replies", o.cardRules().minScoredReplies());
    config.put("split_size_bytes", o.splitSizeBytes());
    config.put("pst_slice_items", o.pstSliceItems());
    return config;
  }

  private static Map<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("java", System.getProperty("java.version"));
    versions.put("spark", org.apache.spark.package$.MODULE$.SPARK_VERSION());
    // Tika.getString() reads tika-core's pom.properties, which survives shading; the jar manifest does not.
    versions.put("tika", org.apache.tika.Tika.getString().replace("Apache Tika ", ""));
    versions.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
    return versions;
  }

  private static String hash(Map<String, Object> config) {
    try {
      byte[] json = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .writeValueAsString(config).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot hash the configuration", e);
    }
  }
}
