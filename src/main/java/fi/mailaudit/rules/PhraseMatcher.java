package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the phrases of one rule's list in a text as sequences of stems, so one line covers the
 * inflected forms (SPEC §5: "viestistänne, viestistäsi, viestinne"), and reports where they are so
 * evidence quotes the author's own words.
 *
 * <p>List syntax, one phrase a line ({@code #} comments):
 *
 * <ul>
 *   <li>words are stemmed with the same Snowball Finnish stemmer as the text: "kiitos viestistänne"
 *       also matches "kiitos viestistäsi" and "kiitos viestistä";
 *   <li>{@code a|b|c} gives alternatives for one word: "kiitos|kiitokset|kiitämme viestistänne";
 *   <li>a lone {@code *} lets up to {@value #MAX_GAP} other words stand there: "kiitos * viestistä"
 *       matches "Kiitos paljon viestistä" and "kiitos nopeasta viestistä";
 *   <li>a word ending in {@code *} matches any word starting so: "asiakaspalvelu*"; one starting
 *       with {@code *} any longer word ending so: "*kaa" (the plural imperative "lähettäkää");
 *   <li>a line ending in {@code $} matches only where its sentence or clause ends there ("ei
 *       kestä $" is "Ei kestä!", not "Toimitus ei kestä kauan");
 *   <li>a line starting with {@code =} matches lower-cased surface forms, not stems, for phrases
 *       the stemmer would blur ("=ei kiitos" must not match "ei kiitoksia");
 *   <li>a line starting with {@code !} is a near miss: a match overlapping it is dropped ("!ei
 *       kestä kiittää" keeps the thanks list from firing on seed 001's brush-off).
 * </ul>
 *
 * <p>A phrase never spans a sentence end ("!", "?", ";", a line break, or a full stop followed by a
 * capital). Overlapping matches resolve to the longest, leftmost first. Candidates are looked up by
 * the first word's stem, so the cost is one hash probe per token.
 */
public final class PhraseMatcher {
  /** Words a {@code *} gap may skip: "kiitos [todella paljon nopeasta] vastauksesta". */
  static final int MAX_GAP = 3;

  private final String name;
  private final FinnishText analysis;
  private final FirstWordIndex positives = new FirstWordIndex();
  private final FirstWordIndex exclusions = new FirstWordIndex();
  private int size;

  private PhraseMatcher(String name, List<String> lines, FinnishText analysis) {
    this.name = name;
    this.analysis = analysis;
    for (String line : lines) {
      boolean exclusion = line.startsWith("!");
      String body = exclusion ? line.substring(1).strip() : line;
      (exclusion ? exclusions : positives).add(Phrase.compile(line, body, analysis));
      size++;
    }
  }

  /** Loads {@code /rules/<name>.txt}; a missing or malformed list fails loudly. */
  public static PhraseMatcher load(String name, FinnishText analysis) {
    return new PhraseMatcher(name, RuleResources.lines(name), analysis);
  }

  /** A matcher over phrase lines given in code (tests, small fixed lists). */
  public static PhraseMatcher of(String name, List<String> lines, FinnishText analysis) {
    return new PhraseMatcher(name, lines, analysis);
  }

  /** The matches in a text (tokenised here). */
  public List<PhraseMatch> find(String text) {
    return find(text, analysis.tokens(text));
  }

  /** The matches in a text whose tokens the caller already has. */
  public List<PhraseMatch> find(String text, List<Token> tokens) {
    if (text == null || tokens.isEmpty()) {
      return List.of();
    }
    List<PhraseMatch> found = positives.scan(text, tokens);
    if (found.isEmpty()) {
      return found;
    }
    List<PhraseMatch> nearMisses = exclusions.scan(text, tokens);
    found.removeIf(m -> nearMisses.stream().anyMatch(x -> m.overlaps(x.start(), x.end())));
    found.sort(Comparator.comparingInt(PhraseMatch::start).thenComparing(m -> -(m.end() - m.start())));
    List<PhraseMatch> out = new ArrayList<>();
    int covered = -1;
    for (PhraseMatch m : found) {
      if (m.start() >= covered) {
        out.add(m);
        covered = m.end();
      }
    }
    return out;
  }

  /** The first match, or null. */
  public PhraseMatch first(String text) {
    List<PhraseMatch> all = find(text);
    return all.isEmpty() ? null : all.get(0);
  }

  @Override
  public String toString() {
    return name + " (" + size + " phrases)";
  }

  /**
   * Phrases by their first word: a stem, a surface form ({@code =} lines), or, for a first word
   * given as a prefix or ending, tried at every token. One hash probe per token and kind, with no
   * key string built per token (issue 7: building "s:" + stem keys was a twentieth of the rules).
   */
  private static final class FirstWordIndex {
    private final Map<String, List<Phrase>> byStem = new HashMap<>();
    private final Map<String, List<Phrase>> bySurface = new HashMap<>();
    private final List<Phrase> everywhere = new ArrayList<>();

    void add(Phrase phrase) {
      Phrase.Slot first = phrase.slots().get(0);
      if (first.hasPrefix()) {
        everywhere.add(phrase);
        return;
      }
      Map<String, List<Phrase>> byKey = phrase.exact() ? bySurface : byStem;
      for (String word : first.words()) {
        byKey.computeIfAbsent(word, k -> new ArrayList<>()).add(phrase);
      }
    }

    /** Every match of every phrase, in token order; for each token the candidates in index order. */
    List<PhraseMatch> scan(String text, List<Token> tokens) {
      List<PhraseMatch> out = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        tryAll(everywhere, text, tokens, i, out);
        tryAll(byStem.get(t.stem()), text, tokens, i, out);
        tryAll(bySurface.get(t.surface()), text, tokens, i, out);
      }
      return out;
    }

    private static void tryAll(List<Phrase> candidates, String text, List<Token> tokens, int i, List<PhraseMatch> out) {
      if (candidates == null) {
        return;
      }
      for (Phrase p : candidates) {
        int last = p.matchAt(text, tokens, i);
        if (last >= 0) {
          int start = tokens.get(i).start();
          int end = tokens.get(last).end();
          out.add(new PhraseMatch(p.source(), start, end, text.substring(start, end)));
        }
      }
    }
  }

  /** Lower case for surface comparison (Lucene's LowerCaseFilter uses the root locale too). */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
