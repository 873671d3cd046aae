package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * B4 of the template bingo (seed 002: "Asiakkaan lisäkysymyksiin ei ole vastattu, koska mallipohja
 * hoitaa vain yhden asian kerrallaan"; seed 004: "Tarkista, vastaako viestisi asiakkaan
 * kysymykseen. Huomioi kaikki asiakkaan kysymykset.").
 *
 * <p>The customer's questions are the question sentences of the prompt's new text ({@link
 * FinnishText#isQuestion}). A question is addressed when the reply's own text contains at least
 * half of the question's content stems (stems left after FinnishAnalyzer's stop words and
 * questions-stopwords.txt; at least one). Stems are compared by prefix when the shorter has four
 * or more letters and the longer adds at most four, because Snowball leaves inflected forms of one word with different stems
 * ("toimitus" / "toimituksen" / "toimitetaan" → toimitus, toimituks, toimit). A question with no
 * content stems ("Miksi?") is addressed by any reply with text. B4 scores a point when the
 * customer asked two or more questions and at least one is not addressed.
 */
public final class QuestionsRule implements Rule {
  /** Shortest stem that may match a longer one by prefix. */
  private static final int MIN_PREFIX = 4;
  /**
   * Longest ending the longer stem may add: an inflection ("toimit" / "toimituks"), not a second
   * compound part ("toimitus" / "toimitusosoitt" are different things to ask about).
   */
  private static final int MAX_ENDING = 4;

  private final FinnishText analysis;
  private final Evidence evidence;
  private final CharArraySet stopWords;

  public QuestionsRule(FinnishText analysis, Evidence evidence) {
    this.analysis = analysis;
    this.evidence = evidence;
    CharArraySet stops = new CharArraySet(FinnishText.defaultStopWords(), false);
    RuleResources.words("questions-stopwords").forEach(stops::add);
    this.stopWords = CharArraySet.unmodifiableSet(stops);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    List<Sentence> asked = input.hasPrompt() ? analysis.questions(input.prompt().newText()) : List.of();
    Set<String> replyStems = contentStems(analysis.tokens(OwnText.of(input.reply(), false)));
    boolean replied = !input.reply().newText().isBlank();
    int addressed = 0;
    Sentence firstMissed = null;
    for (Sentence question : asked) {
      if (covered(contentStems(question.tokens()), replyStems, replied)) {
        addressed++;
      } else if (firstMissed == null) {
        firstMissed = question;
      }
    }
    RuleResult result =
        RuleResult.EMPTY
            .with(RuleColumns.QUESTIONS_ASKED, asked.size())
            .with(RuleColumns.QUESTIONS_ADDRESSED, addressed)
            .with(RuleColumns.B4_POINTS, asked.size() >= 2 && addressed < asked.size() ? 1 : 0);
    return firstMissed == null
        ? result
        : result.withEvidence(RuleColumns.QUESTIONS_ADDRESSED, evidence.of(firstMissed.text()));
  }

  /** Whether a question's content stems are at least half present in the reply's. */
  static boolean covered(Set<String> question, Set<String> reply, boolean replied) {
    if (question.isEmpty()) {
      return replied;
    }
    int hits = 0;
    for (String stem : question) {
      if (reply.stream().anyMatch(r -> sameWord(stem, r))) {
        hits++;
      }
    }
    return hits * 2 >= question.size();
  }

  /**
   * Equal stems, or one a prefix of the other when the shorter has at least four letters and the
   * longer adds at most four.
   */
  static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= MIN_PREFIX
        && longer.length() - shorter.length() <= MAX_ENDING
        && longer.startsWith(shorter);
  }

  private Set<String> contentStems(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    for (Token t : tokens) {
      boolean number = t.surface().chars().allMatch(Character::isDigit);
      if (!number && t.surface().length() > 1 && !stopWords.contains(t.surface())
          && !QuestionDetector.hasQuestionClitic(t.surface())) {
        out.add(t.stem());
      }
    }
    return out;
  }

  /** Content stems of a text, for tests and later rules (B6 shingles). */
  List<String> contentStemsOf(String text) {
    return new ArrayList<>(contentStems(analysis.tokens(text)));
  }
}
