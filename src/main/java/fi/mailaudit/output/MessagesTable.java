package fi.mailaudit.output;

import static fi.mailaudit.output.Columns.*;

import fi.mailaudit.conversation.AuditedMessage;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code messages} table: one row per unique message (SPEC §6). */
public final class MessagesTable {
  public static final int VERSION = 1;

  public static final StructType SCHEMA =
      new StructType()
          .add(SCHEMA_VERSION, DataTypes.IntegerType, false)
          .add(MESSAGE_KEY, DataTypes.StringType, false)
          .add(MESSAGE_ID, DataTypes.StringType, true)
          .add(THREAD_ID, DataTypes.StringType, true)
          .add(PROMPT_MESSAGE_KEY, DataTypes.StringType, true)
          .add(SOURCE_FILE, DataTypes.StringType, false)
          .add(SOURCE_FORMAT, DataTypes.StringType, false)
          .add(LOCATION, DataTypes.StringType, true)
          .add(FOLDER, DataTypes.StringType, true)
          .add(SENT_AT, DataTypes.TimestampType, true)
          .add(DIRECTION, DataTypes.StringType, true)
          .add(SENDER_ROLE, DataTypes.StringType, true)
          .add(AGENT_EMAIL, DataTypes.StringType, true)
          .add(AGENT_NAME, DataTypes.StringType, true)
          .add(DEPARTMENT, DataTypes.StringType, true)
          .add(COMPANY, DataTypes.StringType, true)
          .add(CUSTOMER_PSEUDONYM, DataTypes.StringType, true)
          .add(LANGUAGE, DataTypes.StringType, true)
          .add(IS_AUTO_REPLY, DataTypes.BooleanType, false)
          .add(WORD_COUNT, DataTypes.IntegerType, false)
          .add(SUBJECT, DataTypes.StringType, true)
          .add(ATTACHMENT_COUNT, DataTypes.IntegerType, false)
          .add(SIZE_BYTES, DataTypes.LongType, false)
          .add(DUPLICATE_COUNT, DataTypes.IntegerType, false)
          .add(BODY_SOURCE, DataTypes.StringType, true)
          .add(AUTO_REPLY_KIND, DataTypes.StringType, true)
          .add(QUARTER, DataTypes.StringType, false);

  private MessagesTable() {}

  public static Row toRow(AuditedMessage m) {
    return RowFactory.create(
        VERSION, m.messageKey(), m.messageId(), m.threadId(), m.promptMessageKey(), m.sourceFile(), m.sourceFormat(),
        m.location(), m.folder(), m.sentAt(), m.direction(), m.senderRole(), m.agentEmail(),
        m.agentName(), m.department(), m.company(), m.customerPseudonym(), m.language(),
        m.isAutoReply(), m.wordCount(), m.subject(), m.attachmentCount(), m.sizeBytes(),
        m.duplicateCount(), m.bodySource(), m.autoReplyKind(), m.quarter());
  }
}
