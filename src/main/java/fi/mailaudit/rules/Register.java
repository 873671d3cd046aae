package fi.mailaudit.rules;

/**
 * The register of a message (SPEC §5.1 B3, §6 {@code reply_register} / {@code customer_register}):
 * formal (teitittely, business-letter forms), informal (sinuttelu, colloquial; the spec's "relaxed"
 * customer), or unknown (nothing either way: B3 is then not applicable).
 */
public enum Register {
  FORMAL,
  INFORMAL,
  UNKNOWN;

  /** The value in the {@code replies} table. */
  public String column() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
