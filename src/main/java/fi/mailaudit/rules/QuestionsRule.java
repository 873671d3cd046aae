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
 * content stems ("Miksi?") is addressed by any reply with text. A question that asks for a time,
 * a count or a price (answer-types.txt) is addressed only when the reply gives one. B4 scores a point when the
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
  /** Shortest compound head that counts: "osoit" in "toimitusosoit", not "tus". */
  private static final int MIN_HEAD = 5;

  private final FinnishText analysis;
  private final Evidence evidence;
  private final CharArraySet stopWords;
  private final Set<String> stopStems = new HashSet<>();
  private final AnswerTypes answerTypes = new AnswerTypes();
  /** Content words a question may have and still be answered by its answer type alone. */
  static final int MAX_WORDS_FOR_TYPED_ANSWER = 3;

  public QuestionsRule(FinnishText analysis, Evidence evidence) {
    this.analysis = analysis;
    this.evidence = evidence;
    CharArraySet stops = new CharArraySet(FinnishText.defaultStopWords(), false);
    RuleResources.words("questions-stopwords").forEach(stops::add);
    this.stopWords = CharArraySet.unmodifiableSet(stops);
    for (Object word : stops) {
      stopStems.add(analysis.stem(new String((char[]) word)));
    }
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    List<Sentence> asked = input.hasPrompt() ? analysis.questions(input.prompt().newText()) : List.of();
    String replyText = OwnText.of(input.reply(), false);
    Set<String> replyStems = contentStems(analysis.tokens(replyText));
    replyStems.addAll(answerTypes.given(replyText));
    boolean replied = !input.reply().newText().isBlank();
    int addressed = 0;
    Sentence firstMissed = null;
    for (Sentence question : asked) {
      Set<String> words = contentStems(question.tokens());
      Set<String> content = new HashSet<>(words);
      content.addAll(answerTypes.asked(question.text()));
      // A short question whose specific answer (time, count, price) the reply gives is answered
      // even without shared words; a long one must also share its content.
      boolean typedAnswer = words.size() <= MAX_WORDS_FOR_TYPED_ANSWER
          && answerTypes.requiredTypeGiven(question.text(), replyText);
      if (typedAnswer
          || covered(content, replyStems, replied) && answerTypes.requiredGiven(question.text(), replyText)) {
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

  /** Whether at least half of a question's content stems are in the reply's. */
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
   * Whether two stems are one word: equal; or sharing a beginning of at least four letters that
   * leaves at most two letters of the shorter and four of the longer (Snowball's uneven stems of
   * one paradigm: "toimit" / "toimituks", "päivitety" / "päivitys"); or one the head of the other
   * as a compound (Finnish compounds end in their head: a "maksumuistutus" is a "muistutus").
   */
  static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (a.startsWith("#") || b.startsWith("#")) {
      return false; // answer types match only themselves
    }
    int common = 0;
    while (common < shorter.length() && shorter.charAt(common) == longer.charAt(common)) {
      common++;
    }
    boolean oneParadigm =
        common >= MIN_PREFIX
            && shorter.length() - common <= 2
            && longer.length() - common <= MAX_ENDING
            && (common == shorter.length() || common >= MIN_PREFIX + 1);
    return oneParadigm || shorter.length() >= MIN_HEAD && longer.endsWith(shorter);
  }

  private Set<String> contentStems(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    for (Token t : tokens) {
      String surface = t.surface();
      String stem = t.stem();
      if (QuestionDetector.hasQuestionClitic(surface)) {
        // "siirretäänkö" asks about "siirretään"; "voiko" / "onko" leave only stop words.
        surface = QuestionDetector.withoutClitic(surface);
        stem = analysis.stem(surface);
      }
      boolean number = surface.chars().noneMatch(Character::isLetter); // 20, 12.3, 0401234567
      if (!number && surface.length() > 1 && !stopWords.contains(surface) && !stopStems.contains(stem)
          && !QuestionDetector.isQuestionWord(surface)) {
        out.add(stem);
      }
    }
    return out;
  }

  /** Content stems of a text, for tests and later rules (B6 shingles). */
  List<String> contentStemsOf(String text) {
    return new ArrayList<>(contentStems(analysis.tokens(text)));
  }
}
