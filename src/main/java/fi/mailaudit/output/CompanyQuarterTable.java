package fi.mailaudit.output;

import static fi.mailaudit.output.Columns.*;

import fi.mailaudit.metrics.UnitKey;
import fi.mailaudit.metrics.UnitSummary;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code company_quarter} table (SPEC §6): one row per quarter and one company, with the unit
 * columns of {@link UnitTables}. Documented column by column in the README.
 */
public final class CompanyQuarterTable {
  public static final int VERSION = 1;

  private static final List<String> KEYS = List.of(COMPANY);

  public static final StructType SCHEMA = UnitTables.schema(KEYS, List.of(COMPANY));

  private CompanyQuarterTable() {}

  public static Row toRow(UnitSummary u) {
    UnitKey k = u.key();
    return UnitTables.row(VERSION, Arrays.asList(k.company()), u);
  }
}
