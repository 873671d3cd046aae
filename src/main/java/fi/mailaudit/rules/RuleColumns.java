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

  private RuleColumns() {}
}
