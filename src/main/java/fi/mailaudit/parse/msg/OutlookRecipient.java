package fi.mailaudit.parse.msg;

/**
 * A sender or recipient as MAPI stores it: a display name, an address of some address type and,
 * for Exchange ({@code EX}) entries, possibly a separate SMTP address.
 *
 * @param kind MAPI_TO (1), MAPI_CC (2) or MAPI_BCC (3) for recipients; 0 for a sender
 * @param name PR_DISPLAY_NAME
 * @param address PR_EMAIL_ADDRESS: an SMTP address, or an X.500 DN when {@code addressType} is EX
 * @param addressType PR_ADDRTYPE ({@code SMTP}, {@code EX}), null when unknown
 * @param smtpAddress PR_SMTP_ADDRESS / PR_SENDER_SMTP_ADDRESS when the store has it
 */
public record OutlookRecipient(
    int kind, String name, String address, String addressType, String smtpAddress) {
  public static final int SENDER = 0;
  public static final int TO = 1;
  public static final int CC = 2;
  public static final int BCC = 3;
}
