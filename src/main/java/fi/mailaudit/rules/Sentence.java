package fi.mailaudit.rules;

import java.util.List;

/**
 * A sentence (or a greeting / closing line, which {@link SentenceSplitter} treats as one) with its
 * span in the analysed text and its tokens.
 *
 * @param text the sentence as written, trimmed
 * @param start offset of its first character
 * @param end offset after its last character
 * @param tokens its tokens in order; empty for a line of symbols only
 */
public record Sentence(String text, int start, int end, List<Token> tokens) {
  /** What may follow the question mark: regex {@code \s} (ASCII white space), !, ., ), quotes, :, ;, -. */
  private static final String AFTER_QUESTION_MARK = " \t\n\u000B\f\r!.)\"”:;-";

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** Whether the sentence ends in a question mark ("?", "?!", "??"). */
  public boolean endsWithQuestionMark() {
    // A loop, not replaceAll("[\\s!.)\"”:;-]+$", ""): the questions rule asks for every sentence.
    int end = text.length();
    while (end > 0 && AFTER_QUESTION_MARK.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && text.charAt(end - 1) == '?';
  }
}
