package fi.mailaudit.rules;

/**
 * One word of a text as the rules see it: the lower-cased surface form for exact phrases and
 * clitic checks, the Snowball Finnish stem for inflection-blind matching (SPEC §5: "viestistänne,
 * viestistäsi, viestinne" are one word), and its character span in the original text, so
 * evidence quotes what the author actually wrote.
 *
 * @param surface the token lower-cased, as Lucene's LowerCaseFilter leaves it
 * @param stem the Snowball Finnish stem of {@code surface}
 * @param start offset of the first character in the analysed text
 * @param end offset after the last character
 */
public record Token(String surface, String stem, int start, int end) {

  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token span " + start + ".." + end + " for " + surface);
    }
  }
}
