package fi.mailaudit.rules;

import java.util.List;
import java.util.Set;

/**
 * Tells questions from statements (SPEC §5.1 B4): a sentence ending in "?", or one opened by an
 * interrogative word (question-words.txt) or by a verb carrying the -ko/-kö clitic ("Onko",
 * "Voisitteko", "Löytyykö", "Saisinko", "Onkohan"), or an indirect question after a verb of asking
 * or knowing ("Haluaisin tietää, milloin …", "Mietin, onko …").
 *
 * <p>The clitic is a question marker only on a finite verb opening its clause (Hakulinen et al.,
 * Iso suomen kielioppi §1664), so the word without -ko/-kö must look like a verb form: ending in
 * -i (oli, olisi, voi), -t (ovat, ehdit, saat), a long vowel or a diphthong (saa, tulee, käy), -tte
 * (voisitte), or -n on a form of at least four letters (voin, olen, saan) and the short forms on,
 * en, ei, et. That keeps "Kokko", "kukko", "Heikkö", "Mikko" (stem ends in k), "Hanko", "teko"
 * (too short) and "Ruotsalaisko" (stem ends in s) out; the few remaining nouns and names are in
 * ko-not-clitic.txt. A relative "mikä"/"missä" after a comma ("…, mikä tarkoittaa") opens no
 * question; only a sentence-initial interrogative does, and "mikä tahansa" never.
 */
final class QuestionDetector {
  private static final Set<String> QUESTION_WORDS = RuleResources.words("question-words");
  private static final Set<String> NOT_CLITIC = RuleResources.words("ko-not-clitic");
  private static final Set<String> LEAD_VERB_STEMS = RuleResources.words("question-lead-verbs");
  /** Words that may stand before the interrogative: "Ja onko …", "Entä milloin …". */
  private static final Set<String> OPENERS = Set.of("ja", "mutta", "entä", "sekä", "vai", "eli", "siis", "niin", "no", "ai");
  /** "Mikä tahansa käy", "Miten vain haluatte": indefinite, not asking. */
  private static final Set<String> INDEFINITE = Set.of("tahansa", "hyvänsä", "vain", "vaan");
  private static final Set<String> SHORT_VERBS = Set.of("on", "en", "ei", "et");

  boolean isQuestion(Sentence sentence) {
    if (sentence.endsWithQuestionMark()) {
      return true;
    }
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty()) {
      return false;
    }
    int first = OPENERS.contains(tokens.get(0).surface()) && tokens.size() > 1 ? 1 : 0;
    if (opensQuestion(tokens, first)) {
      return true;
    }
    return indirectQuestion(sentence);
  }

  /** Whether the token at i is an interrogative opening a clause. */
  private static boolean opensQuestion(List<Token> tokens, int i) {
    String word = tokens.get(i).surface();
    if (QUESTION_WORDS.contains(word)) {
      boolean indefinite = i + 1 < tokens.size() && INDEFINITE.contains(tokens.get(i + 1).surface());
      boolean asFor = word.equals("mitä") && i + 1 < tokens.size() && tokens.get(i + 1).stem().startsWith("tul");
      return !indefinite && !asFor;
    }
    return hasQuestionClitic(word);
  }

  /** "Haluaisin tietää, milloin …": a lead verb, a comma, then an interrogative clause. */
  private static boolean indirectQuestion(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    String text = sentence.text();
    for (int i = 1; i < tokens.size(); i++) {
      Token previous = tokens.get(i - 1);
      boolean leadVerb = LEAD_VERB_STEMS.stream().anyMatch(s -> previous.stem().startsWith(s));
      if (!leadVerb) {
        continue;
      }
      int gapFrom = previous.end() - sentence.start();
      int gapTo = tokens.get(i).start() - sentence.start();
      boolean comma = text.substring(gapFrom, gapTo).contains(",");
      String word = tokens.get(i).surface();
      // Without a comma only the clitic counts: "kertoa milloin" is often "kertoa milloin vain".
      if (hasQuestionClitic(word) || comma && QUESTION_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lower-case word is one of the interrogative words (question-words.txt). */
  static boolean isQuestionWord(String word) {
    return QUESTION_WORDS.contains(word);
  }

  /** Whether a lower-case word is a verb form carrying the interrogative -ko/-kö clitic. */
  static boolean hasQuestionClitic(String word) {
    String base = withoutClitic(word);
    if (base == null) {
      return false;
    }
    if (base.length() < 2) {
      return false;
    }
    if (base.length() == 2) {
      return SHORT_VERBS.contains(base);
    }
    char last = base.charAt(base.length() - 1);
    char before = base.charAt(base.length() - 2);
    if (last == 'i' || last == 't') {
      return true;
    }
    if (last == 'n') {
      return base.length() >= 4 && isVowel(before);
    }
    if (isVowel(last) && isVowel(before)) {
      return true; // saa-ko, tulee-ko, käy-kö, voi-ko (i handled above), mahtuu-ko
    }
    return base.endsWith("tte");
  }

  /**
   * The word without its -ko/-kö (also -kohan, -kos and the colloquial -ks of "onks", "voiks"), or
   * null when it has none or is a listed noun.
   */
  static String withoutClitic(String word) {
    if (NOT_CLITIC.contains(word)) {
      return null;
    }
    String w = withoutParticle(word);
    if (w.endsWith("ko") || w.endsWith("kö")) {
      return w.substring(0, w.length() - 2);
    }
    return word.endsWith("ks") && word.length() > 3 ? word.substring(0, word.length() - 2) : null;
  }

  /**
   * The word without a final -han/-hän or -s ("onkohan", "onkos"): what {@code
   * replaceFirst("(han|hän|s)$", "")} did, without a regex per word. A token holds no line break,
   * so the regex's "end of input" was always the end of the word.
   */
  private static String withoutParticle(String word) {
    if (word.endsWith("han") || word.endsWith("hän")) {
      return word.substring(0, word.length() - 3);
    }
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  private static boolean isVowel(char c) {
    return "aeiouyäöå".indexOf(c) >= 0;
  }
}
