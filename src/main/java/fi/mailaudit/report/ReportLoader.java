package fi.mailaudit.report;

import static org.apache.spark.sql.functions.col;

import fi.mailaudit.output.Columns;
import fi.mailaudit.output.Manifest;
import fi.mailaudit.output.OutputDirectory;
import fi.mailaudit.output.OutputTable;
import fi.mailaudit.report.ReportData.DataQuality;
import fi.mailaudit.report.ReportData.ReplyExample;
import fi.mailaudit.report.ReportData.UnitFigures;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;

/**
 * The thin Spark side of {@code report}: reads the unit tables, a few best and weakest scored
 * replies per agent (ranked in Spark, so a million replies never reach the driver) with their
 * masked subject and customer pseudonym, the rejects by reason and the manifest, into a {@link
 * ReportData}.
 */
final class ReportLoader {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final SparkSession spark;
  private final OutputDirectory dir;

  ReportLoader(SparkSession spark, OutputDirectory dir) {
    this.spark = spark;
    this.dir = dir;
  }

  ReportData load() throws IOException {
    Manifest manifest = dir.readManifest();
    Object zone = manifest.config() == null ? null : manifest.config().get("timezone");
    ZoneId zoneId = ZoneId.of(zone == null ? "Europe/Helsinki" : zone.toString());
    List<UnitFigures> companies = units(OutputTable.COMPANY_QUARTER);
    // Written by runs since --min-scored-replies exists; older manifests had the seed's ten.
    Object min = manifest.config() == null ? null : manifest.config().get("bingo_min_scored_replies");
    return new ReportData(title(companies), companies, units(OutputTable.DEPARTMENT_QUARTER),
        units(OutputTable.AGENT_QUARTER), examples(zoneId), quality(manifest),
        min instanceof Number n ? n.intValue() : ReportData.DEFAULT_MIN_SCORED_REPLIES);
  }

  /** The audited company: the one with the most replies (a run may hold a stray "unknown" one). */
  private String title(List<UnitFigures> companies) {
    Map<String, Integer> replies = new HashMap<>();
    companies.forEach(u -> replies.merge(u.company(), u.repliesTotal(), Integer::sum));
    return replies.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(new org.apache.hadoop.fs.Path(dir.root()).getName());
  }

  private List<UnitFigures> units(OutputTable table) {
    Dataset<Row> rows = OutputTables.read(spark, dir, table);
    List<String> present = List.of(rows.columns());
    List<UnitFigures> out = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      out.add(new UnitFigures(r.getAs(Columns.QUARTER), r.getAs(Columns.COMPANY),
          present.contains(Columns.DEPARTMENT) ? r.getAs(Columns.DEPARTMENT) : null,
          present.contains(Columns.AGENT_EMAIL) ? r.getAs(Columns.AGENT_EMAIL) : null,
          present.contains(Columns.AGENT_NAME) ? r.getAs(Columns.AGENT_NAME) : null,
          r.<Integer>getAs(Columns.REPLIES_TOTAL), r.<Integer>getAs(Columns.REPLIES_SCORED),
          r.<Boolean>getAs(Columns.SUFFICIENT_DATA), r.getAs(Columns.THANKS_RATE),
          r.getAs(Columns.THANKS_FOR_CONTACT_RATE), r.getAs(Columns.DISMISSIVE_THANKS_RATE),
          r.getAs(Columns.COMPLETENESS_MEAN), r.getAs(Columns.BINGO_POINTS), r.getAs(Columns.BINGO_BAND),
          r.getAs(Columns.BINGO_BAND_FI), r.<Integer>getAs(Columns.CUSTOMER_THREADS),
          r.getAs(Columns.FIRST_RESPONSE_MEDIAN_MINUTES), r.getAs(Columns.FIRST_RESPONSE_P90_MINUTES),
          r.getAs(Columns.FIRST_RESPONSE_MEDIAN_BUSINESS_MINUTES), r.getAs(Columns.UNANSWERED_RATE),
          r.<Integer>getAs(Columns.PASSWORD_FINDINGS)));
    }
    out.sort(Comparator.comparing(UnitFigures::quarter)
        .thenComparing(u -> String.valueOf(u.company())).thenComparing(u -> String.valueOf(u.department())));
    return out;
  }

  /** Per agent, the {@link AgentCards#PER_SIDE} best and weakest scored replies by {@link EvidencePicker}'s order. */
  private List<ReplyExample> examples(ZoneId zone) {
    Dataset<Row> replies = OutputTables.read(spark, dir, OutputTable.REPLIES)
        .filter(col(Columns.SCORED).and(col(Columns.AGENT_EMAIL).isNotNull()));
    Dataset<Row> messages = OutputTables.read(spark, dir, OutputTable.MESSAGES)
        .select(col(Columns.MESSAGE_KEY), col(Columns.CUSTOMER_PSEUDONYM), col(Columns.SUBJECT));
    WindowSpec best = Window.partitionBy(Columns.AGENT_EMAIL).orderBy(col(Columns.COMPLETENESS).desc_nulls_last(),
        col(Columns.BINGO_POINTS).asc_nulls_last(), col(Columns.SENT_AT).asc_nulls_last(), col(Columns.MESSAGE_KEY).asc());
    WindowSpec weakest = Window.partitionBy(Columns.AGENT_EMAIL).orderBy(col(Columns.COMPLETENESS).asc_nulls_first(),
        col(Columns.BINGO_POINTS).desc_nulls_first(), col(Columns.SENT_AT).desc_nulls_first(), col(Columns.MESSAGE_KEY).desc());
    List<Row> rows = replies.withColumn("best_rank", functions.row_number().over(best))
        .withColumn("weakest_rank", functions.row_number().over(weakest))
        .filter(col("best_rank").leq(AgentCards.PER_SIDE).or(col("weakest_rank").leq(AgentCards.PER_SIDE)))
        .join(messages, scala.jdk.javaapi.CollectionConverters.asScala(List.of(Columns.MESSAGE_KEY)).toSeq(), "left")
        .collectAsList();
    List<ReplyExample> out = new ArrayList<>();
    for (Row r : rows) {
      List<String> missing = new ArrayList<>();
      for (String element : Columns.COMPLETENESS_ELEMENTS) {
        if (Boolean.FALSE.equals(r.getAs("has_" + element))) {
          missing.add(element);
        }
      }
      // The session reads timestamps as Instants (spark.sql.datetime.java8API.enabled); a Timestamp otherwise.
      Object at = r.getAs(Columns.SENT_AT);
      java.time.Instant sent = at instanceof Timestamp t ? t.toInstant() : (java.time.Instant) at;
      scala.collection.Map<String, String> evidence = r.getAs(Columns.EVIDENCE);
      out.add(new ReplyExample(r.getAs(Columns.MESSAGE_KEY), r.getAs(Columns.AGENT_EMAIL), r.getAs(Columns.QUARTER),
          sent == null ? null : MINUTE.format(sent.atZone(zone)), r.getAs(Columns.CUSTOMER_PSEUDONYM),
          r.getAs(Columns.SUBJECT), r.getAs(Columns.COMPLETENESS), r.getAs(Columns.BINGO_POINTS),
          evidence == null ? Map.of() : scala.jdk.javaapi.CollectionConverters.asJava(evidence), missing));
    }
    return out;
  }

  private DataQuality quality(Manifest manifest) {
    Map<String, Long> rejects = new LinkedHashMap<>();
    for (Row r : OutputTables.read(spark, dir, OutputTable.REJECTS).groupBy(Columns.REASON).count().collectAsList()) {
      rejects.put(r.isNullAt(0) ? "unknown" : r.getString(0), r.getLong(1));
    }
    Manifest.Counts c = manifest.counts();
    String finished = manifest.finishedAt() == null ? "unknown"
        : MINUTE.format(java.time.Instant.parse(manifest.finishedAt()).atZone(ZoneId.of("UTC"))) + " UTC";
    return new DataQuality(c, manifest.inputs() == null ? 0 : manifest.inputs().size(),
        manifest.quartersWritten() == null ? List.of() : manifest.quartersWritten(), finished, rejects);
  }
}
