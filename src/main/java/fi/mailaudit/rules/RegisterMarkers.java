package fi.mailaudit.rules;

import java.util.List;
import java.util.Set;

/**
 * Finds the words that show whom a text addresses, and how (SPEC §5.1 B3): second person plural
 * (te, teidän, verb -tte, possessive -nne, imperative -kaa/-kää) and singular (sinä, sä, listed verb
 * forms in -t, the conditional -isit, the question -tko/-tkö, the singular imperative where an
 * imperative stands). Surface forms are used, not stems: the Snowball stemmer cuts exactly the
 * possessive and personal endings this rule reads (it stems "viestistänne" and "viestistäsi"
 * alike). Passive forms ("laskun voi maksaa", "voidaan") are no signal either way.
 */
final class RegisterMarkers {
  private static final List<String> CLITICS =
      List.of("han", "hän", "kin", "kaan", "kään", "ko", "kö", "pa", "pä", "s");
  /** Words after which a bare verb form is an imperative: "ja lähetä", "niin katso". */
  private static final Set<String> IMPERATIVE_LEAD =
      Set.of("ja", "niin", "sitten", "nyt", "vaan", "tai", "myös", "vielä", "rohkeasti", "siis");

  /**
   * The singular possessive after a case ending ("viestistäsi", "tilauksesi", "osoitteeseesi").
   * A bare "-si" is not enough: the conditional ("olisi", "voisi") and the past tense ("halusi",
   * "lupasi") end so too, and are everywhere in formal text.
   */
  private static final java.util.regex.Pattern POSSESSIVE_SI =
      java.util.regex.Pattern.compile("(ss[aä]|st[aä]|ll[aä]|lt[aä]|lle|kse|n[aä]|ee|uu|yy)si$");

  /**
   * "teille kummallekin", "teille kaikille": a plural that counts heads is many readers, not
   * politeness to one (the customer and a travel companion, a family).
   */
  private static final List<String> NUMBER_WORDS = List.of("kumpi", "kummal", "kummankin", "molem", "kaiki", "kaikk");

  private final Set<String> formalWords = RuleResources.words("register-formal");
  private final Set<String> informalWords = RuleResources.words("register-informal");
  private final Set<String> imperatives = RuleResources.words("register-imperative-singular");
  private final Set<String> exceptionWords = new java.util.HashSet<>();
  private final List<String> exceptionEndings = new java.util.ArrayList<>();

  RegisterMarkers() {
    for (String line : RuleResources.words("register-ending-exceptions")) {
      if (line.startsWith("-")) {
        exceptionEndings.add(line.substring(1));
      } else {
        exceptionWords.add(line);
      }
    }
  }

  /** The first token addressing the reader in the plural, or null. */
  Token firstPlural(List<Sentence> sentences) {
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        if (isPlural(t.surface())) {
          return t;
        }
      }
    }
    return null;
  }

  /** The first token addressing the reader in the singular, or null. */
  Token firstSingular(List<Sentence> sentences) {
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        String word = tokens.get(i).surface();
        if (isSingular(word) || imperativeAt(s, i)) {
          return tokens.get(i);
        }
      }
    }
    return null;
  }

  /** How many tokens address the reader in the plural and in the singular. */
  int[] counts(List<Sentence> sentences) {
    int plural = 0;
    int singular = 0;
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        String word = tokens.get(i).surface();
        boolean counted = i + 1 < tokens.size() && NUMBER_WORDS.stream().anyMatch(tokens.get(i + 1).surface()::startsWith);
        plural += isPlural(word) && !counted ? 1 : 0;
        singular += isSingular(word) || imperativeAt(s, i) ? 1 : 0;
      }
    }
    return new int[] {plural, singular};
  }

  boolean isPlural(String surface) {
    for (String w : forms(surface)) {
      if (formalWords.contains(w)) {
        return true;
      }
      if (isException(w)) {
        continue;
      }
      if (w.length() >= 5 && w.endsWith("tte")
          || w.length() >= 6 && w.endsWith("nne")
          || w.length() >= 5 && (w.endsWith("kaa") || w.endsWith("kää"))) {
        return true;
      }
    }
    return false;
  }

  boolean isSingular(String surface) {
    if ((surface.endsWith("tko") || surface.endsWith("tkö")) && surface.length() >= 5 && !surface.endsWith("jatko")) {
      return true;
    }
    for (String w : forms(surface)) {
      if (informalWords.contains(w) || w.length() >= 6 && w.endsWith("isit")) {
        return true;
      }
      if (w.length() >= 7 && POSSESSIVE_SI.matcher(w).find() && !isException(w)) {
        return true;
      }
    }
    return false;
  }

  /** An imperative stands first in its sentence or clause (after ',' or ':') or after a lead word. */
  private boolean imperativeAt(Sentence s, int i) {
    List<Token> tokens = s.tokens();
    String word = tokens.get(i).surface();
    if (!imperatives.contains(word) && forms(word).stream().noneMatch(imperatives::contains)) {
      return false;
    }
    if (i == 0 || IMPERATIVE_LEAD.contains(tokens.get(i - 1).surface())) {
      return true;
    }
    int from = tokens.get(i - 1).end() - s.start();
    int to = tokens.get(i).start() - s.start();
    String between = from >= 0 && to <= s.text().length() && from <= to ? s.text().substring(from, to) : "";
    return between.indexOf(',') >= 0 || between.indexOf(':') >= 0;
  }

  private boolean isException(String word) {
    return exceptionWords.contains(word) || exceptionEndings.stream().anyMatch(word::endsWith);
  }

  /** The word and the word with up to two clitics cut ("voisittekohan" → "voisitteko", "voisitte"). */
  static List<String> forms(String surface) {
    String one = cut(surface);
    String two = cut(one);
    return List.of(surface, one, two).stream().distinct().toList();
  }

  private static String cut(String word) {
    for (String c : CLITICS) {
      if (word.endsWith(c) && word.length() - c.length() >= 2) {
        return word.substring(0, word.length() - c.length());
      }
    }
    return word;
  }
}
