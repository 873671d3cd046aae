package fi.mailaudit.metrics;

/** The three units the audit compares (SPEC §6): one agent, one department, one company. */
public enum UnitLevel {
  AGENT,
  DEPARTMENT,
  COMPANY
}
