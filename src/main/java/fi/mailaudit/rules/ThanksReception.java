package fi.mailaudit.rules;

import java.util.Locale;

/** How the company met a customer's thanks (seed 001 "Ei kiitos kiitoksesta"; SPEC §5.2). */
public enum ThanksReception {
  /** "Ole hyvä", "Mukava olla avuksi", "Kiitos myös itsellenne". */
  GRACIOUS,
  /** "Ei kestä kiittää", "Eipä mitään", "Tätähän varten täällä olen". */
  DISMISSIVE,
  /** The reply does not acknowledge the thanks at all. */
  IGNORED,
  /** The thanking message got no reply. */
  NO_REPLY;

  /** The value in the {@code thanks_reception} column. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }
}
