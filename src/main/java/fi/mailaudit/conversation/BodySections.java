package fi.mailaudit.conversation;

import java.io.Serializable;

/**
 * A message body split into what its author wrote now and everything else (SPEC §4 "only the new
 * text an author wrote is scored"; issue 3 item 3). The rules read {@link #newText()}; the
 * completeness elements of SPEC §5.3 (greeting, wishes, closing, signature) read the other parts.
 *
 * @param greeting the opening salutation as written ("Hei Matti,", "Hyvä asiakkaamme"), null when
 *     the text starts with the matter itself (seed 002 B1 scores that)
 * @param newText the author's own text without greeting, wish, closing, signature, disclaimer and
 *     quotes; inline answers between quoted lines are kept, one paragraph each; never null
 * @param wish a closing wish standing right above the closing ("Mukavaa viikon jatkoa!", seed 003
 *     "Toivotukset"), null when none; it is not repeated in {@code newText}
 * @param closing the closing salutation ("Ystävällisin terveisin,", "t.", "Best regards"), null
 *     when none
 * @param signature the lines after the closing or the {@code -- } delimiter, or a trailing block of
 *     name / title / phone / company lines; null when none
 * @param disclaimer the legal disclaimer ("Tämä viesti on luottamuksellinen…"), null when none
 * @param quoted the quoted history: {@code >} lines, attribution lines and everything after an
 *     Outlook header block or separator; null when the body quotes nothing
 * @param hasInlineReplies whether the author wrote between or after {@code >}-quoted lines (inline
 *     or bottom-posted answers), as opposed to top-posting above the history
 */
public record BodySections(
    String greeting,
    String newText,
    String wish,
    String closing,
    String signature,
    String disclaimer,
    String quoted,
    boolean hasInlineReplies)
    implements Serializable {

  /** The sections of an empty body: nothing new, nothing quoted. */
  public static final BodySections EMPTY =
      new BodySections(null, "", null, null, null, null, null, false);

  public BodySections {
    if (newText == null) {
      throw new IllegalArgumentException("newText is never null; use \"\" for an empty body");
    }
  }

  /** Whether the body carries quoted history. */
  public boolean hasQuote() {
    return quoted != null;
  }
}
