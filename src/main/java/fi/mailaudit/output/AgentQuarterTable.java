package fi.mailaudit.output;

import static fi.mailaudit.output.Columns.*;

import fi.mailaudit.metrics.UnitKey;
import fi.mailaudit.metrics.UnitSummary;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code agent_quarter} table (SPEC §6): one row per quarter and one agent (key {@code agent_email}; {@code agent_name}, {@code department} and {@code company} from the roster or the mail, {@code department} / {@code company} "unknown" when neither says), with the unit
 * columns of {@link UnitTables}. Documented column by column in the README.
 */
public final class AgentQuarterTable {
  public static final int VERSION = 1;

  private static final List<String> KEYS = List.of(AGENT_EMAIL, AGENT_NAME, DEPARTMENT, COMPANY);

  public static final StructType SCHEMA = UnitTables.schema(KEYS, List.of(AGENT_EMAIL, DEPARTMENT, COMPANY));

  private AgentQuarterTable() {}

  public static Row toRow(UnitSummary u) {
    UnitKey k = u.key();
    return UnitTables.row(VERSION, Arrays.asList(k.agentEmail(), u.agentName(), k.department(), k.company()), u);
  }
}
