package fi.mailaudit.conversation;

import java.io.Serializable;

/**
 * Whether a message was written by a machine on someone's behalf, and what kind (issue 3 item 5).
 * Auto-replies never count as a human response (SPEC §5.4); out-of-office replies are scored
 * separately (SPEC §5.3, seed 003 §3).
 *
 * @param isAutoReply true when headers, subject or text show the message is automatic
 * @param kind what kind of automatic message; null exactly when {@code isAutoReply} is false
 * @param evidence the header or phrase that decided it, at most 120 characters (SPEC §5), null when
 *     not automatic
 */
public record AutoReply(boolean isAutoReply, Kind kind, String evidence) implements Serializable {

  /** SPEC §5: evidence is at most 120 characters. */
  static final int MAX_EVIDENCE = 120;

  /** A message no signal marks as automatic. */
  public static final AutoReply HUMAN = new AutoReply(false, null, null);

  /** Kinds of automatic message. */
  public enum Kind {
    /** "Olen lomalla 31.7. asti" (seed 003 §3), Exchange "Automatic reply:". */
    OUT_OF_OFFICE,
    /** "Olemme vastaanottaneet viestisi" from a ticketing system or web form (seed 002). */
    ACKNOWLEDGEMENT,
    /** Precedence: bulk / list / junk: newsletters and mass mail, system-ish, never a response. */
    BULK,
    /**
     * RFC 3834 {@code Auto-Submitted: auto-generated}: a machine's notice that answers nothing (a
     * registration confirmation, an order receipt): automatic, but not a reply.
     */
    NOTICE,
    /** Marked as an automatic reply by headers, saying nothing more. */
    OTHER
  }

  public AutoReply {
    if (isAutoReply != (kind != null)) {
      throw new IllegalArgumentException("kind must be set exactly for auto-replies, got " + kind);
    }
    if (evidence != null && evidence.length() > MAX_EVIDENCE) {
      evidence = evidence.substring(0, MAX_EVIDENCE - 1) + "…";
    }
  }

  /**
   * True for automatic replies to someone's message (out-of-office, acknowledgement, RFC 3834
   * auto-replied); false for human mail and for automatic mail that answers nothing (bulk, notices).
   * This is the {@code messages.is_auto_reply} column.
   */
  public boolean isReply() {
    return isAutoReply && kind != Kind.BULK && kind != Kind.NOTICE;
  }

  /** True for mass mail and machine notices: mail no agent wrote, whatever address sent it. */
  public boolean isMachineMail() {
    return kind == Kind.BULK || kind == Kind.NOTICE;
  }

  static AutoReply of(Kind kind, String evidence) {
    return new AutoReply(true, kind, evidence);
  }
}
