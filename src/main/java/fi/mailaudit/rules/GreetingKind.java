package fi.mailaudit.rules;

import java.util.Locale;

/** How a reply opens (seed 002 B1), with the bingo points the kind scores. */
public enum GreetingKind {
  /** "Hei Matti," — the customer is addressed by name. */
  NAMED(0),
  /** "Hei!", "Hyvä asiakkaamme" — a greeting without a name: one bingo point. */
  GENERIC(1),
  /** No greeting; the message starts with the matter: two bingo points. */
  NONE(2);

  private final int bingoPoints;

  GreetingKind(int bingoPoints) {
    this.bingoPoints = bingoPoints;
  }

  /** B1 points: generic 1, none 2 (seed 002: "Saat kaksi pistettä, jos aloitusta ei ole"). */
  public int bingoPoints() {
    return bingoPoints;
  }

  /** The value in the {@code greeting_kind} column: "named", "generic", "none". */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }
}
