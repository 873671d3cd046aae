package fi.mailaudit.parse;

/**
 * Header names the pipeline reads, as lower-case keys of {@link ParsedMessage#headers()}. One place,
 * as Tika keeps its metadata keys, so that no stage spells a header its own way.
 */
public final class MailHeaders {
  public static final String MESSAGE_ID = "message-id";
  public static final String IN_REPLY_TO = "in-reply-to";
  public static final String REFERENCES = "references";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String CC = "cc";
  public static final String DATE = "date";
  public static final String SUBJECT = "subject";
  public static final String CONTENT_LANGUAGE = "content-language";
  /** RFC 3834. */
  public static final String AUTO_SUBMITTED = "auto-submitted";
  public static final String X_AUTOREPLY = "x-autoreply";
  public static final String X_AUTORESPOND = "x-autorespond";
  public static final String PRECEDENCE = "precedence";
  /** Exchange marks its own out-of-office and other generated mail with this. */
  public static final String X_MS_EXCHANGE_GENERATED_MESSAGE_SOURCE =
      "x-ms-exchange-generated-message-source";
  public static final String RETURN_PATH = "return-path";

  private MailHeaders() {}
}
