package fi.mailaudit.output;

import static fi.mailaudit.output.Columns.*;

import fi.mailaudit.conversation.ThreadSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code threads} table: one row per conversation (SPEC §6), partitioned by the quarter of its
 * first customer message. The rule columns ({@link #RULE_COLUMNS}) are filled by name from the
 * rules stage's thread flags ({@code ThreadScores}); {@code customer_thanked} and {@code
 * thanks_reception} are built, the promise and cancellation columns are written as null until their
 * rules exist, so that the schema BI tools read is already final. A thread without Finnish customer
 * text has null rule columns: the Finnish rules did not read it.
 */
public final class ThreadsTable {
  public static final int VERSION = 1;

  /** The rule columns, in table order; values come from the thread flags of the same name. */
  static final StructType RULE_COLUMNS = ruleColumns();

  public static final StructType SCHEMA =
      withRuleColumns(new StructType()
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
          .add(CUSTOMER_PSEUDONYM, DataTypes.StringType, true))
          .add(QUARTER, DataTypes.StringType, false);

  private ThreadsTable() {}

  private static StructType ruleColumns() {
    return new StructType()
        .add(CUSTOMER_THANKED, DataTypes.BooleanType, true)
        .add(THANKS_RECEPTION, DataTypes.StringType, true)
        .add(PROMISES_MADE, DataTypes.IntegerType, true)
        .add(PROMISES_KEPT, DataTypes.IntegerType, true)
        .add(PROMISES_BROKEN, DataTypes.IntegerType, true)
        .add(PROMISES_OPEN, DataTypes.IntegerType, true)
        .add(CANCELLATION_SCORE, DataTypes.IntegerType, true);
  }

  private static StructType withRuleColumns(StructType head) {
    StructType s = head;
    for (var field : RULE_COLUMNS.fields()) {
      s = s.add(field);
    }
    return s;
  }

  /** A thread the rules did not read: every rule column null. */
  public static Row toRow(ThreadSummary t) {
    return toRow(t, Map.of());
  }

  /** A thread with the rule flags of its {@code ThreadScores} (column name → value). */
  public static Row toRow(ThreadSummary t, Map<String, Object> ruleFlags) {
    List<Object> values = new ArrayList<>(SCHEMA.size());
    values.addAll(Arrays.asList(
        VERSION, t.threadId(), t.firstCustomerMessageAt(), t.firstResponseAt(),
        t.firstResponseMinutes(), t.firstResponseBusinessMinutes(), t.unanswered(),
        t.messageCount(), t.customerMessageCount(), t.agentReplyCount(), t.autoReplyCount(),
        t.agentEmail(), t.department(), t.company(), t.language(), t.customerPseudonym()));
    values.addAll(Arrays.asList(RuleValues.of(RULE_COLUMNS, ruleFlags)));
    values.add(t.quarter());
    return RowFactory.create(values.toArray());
  }
}
