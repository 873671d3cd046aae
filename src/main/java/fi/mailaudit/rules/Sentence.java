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

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** Whether the sentence ends in a question mark ("?", "?!", "??"). */
  public boolean endsWithQuestionMark() {
    return text.replaceAll("[\\s!.)\"”:;-]+$", "").endsWith("?");
  }
}
