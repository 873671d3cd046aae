package fi.mailaudit.output;

import fi.mailaudit.rules.RuleColumns;

/**
 * Column names of the output tables (SPEC §6), in one place (a rule's own columns are named once,
 * in {@link RuleColumns}, and referred to here): reports, notebooks, BI tools and outside
 * checks read these names, so no stage spells one its own way.
 */
public final class Columns {
  public static final String SCHEMA_VERSION = "schema_version";
  public static final String QUARTER = "quarter";

  public static final String MESSAGE_KEY = "message_key";
  public static final String MESSAGE_ID = "message_id";
  public static final String THREAD_ID = "thread_id";
  public static final String PROMPT_MESSAGE_KEY = "prompt_message_key";
  public static final String SOURCE_FILE = "source_file";
  public static final String SOURCE_FORMAT = "source_format";
  public static final String LOCATION = "location";
  public static final String FOLDER = "folder";
  public static final String SENT_AT = "sent_at";
  public static final String DIRECTION = "direction";
  public static final String SENDER_ROLE = "sender_role";
  public static final String AGENT_EMAIL = "agent_email";
  public static final String AGENT_NAME = "agent_name";
  public static final String DEPARTMENT = "department";
  public static final String COMPANY = "company";
  public static final String CUSTOMER_PSEUDONYM = "customer_pseudonym";
  public static final String LANGUAGE = "language";
  public static final String IS_AUTO_REPLY = "is_auto_reply";
  public static final String WORD_COUNT = "word_count";
  public static final String SUBJECT = "subject";
  public static final String ATTACHMENT_COUNT = "attachment_count";
  public static final String SIZE_BYTES = "size_bytes";
  public static final String DUPLICATE_COUNT = "duplicate_count";
  public static final String BODY_SOURCE = "body_source";
  public static final String AUTO_REPLY_KIND = "auto_reply_kind";

  public static final String FIRST_CUSTOMER_MESSAGE_AT = "first_customer_message_at";
  public static final String FIRST_RESPONSE_AT = "first_response_at";
  public static final String FIRST_RESPONSE_MINUTES = "first_response_minutes";
  public static final String FIRST_RESPONSE_BUSINESS_MINUTES = "first_response_business_minutes";
  public static final String UNANSWERED = "unanswered";
  public static final String MESSAGE_COUNT = "message_count";
  public static final String CUSTOMER_MESSAGE_COUNT = "customer_message_count";
  public static final String AGENT_REPLY_COUNT = "agent_reply_count";
  public static final String AUTO_REPLY_COUNT = "auto_reply_count";
  public static final String CUSTOMER_THANKED = RuleColumns.CUSTOMER_THANKED;
  public static final String THANKS_RECEPTION = RuleColumns.THANKS_RECEPTION;
  public static final String PROMISES_MADE = RuleColumns.PROMISES_MADE;
  public static final String PROMISES_KEPT = RuleColumns.PROMISES_KEPT;
  public static final String PROMISES_BROKEN = RuleColumns.PROMISES_BROKEN;
  public static final String PROMISES_OPEN = RuleColumns.PROMISES_OPEN;
  public static final String CANCELLATION_SCORE = RuleColumns.CANCELLATION_SCORE;

  public static final String PROMPT_MESSAGE_ID = "prompt_message_id";
  public static final String SCORED = "scored";
  public static final String GREETING_KIND = RuleColumns.GREETING_KIND;
  public static final String B1_POINTS = RuleColumns.B1_POINTS;
  public static final String B2_POINTS = RuleColumns.B2_POINTS;
  public static final String B3_POINTS = RuleColumns.B3_POINTS;
  public static final String B4_POINTS = RuleColumns.B4_POINTS;
  public static final String B5_POINTS = RuleColumns.B5_POINTS;
  public static final String B6_POINTS = RuleColumns.B6_POINTS;
  public static final String BINGO_POINTS = RuleColumns.BINGO_POINTS;
  public static final String TEMPLATE_COPIES = RuleColumns.TEMPLATE_COPIES;
  public static final String REPLY_REGISTER = RuleColumns.REPLY_REGISTER;
  public static final String CUSTOMER_REGISTER = RuleColumns.CUSTOMER_REGISTER;
  public static final String QUESTIONS_ASKED = RuleColumns.QUESTIONS_ASKED;
  public static final String QUESTIONS_ADDRESSED = RuleColumns.QUESTIONS_ADDRESSED;
  public static final String THANKS = RuleColumns.THANKS;
  public static final String THANKS_FOR_CONTACT = RuleColumns.THANKS_FOR_CONTACT;
  public static final String COMPLETENESS = RuleColumns.COMPLETENESS;
  /** SPEC §5.3 elements, in the SPEC's order; each is the column {@code has_<element>}. */
  public static final java.util.List<String> COMPLETENESS_ELEMENTS =
      java.util.List.of("greeting", "thanks_for_contact", "all_questions_addressed", "timeframe",
          "apology", "empathy", "invitation", "wishes", "closing", "signature", "structure",
          "mechanics");
  public static final String PASSWORD_IN_CLEAR = RuleColumns.PASSWORD_IN_CLEAR;
  public static final String EVIDENCE = "evidence";

  public static final String REASON = "reason";
  public static final String DETAIL = "detail";

  // Unit tables (agent_quarter, department_quarter, company_quarter; SPEC §6, §5.1).
  public static final String REPLIES_TOTAL = "replies_total";
  public static final String REPLIES_SCORED = "replies_scored";
  public static final String SUFFICIENT_DATA = "sufficient_data";
  public static final String THANKS_RATE = "thanks_rate";
  public static final String THANKS_FOR_CONTACT_RATE = "thanks_for_contact_rate";
  /** {@code <reception>_thanks_rate} for gracious / dismissive / ignored / no_reply. */
  public static final String DISMISSIVE_THANKS_RATE = "dismissive_thanks_rate";
  public static final String COMPLETENESS_MEAN = "completeness_mean";
  /** {@code completeness_share_<element>} for each of {@link #COMPLETENESS_ELEMENTS}. */
  public static final String COMPLETENESS_SHARE_PREFIX = "completeness_share_";
  /** {@code bingo_share_b1} … {@code bingo_share_b6}. */
  public static final String BINGO_SHARE_PREFIX = "bingo_share_b";
  public static final String BINGO_SHARE_B1_NONE = "bingo_share_b1_none";
  public static final String BINGO_BAND = "bingo_band";
  public static final String BINGO_BAND_FI = "bingo_band_fi";
  public static final String CUSTOMER_THREADS = "customer_threads";
  public static final String FIRST_RESPONSE_MEDIAN_MINUTES = "first_response_median_minutes";
  public static final String FIRST_RESPONSE_P90_MINUTES = "first_response_p90_minutes";
  public static final String FIRST_RESPONSE_MEDIAN_BUSINESS_MINUTES = "first_response_median_business_minutes";
  public static final String FIRST_RESPONSE_P90_BUSINESS_MINUTES = "first_response_p90_business_minutes";
  public static final String UNANSWERED_RATE = "unanswered_rate";
  public static final String PROMISES_KEPT_RATE = "promises_kept_rate";
  public static final String CANCELLATION_SCORE_MEAN = "cancellation_score_mean";
  public static final String PASSWORD_FINDINGS = "password_findings";

  private Columns() {}
}
