package fi.mailaudit.rules;

/**
 * Flag names as the {@code replies} and {@code threads} tables spell them (SPEC §6), in one place
 * so rules, evaluation and the Spark adapter agree. Evidence keys reuse the flag names.
 */
public final class RuleColumns {
  public static final String GREETING_KIND = "greeting_kind";
  public static final String B1_POINTS = "b1_points";
  public static final String THANKS = "thanks";
  public static final String THANKS_FOR_CONTACT = "thanks_for_contact";
  public static final String CUSTOMER_THANKED = "customer_thanked";
  public static final String THANKS_RECEPTION = "thanks_reception";
  public static final String QUESTIONS_ASKED = "questions_asked";
  public static final String QUESTIONS_ADDRESSED = "questions_addressed";
  public static final String B4_POINTS = "b4_points";
  // Bingo card B2, B3, B5, B6 and the card's sum (seed 002 "Automaattivastausbingo", SPEC §5.1).
  public static final String B2_POINTS = "b2_points";
  public static final String REPLY_REGISTER = "reply_register";
  public static final String CUSTOMER_REGISTER = "customer_register";
  public static final String B3_POINTS = "b3_points";
  public static final String B5_POINTS = "b5_points";
  public static final String B6_POINTS = "b6_points";
  public static final String TEMPLATE_COPIES = "template_copies";
  public static final String BINGO_POINTS = "bingo_points";
  // Promises, cancellations, passwords, auto-replies (seeds 002, 003; SPEC §5.3 end, §5.4, §5.5).
  public static final String PROMISE = "promise";
  public static final String PROMISE_DEADLINE = "promise_deadline";
  public static final String CANCELLATION = "cancellation";
  public static final String CANCELLATION_STEPS = "cancellation_steps";
  public static final String PASSWORD_IN_CLEAR = "password_in_clear";
  public static final String AUTO_REPLY_ELEMENTS = "auto_reply_elements";
  public static final String AUTO_REPLY_GREETING = "auto_reply_greeting";
  public static final String AUTO_REPLY_THANKS = "auto_reply_thanks";
  public static final String AUTO_REPLY_ABSENCE = "auto_reply_absence";
  public static final String AUTO_REPLY_CONTACT = "auto_reply_contact";
  public static final String ECHO_AUTO_REPLY = "echo_auto_reply";
  // Settled per thread from the promises above (SPEC §5.4) and the thread's cancellation score.
  public static final String PROMISE_OUTCOME = "promise_outcome";
  public static final String PROMISES_MADE = "promises_made";
  public static final String PROMISES_KEPT = "promises_kept";
  public static final String PROMISES_BROKEN = "promises_broken";
  public static final String PROMISES_OPEN = "promises_open";
  public static final String CANCELLATION_SCORE = "cancellation_score";

  // Response completeness (SPEC §5.3; CompletenessRule and its element rules). Boolean or null =
  // not applicable; timeframe_vague says a present timeframe was only "mahdollisimman pian".
  public static final String HAS_GREETING = "has_greeting";
  public static final String HAS_THANKS_FOR_CONTACT = "has_thanks_for_contact";
  public static final String HAS_ALL_QUESTIONS_ADDRESSED = "has_all_questions_addressed";
  public static final String HAS_TIMEFRAME = "has_timeframe";
  public static final String TIMEFRAME_VAGUE = "timeframe_vague";
  public static final String HAS_APOLOGY = "has_apology";
  public static final String HAS_EMPATHY = "has_empathy";
  public static final String HAS_INVITATION = "has_invitation";
  public static final String HAS_WISHES = "has_wishes";
  public static final String HAS_CLOSING = "has_closing";
  public static final String HAS_SIGNATURE = "has_signature";
  public static final String HAS_STRUCTURE = "has_structure";
  public static final String HAS_MECHANICS = "has_mechanics";
  public static final String COMPLETENESS = "completeness";

  private RuleColumns() {}
}
