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
