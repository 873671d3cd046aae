package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the company's product and service names (SPEC §3 {@code products}, rule B2) in a reply,
 * inflection-tolerant: "Kuitu 100 -liittymäsi" names "Kuitu 100", "Oma Kuitu -sovelluksessa" names
 * "Oma Kuitu -sovellus", "KuituTV:n" names "KuituTV", "TurvaPaketin" names "TurvaPaketti".
 *
 * <p>A name is its tokens in order. A word matches when the Snowball stems agree or when the text
 * word starts with the name word less its last letter (the stemmer keeps "sovellus" whole but cuts
 * "sovelluksessa" to "sovelluks"); numbers and words shorter than four letters must agree exactly,
 * so "Kuitu 100" never names "Kuitu 1000". Finnish writes a case ending on an acronym after a
 * colon ("KuituTV:tä"), which the tokenizer keeps in the word; it is cut before comparing.
 */
final class ProductNames {
  /** Longest case + possessive + clitic ending after a name word: "-ksessammekin". */
  private static final int MAX_ENDING = 8;
  private final FinnishText analysis;
  private final List<List<String>> names = new ArrayList<>();
  private final List<String> originals = new ArrayList<>();

  ProductNames(FinnishText analysis, List<String> products) {
    this.analysis = analysis;
    for (String product : products) {
      List<String> words = analysis.tokens(product).stream().map(t -> bare(t.surface())).toList();
      if (!words.isEmpty()) {
        names.add(words);
        originals.add(product.strip());
      }
    }
  }

  /** The first product named in the tokens, or null. */
  PhraseMatch find(String text, List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      for (int n = 0; n < names.size(); n++) {
        List<String> name = names.get(n);
        if (i + name.size() <= tokens.size() && matchesAt(name, tokens, i)) {
          Token first = tokens.get(i);
          Token last = tokens.get(i + name.size() - 1);
          return new PhraseMatch(originals.get(n), first.start(), last.end(),
              text.substring(first.start(), last.end()));
        }
      }
    }
    return null;
  }

  boolean isEmpty() {
    return names.isEmpty();
  }

  private boolean matchesAt(List<String> name, List<Token> tokens, int from) {
    for (int k = 0; k < name.size(); k++) {
      if (!sameWord(name.get(k), bare(tokens.get(from + k).surface()))) {
        return false;
      }
    }
    return true;
  }

  private boolean sameWord(String nameWord, String textWord) {
    if (nameWord.equals(textWord)) {
      return true;
    }
    if (nameWord.length() < 4 || nameWord.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    return analysis.stem(nameWord).equals(analysis.stem(textWord))
        || (textWord.startsWith(nameWord.substring(0, nameWord.length() - 1))
            && textWord.length() <= nameWord.length() + MAX_ENDING);
  }

  /** "kuitutv:n" → "kuitutv": the case ending after an acronym's colon. */
  private static String bare(String surface) {
    int colon = surface.indexOf(':');
    return colon > 0 ? surface.substring(0, colon) : surface;
  }
}
