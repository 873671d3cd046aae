package fi.mailaudit.metrics;

/**
 * The bands of a bingo card's points (seed 002 "Automaattivastausbingo", section "Pisteet"; SPEC
 * §5.1). The Finnish texts are the first sentence of the seed's band paragraph; the seed has no band
 * for 0 points, SPEC §5.1 makes it one of its own, so its Finnish text is ours.
 */
public enum BingoBand {
  NONE(0, 0, "no template habits found", "Mallipohjatapoja ei löytynyt."),
  PERSONAL(1, 2, "personal service almost always", "Yrityksesi antaa henkilökohtaista palvelua lähes aina."),
  TYPICAL(3, 4, "a typical Finnish firm", "Yrityksesi edustaa tyypillistä suomalaisfirmaa."),
  MODEL_FIRM(5, 6, "the model firm of templates",
      "Yrityksesi on mallipohjien ja rutiinivastausten mallifirma."),
  BINGO(7, 7, "Bingo!", "Huuda \"Bingo!\"");

  private final int from;
  private final int to;
  private final String english;
  private final String finnish;

  BingoBand(int from, int to, String english, String finnish) {
    this.from = from;
    this.to = to;
    this.english = english;
    this.finnish = finnish;
  }

  /** The band of a card's points, 0–7. */
  public static BingoBand of(int points) {
    for (BingoBand band : values()) {
      if (points >= band.from && points <= band.to) {
        return band;
      }
    }
    throw new IllegalArgumentException("bingo points must be 0–7, got " + points);
  }

  /** The {@code bingo_band} column: SPEC §5.1's English band text. */
  public String english() {
    return english;
  }

  /** The {@code bingo_band_fi} column: the seed's own words. */
  public String finnish() {
    return finnish;
  }
}
