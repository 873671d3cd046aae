package fi.mailaudit.metrics;

import java.io.Serializable;

/**
 * One unit in one quarter, the grouping key of the unit tables. Columns the level does not key on
 * are null ({@code agentEmail} of a department); a department or company the roster does not know
 * is {@link #UNKNOWN}, so that such replies are still counted somewhere a reader can see them. An
 * agent is keyed with the department and company the roster gives on the reply's date: an agent
 * the roster moves mid-quarter has one row per department, so a department's row is always the sum
 * of its agents' rows.
 *
 * @param level which table the unit belongs to
 * @param quarter {@code YYYY-Qn}
 * @param agentEmail the agent, only for {@link UnitLevel#AGENT}
 * @param department the department, for agents and departments
 * @param company the company, for every level
 */
public record UnitKey(UnitLevel level, String quarter, String agentEmail, String department, String company)
    implements Serializable {
  /** The department or company of a reply or thread the roster does not place. */
  public static final String UNKNOWN = "unknown";

  /** The key of {@code level} for one reply's or thread's attribution. */
  public static UnitKey of(UnitLevel level, String quarter, String agentEmail, String department, String company) {
    String dept = department == null ? UNKNOWN : department;
    String comp = company == null ? UNKNOWN : company;
    return switch (level) {
      case AGENT -> new UnitKey(level, quarter, agentEmail, dept, comp);
      case DEPARTMENT -> new UnitKey(level, quarter, null, dept, comp);
      case COMPANY -> new UnitKey(level, quarter, null, null, comp);
    };
  }
}
