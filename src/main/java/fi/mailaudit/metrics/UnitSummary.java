package fi.mailaudit.metrics;

import java.io.Serializable;

/**
 * One row of a unit table before it is a row: the unit, its metrics and its card.
 *
 * @param key the unit and quarter
 * @param agentName the agent's display name for {@link UnitLevel#AGENT}, null when unknown or
 *     for the other levels
 * @param metrics the unit's counts
 * @param card the unit's bingo card at the run's {@code bingo.threshold}
 */
public record UnitSummary(UnitKey key, String agentName, UnitMetrics metrics, UnitCard card)
    implements Serializable {}
