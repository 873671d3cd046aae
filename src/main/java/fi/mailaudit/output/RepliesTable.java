package fi.mailaudit.output;

import fi.mailaudit.rules.RuleColumns;

import static fi.mailaudit.output.Columns.*;

import fi.mailaudit.rules.ScoredReply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code replies} table (SPEC §6): one row per agent reply to a customer (outbound agent mail,
 * internal mail excluded); auto-replies and replies in other languages have {@code scored = false}
 * and null rule columns. The rule columns are declared once in {@link #RULE_COLUMNS} and filled by
 * name from the rules' flags ({@link RuleValues}): a new rule only needs its column declared here.
 *
 * <p>Columns whose rules are not built yet and so are written as null: {@code b2_points}, {@code
 * b3_points}, {@code b5_points}, {@code b6_points}, {@code reply_register}, {@code
 * customer_register}, {@code completeness}, every {@code has_<element>} and {@code
 * password_in_clear}. {@code bingo_points} is a rule's own flag when one gives it, else the sum of
 * the statement points present (so, until B2, B3, B5, B6 exist, B1 + B4 only).
 *
 * <p>{@code customer_thanked} and {@code thanks_reception} are per reply here: whether the prompt
 * thanks and how this reply met it (the unit tables' {@code dismissive_thanks_rate} is per agent).
 */
public final class RepliesTable {
  public static final int VERSION = 1;

  /** The bingo statements' points, B1–B6 (SPEC §5.1). */
  private static final List<String> POINTS =
      List.of(B1_POINTS, B2_POINTS, B3_POINTS, B4_POINTS, B5_POINTS, B6_POINTS);

  /** The rule columns, in table order; values come from the flags of the same name. */
  static final StructType RULE_COLUMNS = ruleColumns();

  public static final StructType SCHEMA = schema();

  private RepliesTable() {}

  private static StructType ruleColumns() {
    StructType s = new StructType().add(GREETING_KIND, DataTypes.StringType, true);
    for (String points : POINTS) {
      s = s.add(points, DataTypes.IntegerType, true);
    }
    s = s.add(BINGO_POINTS, DataTypes.IntegerType, true)
        .add(TEMPLATE_COPIES, DataTypes.IntegerType, true)
        .add(REPLY_REGISTER, DataTypes.StringType, true)
        .add(CUSTOMER_REGISTER, DataTypes.StringType, true)
        .add(QUESTIONS_ASKED, DataTypes.IntegerType, true)
        .add(QUESTIONS_ADDRESSED, DataTypes.IntegerType, true)
        .add(THANKS, DataTypes.BooleanType, true)
        .add(THANKS_FOR_CONTACT, DataTypes.BooleanType, true)
        .add(CUSTOMER_THANKED, DataTypes.BooleanType, true)
        .add(THANKS_RECEPTION, DataTypes.StringType, true)
        .add(COMPLETENESS, DataTypes.DoubleType, true);
    for (String element : COMPLETENESS_ELEMENTS) {
      s = s.add("has_" + element, DataTypes.BooleanType, true);
    }
    return s.add(RuleColumns.TIMEFRAME_VAGUE, DataTypes.BooleanType, true)
        .add(PASSWORD_IN_CLEAR, DataTypes.BooleanType, true)
        .add(RuleColumns.PROMISE, DataTypes.BooleanType, true)
        .add(RuleColumns.PROMISE_DEADLINE, DataTypes.TimestampType, true)
        .add(RuleColumns.PROMISE_OUTCOME, DataTypes.StringType, true)
        .add(RuleColumns.CANCELLATION, DataTypes.BooleanType, true)
        .add(RuleColumns.CANCELLATION_STEPS, DataTypes.IntegerType, true)
        .add(RuleColumns.AUTO_REPLY_ELEMENTS, DataTypes.IntegerType, true)
        .add(RuleColumns.AUTO_REPLY_GREETING, DataTypes.BooleanType, true)
        .add(RuleColumns.AUTO_REPLY_THANKS, DataTypes.BooleanType, true)
        .add(RuleColumns.AUTO_REPLY_ABSENCE, DataTypes.BooleanType, true)
        .add(RuleColumns.AUTO_REPLY_CONTACT, DataTypes.BooleanType, true)
        .add(RuleColumns.ECHO_AUTO_REPLY, DataTypes.BooleanType, true);
  }

  private static StructType schema() {
    StructType s = new StructType()
        .add(SCHEMA_VERSION, DataTypes.IntegerType, false)
        .add(MESSAGE_KEY, DataTypes.StringType, false)
        .add(MESSAGE_ID, DataTypes.StringType, true)
        .add(THREAD_ID, DataTypes.StringType, true)
        .add(PROMPT_MESSAGE_KEY, DataTypes.StringType, true)
        .add(PROMPT_MESSAGE_ID, DataTypes.StringType, true)
        .add(AGENT_EMAIL, DataTypes.StringType, true)
        .add(DEPARTMENT, DataTypes.StringType, true)
        .add(COMPANY, DataTypes.StringType, true)
        .add(SENT_AT, DataTypes.TimestampType, true)
        .add(LANGUAGE, DataTypes.StringType, true)
        .add(SCORED, DataTypes.BooleanType, false);
    for (var field : RULE_COLUMNS.fields()) {
      s = s.add(field);
    }
    return s.add(EVIDENCE, DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false)
        .add(QUARTER, DataTypes.StringType, false);
  }

  public static Row toRow(ScoredReply r) {
    List<Object> values = new ArrayList<>(SCHEMA.size());
    values.addAll(List.of(VERSION, r.messageKey()));
    values.addAll(java.util.Arrays.asList(r.messageId(), r.threadId(), r.promptMessageKey(),
        r.promptMessageId(), r.agentEmail(), r.department(), r.company(), r.sentAt(), r.language()));
    values.add(r.scored());
    values.addAll(java.util.Arrays.asList(RuleValues.of(RULE_COLUMNS, withBingoPoints(r.flags()))));
    // Spark's row encoder takes a MapType value only as a Scala map.
    values.add(scala.jdk.javaapi.CollectionConverters.asScala(EvidenceMasking.mask(r.evidence())));
    values.add(r.quarter());
    return RowFactory.create(values.toArray());
  }

  /** The flags with {@code bingo_points} summed from the statements when no rule gave it. */
  static Map<String, Object> withBingoPoints(Map<String, Object> flags) {
    if (flags.get(BINGO_POINTS) != null) {
      return flags;
    }
    Integer sum = null;
    for (String points : POINTS) {
      if (flags.get(points) instanceof Number n) {
        sum = (sum == null ? 0 : sum) + n.intValue();
      }
    }
    Map<String, Object> out = new HashMap<>(flags);
    out.put(BINGO_POINTS, sum);
    return out;
  }
}
