package fi.mailaudit.conversation;

import java.io.Serializable;

/**
 * Who a mailbox is at a point in time, as the {@code messages} table needs it (SPEC §6): the role
 * and, for an agent, the audited identity in clear. Customers' fields stay null here: their address
 * is pseudonymised by {@link Pseudonymizer} downstream and never held in this record.
 *
 * @param role agent, customer or system
 * @param agentEmail the agent's address (lower case), null unless an agent
 * @param agentName the roster name, else the display name of the From header, else null
 * @param department the roster department, {@link #UNKNOWN} for an agent found by domain only
 * @param company the roster company, else the company domain the address matched
 */
public record SenderIdentity(
    Role role, String agentEmail, String agentName, String department, String company)
    implements Serializable {

  /** SPEC §3: "an agent not in the roster gets department unknown". */
  public static final String UNKNOWN = "unknown";

  static SenderIdentity of(Role role) {
    return new SenderIdentity(role, null, null, null, null);
  }
}
