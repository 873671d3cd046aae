package fi.mailaudit.output;

import static fi.mailaudit.output.Columns.*;

import fi.mailaudit.conversation.Quarters;
import fi.mailaudit.parse.Reject;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code rejects} table: one row per input item that could not be read (SPEC §6). Rejects have
 * no trustworthy date, so they live in the {@code quarter=unknown} partition, replaced by each run.
 */
public final class RejectsTable {
  public static final int VERSION = 1;

  public static final StructType SCHEMA =
      new StructType()
          .add(SCHEMA_VERSION, DataTypes.IntegerType, false)
          .add(SOURCE_FILE, DataTypes.StringType, false)
          .add(SOURCE_FORMAT, DataTypes.StringType, false)
          .add(LOCATION, DataTypes.StringType, true)
          .add(FOLDER, DataTypes.StringType, true)
          .add(REASON, DataTypes.StringType, false)
          .add(DETAIL, DataTypes.StringType, true)
          .add(QUARTER, DataTypes.StringType, false);

  private RejectsTable() {}

  public static Row toRow(Reject r) {
    return RowFactory.create(
        VERSION, r.source().sourceFile(), r.source().format().code(), r.source().location(),
        r.source().folder(), r.reason().code(), r.detail(), Quarters.UNKNOWN);
  }
}
