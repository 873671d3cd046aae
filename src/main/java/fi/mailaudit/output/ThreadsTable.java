package fi.mailaudit.output;

import static fi.mailaudit.output.Columns.*;

import fi.mailaudit.conversation.ThreadSummary;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code threads} table: one row per conversation (SPEC §6), partitioned by the quarter of its
 * first customer message. The thanks, promise and cancellation columns belong to later issues and
 * are written as nulls until their rules exist, so that the schema BI tools read is already final.
 */
public final class ThreadsTable {
  public static final int VERSION = 1;

  public static final StructType SCHEMA =
      new StructType()
          .add(SCHEMA_VERSION, DataTypes.IntegerType, false)
          .add(THREAD_ID, DataTypes.StringType, false)
          .add(FIRST_CUSTOMER_MESSAGE_AT, DataTypes.TimestampType, true)
          .add(FIRST_RESPONSE_AT, DataTypes.TimestampType, true)
          .add(FIRST_RESPONSE_MINUTES, DataTypes.DoubleType, true)
          .add(FIRST_RESPONSE_BUSINESS_MINUTES, DataTypes.DoubleType, true)
          .add(UNANSWERED, DataTypes.BooleanType, false)
          .add(MESSAGE_COUNT, DataTypes.IntegerType, false)
          .add(CUSTOMER_MESSAGE_COUNT, DataTypes.IntegerType, false)
          .add(AGENT_REPLY_COUNT, DataTypes.IntegerType, false)
          .add(AUTO_REPLY_COUNT, DataTypes.IntegerType, false)
          .add(AGENT_EMAIL, DataTypes.StringType, true)
          .add(DEPARTMENT, DataTypes.StringType, true)
          .add(COMPANY, DataTypes.StringType, true)
          .add(LANGUAGE, DataTypes.StringType, true)
          .add(CUSTOMER_PSEUDONYM, DataTypes.StringType, true)
          .add(CUSTOMER_THANKED, DataTypes.BooleanType, true)
          .add(THANKS_RECEPTION, DataTypes.StringType, true)
          .add(PROMISES_MADE, DataTypes.IntegerType, true)
          .add(PROMISES_KEPT, DataTypes.IntegerType, true)
          .add(PROMISES_BROKEN, DataTypes.IntegerType, true)
          .add(PROMISES_OPEN, DataTypes.IntegerType, true)
          .add(CANCELLATION_SCORE, DataTypes.IntegerType, true)
          .add(QUARTER, DataTypes.StringType, false);

  private ThreadsTable() {}

  public static Row toRow(ThreadSummary t) {
    return RowFactory.create(
        VERSION, t.threadId(), t.firstCustomerMessageAt(), t.firstResponseAt(),
        t.firstResponseMinutes(), t.firstResponseBusinessMinutes(), t.unanswered(),
        t.messageCount(), t.customerMessageCount(), t.agentReplyCount(), t.autoReplyCount(),
        t.agentEmail(), t.department(), t.company(), t.language(), t.customerPseudonym(),
        null, null, null, null, null, null, null, // thanks, promises, cancellation: later issues
        t.quarter());
  }
}
