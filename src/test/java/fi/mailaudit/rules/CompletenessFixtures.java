package fi.mailaudit.rules;

import fi.mailaudit.conversation.QuoteSplitter;

/** Builds rule inputs for the completeness tests; "¶" in a table cell stands for a line break. */
final class CompletenessFixtures {
  static final FinnishText ANALYSIS = new FinnishText();
  static final Evidence EVIDENCE = Evidence.withPasswordMasking();

  private CompletenessFixtures() {}

  /** A reply (and its customer message, or null) as the conversation stage would split them. */
  static ReplyInput input(String customer, String reply) {
    return ReplyInput.of(
        QuoteSplitter.split(lines(reply)),
        customer == null ? null : QuoteSplitter.split(lines(customer)),
        null);
  }

  /** A reply with the body wrapped in a greeting and a closing, so only the body varies. */
  static ReplyInput body(String body) {
    return input(
        "Hei, kysyisin tilauksesta.",
        "Hei Matti,¶¶" + body + "¶¶Terveisin¶Liisa Laine¶Asiakaspalvelu");
  }

  static String lines(String cell) {
    return cell.replace("¶", "\n");
  }

  /** "true" / "false" / "null" (CsvSource cell) as the flag value it names. */
  static Boolean flag(String cell) {
    return cell.equals("null") ? null : Boolean.valueOf(cell);
  }
}
