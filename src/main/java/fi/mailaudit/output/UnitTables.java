package fi.mailaudit.output;

import static fi.mailaudit.output.Columns.*;

import fi.mailaudit.metrics.UnitCard;
import fi.mailaudit.metrics.UnitMetrics;
import fi.mailaudit.metrics.UnitSummary;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns the three unit tables share (SPEC §6 unit tables), declared once: each table is its
 * key columns followed by these, so {@code agent_quarter}, {@code department_quarter} and {@code
 * company_quarter} cannot drift apart. Rates are null when their denominator is 0 (no scored reply,
 * no customer thread, no settled promise), never a made-up 0.
 */
final class UnitTables {
  private UnitTables() {}

  /** {@code schema_version}, the key columns (strings), the shared measures, {@code quarter}. */
  static StructType schema(List<String> keyColumns, List<String> nonNullKeys) {
    StructType s = new StructType().add(SCHEMA_VERSION, DataTypes.IntegerType, false);
    for (String key : keyColumns) {
      s = s.add(key, DataTypes.StringType, !nonNullKeys.contains(key));
    }
    s = s.add(REPLIES_TOTAL, DataTypes.IntegerType, false)
        .add(REPLIES_SCORED, DataTypes.IntegerType, false)
        .add(SUFFICIENT_DATA, DataTypes.BooleanType, false);
    s = doubles(s, THANKS_RATE, THANKS_FOR_CONTACT_RATE);
    for (String reception : UnitMetrics.RECEPTIONS) {
      s = s.add(reception + "_thanks_rate", DataTypes.DoubleType, true);
    }
    s = s.add(COMPLETENESS_MEAN, DataTypes.DoubleType, true);
    for (String element : UnitMetrics.ELEMENTS) {
      s = s.add(COMPLETENESS_SHARE_PREFIX + element, DataTypes.DoubleType, true);
    }
    for (int n = 1; n <= 6; n++) {
      s = s.add(BINGO_SHARE_PREFIX + n, DataTypes.DoubleType, true);
    }
    s = s.add(BINGO_SHARE_B1_NONE, DataTypes.DoubleType, true)
        .add(BINGO_POINTS, DataTypes.IntegerType, true)
        .add(BINGO_BAND, DataTypes.StringType, true)
        .add(BINGO_BAND_FI, DataTypes.StringType, true)
        .add(CUSTOMER_THREADS, DataTypes.IntegerType, false);
    s = doubles(s, FIRST_RESPONSE_MEDIAN_MINUTES, FIRST_RESPONSE_P90_MINUTES,
        FIRST_RESPONSE_MEDIAN_BUSINESS_MINUTES, FIRST_RESPONSE_P90_BUSINESS_MINUTES, UNANSWERED_RATE);
    s = s.add(PROMISES_MADE, DataTypes.IntegerType, false);
    s = doubles(s, PROMISES_KEPT_RATE, CANCELLATION_SCORE_MEAN);
    return s.add(PASSWORD_FINDINGS, DataTypes.IntegerType, false)
        .add(QUARTER, DataTypes.StringType, false);
  }

  /** The row of {@code u} in a table of {@code version} whose keys are {@code keys}. */
  static Row row(int version, List<String> keys, UnitSummary u) {
    UnitMetrics m = u.metrics();
    UnitCard card = u.card();
    List<Object> v = new ArrayList<>();
    v.add(version);
    v.addAll(keys);
    v.add(count(m.replies()));
    v.add(count(m.scored()));
    v.add(card.sufficientData());
    v.add(m.thanksRate());
    v.add(m.thanksForContactRate());
    for (String reception : UnitMetrics.RECEPTIONS) {
      v.add(m.receptionRate(reception));
    }
    v.add(m.completenessMean());
    for (int i = 0; i < UnitMetrics.ELEMENTS.size(); i++) {
      v.add(m.elementShare(i));
    }
    v.addAll(card.shares());
    v.add(card.noGreetingShare());
    v.add(card.points());
    v.add(card.band() == null ? null : card.band().english());
    v.add(card.band() == null ? null : card.band().finnish());
    v.add(count(m.customerThreads()));
    v.add(m.responseMinutes(0.5));
    v.add(m.responseMinutes(0.9));
    v.add(m.responseBusinessMinutes(0.5));
    v.add(m.responseBusinessMinutes(0.9));
    v.add(m.unansweredRate());
    v.add(count(m.promisesMade()));
    v.add(m.promisesKeptRate());
    v.add(m.cancellationScoreMean());
    v.add(count(m.passwordFindings()));
    v.add(u.key().quarter());
    return RowFactory.create(v.toArray());
  }

  private static StructType doubles(StructType s, String... names) {
    DataType type = DataTypes.DoubleType;
    for (String name : names) {
      s = s.add(name, type, true);
    }
    return s;
  }

  /** A unit's quarter holds far fewer than 2³¹ replies; a bigger count is a bug, not data. */
  private static int count(long n) {
    return Math.toIntExact(n);
  }
}
