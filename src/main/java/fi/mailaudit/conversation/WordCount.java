package fi.mailaudit.conversation;

/**
 * Counts words as a reader would: runs of letters or digits (ä, ö, å included), joined across a
 * hyphen or apostrophe ("Matti-Pekka" is one word); a line of dashes counts none.
 */
public final class WordCount {
  private WordCount() {}

  public static int of(String text) {
    if (text == null) {
      return 0;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar || (inWord && (text.charAt(i) == '-' || text.charAt(i) == '\'')
          && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)));
    }
    return words;
  }
}
