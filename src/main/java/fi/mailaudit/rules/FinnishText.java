package fi.mailaudit.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.FinnishStemmer;

/**
 * The Finnish analysis core of the rules (issue 4 item 1): the components of Lucene's {@link
 * FinnishAnalyzer} — {@link StandardTokenizer}, {@link LowerCaseFilter} and the Snowball {@link
 * FinnishStemmer} — plus sentence splitting and question detection.
 *
 * <p>The stemmer is applied per token rather than through a {@code SnowballFilter} because the
 * rules need the surface form next to the stem (clitics, exact phrases, evidence); SnowballFilter
 * does nothing else than {@code setCurrent(term); stem()} on the same buffer, so the stems are the
 * ones FinnishAnalyzer indexes. FinnishAnalyzer's stop set is available per rule through {@link
 * #defaultStopWords()}; no stop word is removed from the token stream itself, because "ei" and
 * "olla" carry meaning for the rules ("ei kiitos", "olkaa hyvä").
 *
 * <p>Not thread-safe: the tokenizer and stemmer are reused. Build one per partition (STYLE.md §2).
 */
public final class FinnishText {
  private static final int STEM_MEMO_SIZE = 50_000;
  /** A reply, its prompt, their own texts and sign-off lines: the texts one reply's rules share. */
  private static final int RECENT_TEXTS = 8;
  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final TokenStream stream = new LowerCaseFilter(tokenizer);
  private final CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
  private final FinnishStemmer stemmer = new FinnishStemmer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final QuestionDetector questions = new QuestionDetector();
  // Snowball stemming was a tenth of the rules' CPU in the issue 7 profile, and service mail reuses
  // a small vocabulary: a bounded memo (dropped when full) keeps the hit rate without growing.
  private final Map<String, String> stems = new HashMap<>();
  // Every rule asks for the same reply's tokens and sentences (issue 7: analysed once per reply).
  private final RecentTexts<List<Token>> recentTokens = new RecentTexts<>(RECENT_TEXTS);
  private final RecentTexts<List<Sentence>> recentSentences = new RecentTexts<>(RECENT_TEXTS);

  /**
   * The tokens of a text with surface, stem and offsets, read-only; null or blank gives none. The
   * list is shared with the other rules that ask about the same text.
   */
  public List<Token> tokens(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return recentTokens.get(text, this::tokenize);
  }

  private List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    try {
      tokenizer.setReader(new StringReader(text));
      stream.reset();
      while (stream.incrementToken()) {
        String surface = term.toString();
        out.add(new Token(surface, stem(surface), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      // A StringReader does not fail; if Lucene ever does, the caller must not see half a text.
      throw new UncheckedIOException("tokenising a string failed", e);
    } finally {
      closeQuietly();
    }
    return Collections.unmodifiableList(out);
  }

  /** The Snowball Finnish stem of one lower-cased word. */
  public String stem(String lowerCaseWord) {
    String known = stems.get(lowerCaseWord);
    if (known != null) {
      return known;
    }
    stemmer.setCurrent(lowerCaseWord);
    stemmer.stem();
    String stem = stemmer.getCurrent();
    if (stems.size() >= STEM_MEMO_SIZE) {
      stems.clear();
    }
    stems.put(lowerCaseWord, stem);
    return stem;
  }

  /** The sentences of a text, each with its tokens (see {@link SentenceSplitter}), read-only. */
  public List<Sentence> sentences(String text) {
    return text == null ? split("") : recentSentences.get(text, this::split);
  }

  private List<Sentence> split(String text) {
    List<Token> all = tokens(text);
    List<Sentence> out = new ArrayList<>();
    int next = 0;
    for (int[] span : splitter.split(text)) {
      List<Token> inside = new ArrayList<>();
      while (next < all.size() && all.get(next).start() < span[1]) {
        if (all.get(next).start() >= span[0]) {
          inside.add(all.get(next));
        }
        next++;
      }
      out.add(new Sentence(text.substring(span[0], span[1]), span[0], span[1], inside));
    }
    return Collections.unmodifiableList(out);
  }

  /** Whether a sentence asks something (SPEC §5.1 B4; see {@link QuestionDetector}). */
  public boolean isQuestion(Sentence sentence) {
    return questions.isQuestion(sentence);
  }

  /** The questions among a text's sentences. */
  public List<Sentence> questions(String text) {
    return sentences(text).stream().filter(this::isQuestion).toList();
  }

  /** FinnishAnalyzer's default stop words (pronouns, "olla", conjunctions), read-only. */
  public static CharArraySet defaultStopWords() {
    return FinnishAnalyzer.getDefaultStopSet();
  }

  private void closeQuietly() {
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the tokenizer failed", e);
    }
  }
}
