package fi.mailaudit.sampledata;

/**
 * How a writer addresses one reader (SPEC §5.1 B3): teitittely (second person plural) or
 * sinuttelu. The customer's side is "relaxed" or "formal"; an agent either matches it or keeps
 * one register whatever the customer wrote.
 */
enum Register {
  FORMAL,
  INFORMAL;

  String code() {
    return this == FORMAL ? "formal" : "informal";
  }
}
