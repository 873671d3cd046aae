package fi.mailaudit.rules;

import java.util.List;

/**
 * Finds secrets in a text so evidence never shows them (SPEC §5.5: the password "redacted in the
 * evidence and never written anywhere"). Implementations return spans rather than a rewritten
 * string, so {@link Evidence} can cut its window on the original offsets and still hide a secret
 * that the window only partly covers.
 */
public interface Masking {

  /** Masking that hides nothing (for texts known to hold no secrets, and tests). */
  Masking NONE = text -> List.of();

  /** The [start, end) spans of secrets in the text, in any order; never null. */
  List<int[]> secretSpans(String text);
}
