package fi.mailaudit.output;

import static fi.mailaudit.output.Columns.*;

import fi.mailaudit.metrics.UnitKey;
import fi.mailaudit.metrics.UnitSummary;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code department_quarter} table (SPEC §6): one row per quarter and one department of one company ("unknown" for agents without one, and for threads nobody answered), with the unit
 * columns of {@link UnitTables}. Documented column by column in the README.
 */
public final class DepartmentQuarterTable {
  public static final int VERSION = 1;

  private static final List<String> KEYS = List.of(DEPARTMENT, COMPANY);

  public static final StructType SCHEMA = UnitTables.schema(KEYS, List.of(DEPARTMENT, COMPANY));

  private DepartmentQuarterTable() {}

  public static Row toRow(UnitSummary u) {
    UnitKey k = u.key();
    return UnitTables.row(VERSION, Arrays.asList(k.department(), k.company()), u);
  }
}
