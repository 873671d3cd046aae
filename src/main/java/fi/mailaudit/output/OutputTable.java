package fi.mailaudit.output;

import org.apache.spark.sql.types.StructType;

/**
 * The tables a run writes, each with its schema declared once and its version. A schema change that
 * renames, retypes or drops a column must bump {@link #schemaVersion()}; {@code SchemaContractTest}
 * holds the published schemas and fails otherwise.
 */
public enum OutputTable {
  MESSAGES("messages", MessagesTable.SCHEMA, MessagesTable.VERSION),
  THREADS("threads", ThreadsTable.SCHEMA, ThreadsTable.VERSION),
  REPLIES("replies", RepliesTable.SCHEMA, RepliesTable.VERSION),
  REJECTS("rejects", RejectsTable.SCHEMA, RejectsTable.VERSION),
  AGENT_QUARTER("agent_quarter", AgentQuarterTable.SCHEMA, AgentQuarterTable.VERSION),
  DEPARTMENT_QUARTER("department_quarter", DepartmentQuarterTable.SCHEMA, DepartmentQuarterTable.VERSION),
  COMPANY_QUARTER("company_quarter", CompanyQuarterTable.SCHEMA, CompanyQuarterTable.VERSION);

  private final String dirName;
  private final StructType schema;
  private final int schemaVersion;

  OutputTable(String dirName, StructType schema, int schemaVersion) {
    this.dirName = dirName;
    this.schema = schema;
    this.schemaVersion = schemaVersion;
  }

  /** The table's folder under the output root, and its name in {@code show}. */
  public String dirName() {
    return dirName;
  }

  public StructType schema() {
    return schema;
  }

  public int schemaVersion() {
    return schemaVersion;
  }

  public static OutputTable byName(String name) {
    for (OutputTable table : values()) {
      if (table.dirName.equals(name)) {
        return table;
      }
    }
    throw new IllegalArgumentException(
        "unknown table '" + name + "'; known: " + java.util.Arrays.toString(dirNames()));
  }

  public static String[] dirNames() {
    return java.util.Arrays.stream(values()).map(OutputTable::dirName).toArray(String[]::new);
  }
}
