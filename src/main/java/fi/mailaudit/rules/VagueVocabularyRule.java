package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * B2 of the template bingo (seed 002, "Automaattivastausbingo": 'Viesti on sanastoltaan
 * ylimalkainen. Kirjoittaja puhuu "tuotteesta" tai "palvelusta" eikä käytä tuotteen tai palvelun
 * nimeä. Kirjoittaja saattaa myös ohjeistaa lukijaa kolmannessa persoonassa: "asiakas" voi tehdä
 * sitä ja tätä.'). One point when either half holds; the evidence quotes the vague word or the
 * third-person instruction.
 *
 * <p>Vague noun: a word of the tuote / palvelu families (vague-nouns.txt) standing on its own. It is
 * not vague when the reply names any of the company's products (SPEC §3; {@link ProductNames}), when
 * it is the head of a named compound ("Oma Energia -palvelussa", "KuituTV-palvelu": the name stands
 * right before the hyphen), or when "palvelu" means the service given, not sold ("kiitos hyvästä
 * palvelusta", vague-noun-near-misses.txt). Decision for a reply with no product list (none
 * configured) or about something no list entry covers: the vague word still counts, because the
 * seed's complaint is the word that names nothing, not a missing list entry; an auditor who sees
 * "palvelumme" in the evidence can check it in seconds.
 *
 * <p>Third person: the customer word as the one who may, must or will receive
 * (third-person-reader.txt: "Asiakas voi tehdä vahinkoilmoituksen", "asiakkaan tulee",
 * "asiakkaalle lähetetään"). Compounds ("asiakasnumero", "asiakaspalvelumme") are other words.
 */
public final class VagueVocabularyRule implements Rule {
  private final FinnishText analysis;
  private final Evidence evidence;
  private final List<WordFamily> families = new ArrayList<>();
  private final PhraseMatcher nearMisses;
  private final PhraseMatcher thirdPerson;

  /** A nominative and its genitive: the stems and surface beginnings of one noun's forms. */
  private record WordFamily(String nominative, String genitiveBase, String nomStem, String genStem) {
    boolean contains(Token t) {
      // The genitive base ("tuotte-") only begins inflected forms; the nominative ("tuote-",
      // "palvelu-") also begins compounds, so there the stem decides (not "tuotekehitys").
      if (!genitiveBase.equals(nominative) && t.surface().startsWith(genitiveBase)) {
        return true;
      }
      return t.surface().startsWith(nominative) && (t.stem().equals(nomStem) || t.stem().equals(genStem));
    }
  }

  public VagueVocabularyRule(FinnishText analysis, Evidence evidence) {
    this.analysis = analysis;
    this.evidence = evidence;
    for (String line : RuleResources.lines("vague-nouns")) {
      String[] forms = PhraseMatcher.lower(line).split("\\s+");
      if (forms.length != 2 || !forms[1].endsWith("n")) {
        throw new IllegalArgumentException("vague-nouns.txt wants 'nominative genitive': " + line);
      }
      // "tuotteen" → "tuotte-" (tuotteita, tuotteisiimme), "palvelun" → "palvelu-": the genitive
      // less its -n, and less the vowel lengthening that only the singular cases have.
      String genBase = forms[1].substring(0, forms[1].length() - 1);
      int n = genBase.length();
      if (n > 2 && genBase.charAt(n - 1) == genBase.charAt(n - 2) && "aeiouyäö".indexOf(genBase.charAt(n - 1)) >= 0) {
        genBase = genBase.substring(0, n - 1);
      }
      families.add(new WordFamily(forms[0], genBase, analysis.stem(forms[0]), analysis.stem(forms[1])));
    }
    this.nearMisses = PhraseMatcher.load("vague-noun-near-misses", analysis);
    this.thirdPerson = PhraseMatcher.load("third-person-reader", analysis);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    String text = OwnText.of(input.reply(), false);
    List<Token> tokens = analysis.tokens(text);
    List<PhraseMatch> third = thirdPerson.find(text, tokens);
    PhraseMatch vague = vagueNoun(text, tokens, input.products());
    PhraseMatch shown = !third.isEmpty() ? third.get(0) : vague;
    RuleResult result = RuleResult.EMPTY.with(RuleColumns.B2_POINTS, shown == null ? 0 : 1);
    return shown == null ? result : result.withEvidence(RuleColumns.B2_POINTS, evidence.quote(text, shown));
  }

  /** The first vague product noun when the reply names no product, else null. */
  PhraseMatch vagueNoun(String text, List<Token> tokens, List<String> products) {
    ProductNames names = new ProductNames(analysis, products);
    if (!names.isEmpty() && names.find(text, tokens) != null) {
      return null;
    }
    List<PhraseMatch> misses = nearMisses.find(text, tokens);
    for (Token t : tokens) {
      if (families.stream().noneMatch(f -> f.contains(t)) || headOfNamedCompound(text, t)) {
        continue;
      }
      if (misses.stream().noneMatch(m -> m.overlaps(t.start(), t.end()))) {
        return new PhraseMatch("vague noun", t.start(), t.end(), text.substring(t.start(), t.end()));
      }
    }
    return null;
  }

  /** "Oma Energia -palvelussa", "KuituTV-palvelu": a hyphen joins the word to a name before it. */
  private static boolean headOfNamedCompound(String text, Token t) {
    return t.start() > 1 && text.charAt(t.start() - 1) == '-' && Character.isLetterOrDigit(text.charAt(t.start() - 2))
        || t.start() > 2 && text.charAt(t.start() - 1) == '-' && text.charAt(t.start() - 2) == ' '
            && Character.isLetterOrDigit(text.charAt(t.start() - 3));
  }
}
