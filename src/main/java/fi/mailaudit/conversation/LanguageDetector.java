package fi.mailaudit.conversation;

import fi.mailaudit.parse.MailHeaders;
import fi.mailaudit.parse.ParsedMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language of a message's new text: {@code fi}, {@code sv}, {@code en}, {@code other} or {@code
 * und} (issue 3 item 2; SPEC §4 "Finnish rules score Finnish text only"). Built for SHORT
 * customer-service mail ("Kiitos!", "Tack!", "Moi, en saa kirjauduttua"), where n-gram models
 * trained on long text guess: each word votes through frequent-word lexicons per language (spoken
 * Finnish included), unknown words through endings (Finnish case endings, Swedish definite forms,
 * English -ing), and letters add cues (å Swedish; õ Estonian; ß German; Finnish double vowels; b,
 * c, f, q, w, x, z are rare in Finnish words). German and Estonian have lexicons only so that they
 * become {@code other} instead of a wrong guess. No model is downloaded; everything is in
 * resources.
 *
 * <p>{@code und}: no letters (numbers, links, emoticons), or no language scores at all ("OK").
 */
public final class LanguageDetector {
  public static final String FI = "fi";
  public static final String SV = "sv";
  public static final String EN = "en";
  public static final String OTHER = "other";
  public static final String UNDETERMINED = "und";

  private static final List<String> LANGUAGES = List.of(FI, SV, EN, "de", "et");
  private static final Map<String, List<String>> WORDS = wordIndex();
  private static final Map<String, List<String>> SUFFIXES = suffixIndex();
  static final Pattern NOISE =
      Pattern.compile("(?i)https?://\\S+|www\\.\\S+|\\S+@\\S+|\\d+([.,:/-]\\d+)*");
  /**
   * {@link #NOISE} without its address branch, for the (most) texts without an '@': that branch
   * can never match there, and trying it at every character (backtracking through each word) was
   * half the detector's time.
   */
  static final Pattern NOISE_WITHOUT_ADDRESSES =
      Pattern.compile("(?i)https?://\\S+|www\\.\\S+|\\d+([.,:/-]\\d+)*");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");
  /** The first subtag of a Content-Language value ("fi-FI", "sv-FI, en"). */
  private static final Pattern TAG_END = Pattern.compile("[-,;\\s]");
  /** Vowels that double in Finnish (aa, ee, ii, oo, uu, yy, ää, öö). */
  private static final String DOUBLING_VOWELS = "aeiouyäö";
  /** Letters rare in Finnish words. */
  private static final String NON_FINNISH_LETTERS = "bcfqwxzå";

  /** Below this, nothing in the text speaks for any language. */
  private static final double MIN_SCORE = 0.5;

  private static final double SUFFIX_WEIGHT = 0.4;
  private static final double LETTER_WEIGHT = 0.3;

  private LanguageDetector() {}

  /**
   * The language of a message's new text; when the text cannot tell ("OK", a link), the sender's
   * Content-Language header (RFC 3282) decides if it names fi, sv or en. Never null.
   */
  public static String detect(ParsedMessage message, BodySections sections) {
    String detected = detect(sections == null ? "" : sections.newText());
    String declared = message.header(MailHeaders.CONTENT_LANGUAGE);
    if (!detected.equals(UNDETERMINED) || declared == null) {
      return detected;
    }
    // "fi-FI", "sv-FI, en": the first tag's primary subtag.
    String primary = TAG_END.split(declared.strip(), 2)[0].toLowerCase(Locale.ROOT);
    return primary.equals(FI) || primary.equals(SV) || primary.equals(EN) ? primary : detected;
  }

  /** The language code of a text (use the new text, not the quoted history). Never null. */
  public static String detect(String text) {
    Map<String, Double> scores = scores(text);
    String best = null;
    double bestScore = 0;
    double second = 0;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        second = bestScore;
        bestScore = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    if (best == null || bestScore < MIN_SCORE || bestScore == second) {
      return UNDETERMINED;
    }
    return best.equals(FI) || best.equals(SV) || best.equals(EN) ? best : OTHER;
  }

  /** Per-language evidence of a text; package-private for tests and tuning. */
  static Map<String, Double> scores(String text) {
    Map<String, Double> scores = new HashMap<>();
    if (text == null) {
      return scores;
    }
    String normalized = PhraseList.normalize(text);
    Pattern noise = normalized.indexOf('@') < 0 ? NOISE_WITHOUT_ADDRESSES : NOISE;
    String clean = noise.matcher(normalized).replaceAll(" ");
    Matcher m = WORD.matcher(clean);
    while (m.find()) {
      scoreWord(m.group(), scores);
    }
    return scores;
  }

  private static void scoreWord(String word, Map<String, Double> scores) {
    List<String> known = WORDS.get(word);
    if (known != null) {
      // A word several languages share ("on", "en", "ja") is split between them.
      known.forEach(lang -> scores.merge(lang, 1.0 / known.size(), Double::sum));
    } else if (word.length() >= 4) {
      for (int cut = Math.min(4, word.length() - 2); cut >= 2; cut--) {
        List<String> langs = SUFFIXES.get(word.substring(word.length() - cut));
        if (langs != null) {
          langs.forEach(lang -> scores.merge(lang, SUFFIX_WEIGHT / langs.size(), Double::sum));
          break;
        }
      }
    }
    letterCues(word, scores);
  }

  private static void letterCues(String word, Map<String, Double> scores) {
    if (word.indexOf('å') >= 0) {
      scores.merge(SV, 2 * LETTER_WEIGHT, Double::sum);
    }
    if (word.indexOf('õ') >= 0) {
      scores.merge("et", 3 * LETTER_WEIGHT, Double::sum);
    }
    if (word.indexOf('ß') >= 0 || word.indexOf('ü') >= 0) {
      scores.merge("de", 2 * LETTER_WEIGHT, Double::sum);
    }
    if (word.length() >= 4 && hasFinnishVowelPair(word)) {
      scores.merge(FI, LETTER_WEIGHT, Double::sum);
    }
    if (hasNonFinnishLetter(word)) {
      scores.merge(FI, -LETTER_WEIGHT, Double::sum);
    }
  }

  /**
   * A long vowel (aa … öö) or one of the diphthongs uo, yö, ie. A loop over the word's letters
   * rather than a regex: it runs for every word of every message.
   */
  static boolean hasFinnishVowelPair(String word) {
    for (int i = 1; i < word.length(); i++) {
      char a = word.charAt(i - 1);
      char b = word.charAt(i);
      if (a == b && DOUBLING_VOWELS.indexOf(a) >= 0
          || a == 'u' && b == 'o'
          || a == 'y' && b == 'ö'
          || a == 'i' && b == 'e') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNonFinnishLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (NON_FINNISH_LETTERS.indexOf(word.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, List<String>> wordIndex() {
    Map<String, List<String>> index = new HashMap<>();
    for (String lang : LANGUAGES) {
      Set<String> words = new HashSet<>();
      for (String line : PhraseList.load("language-words-" + lang).phrases()) {
        words.addAll(List.of(line.split(" ")));
      }
      words.forEach(w -> index.computeIfAbsent(w, k -> new ArrayList<>()).add(lang));
    }
    return Map.copyOf(index);
  }

  private static Map<String, List<String>> suffixIndex() {
    Map<String, List<String>> index = new HashMap<>();
    for (String entry : PhraseList.load("language-suffixes").phrases()) {
      String[] parts = entry.split(" ", 2);
      index.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(parts[0]);
    }
    return Map.copyOf(index);
  }
}
