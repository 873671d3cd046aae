/**
 * The quarterly unit tables (SPEC §6 {@code agent_quarter}, {@code department_quarter}, {@code
 * company_quarter}) and the unit bingo card (SPEC §5.1): a pure core ({@link
 * fi.mailaudit.metrics.UnitMetrics}, {@link fi.mailaudit.metrics.UnitCard}, {@link
 * fi.mailaudit.metrics.BingoBand}, {@link fi.mailaudit.metrics.Percentiles}) and a thin Spark
 * adapter ({@link fi.mailaudit.metrics.MetricsStage}).
 */
package fi.mailaudit.metrics;
