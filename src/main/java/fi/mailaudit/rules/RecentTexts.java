package fi.mailaudit.rules;

import java.util.function.Function;

/**
 * One analysis's results for the last few texts it was asked about. The thirteen rules read the
 * same few texts of one reply in turn (its own text, the prompt, the sign-off), and in the issue 7
 * profile tokenising them again for every rule, and scanning them again for secrets for every
 * quote, was about a tenth of the rules' CPU; kept for the last handful of texts, each is analysed
 * once per reply. The results handed out are shared, so they must be immutable.
 *
 * <p>Bounded and not thread-safe: one per analysis object, and so one per Spark partition, like
 * the {@link FinnishText} it serves.
 *
 * @param <V> the result of the analysis of one text
 */
final class RecentTexts<V> {
  private final String[] texts;
  private final Object[] results;
  private int next;

  /** Remembers the results of the last {@code size} distinct texts. */
  RecentTexts(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("must remember at least one text, got " + size);
    }
    texts = new String[size];
    results = new Object[size];
  }

  /** The result for {@code text}: remembered, or computed now and remembered in place of the oldest. */
  @SuppressWarnings("unchecked")
  V get(String text, Function<String, V> analysis) {
    for (int i = 0; i < texts.length; i++) {
      String known = texts[i];
      // The same String object is the common case (the rules share the reply's sections).
      if (known == text || known != null && known.equals(text)) {
        return (V) results[i];
      }
    }
    V result = analysis.apply(text);
    texts[next] = text;
    results[next] = result;
    next = (next + 1) % texts.length;
    return result;
  }
}
