package fi.mailaudit.rules;

/**
 * One occurrence of a listed phrase in a text.
 *
 * @param phrase the list line that matched, as written in the resource
 * @param start offset of the first matched character in the text
 * @param end offset after the last matched character
 * @param text the matched words as the author wrote them
 */
public record PhraseMatch(String phrase, int start, int end, String text) {

  /** Whether this match shares a character with another span. */
  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
