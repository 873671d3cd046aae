package fi.mailaudit.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the author's own lines (quotes already removed) into greeting, new text, wish, closing,
 * signature and disclaimer, in the order seed 003 prescribes for a reply: "Alkutervehdys … asia …
 * Toivotukset … Lopputervehdys", then signature, then (SPEC §4) the legal disclaimer.
 */
final class OwnTextSections {
  private static final PhraseList GREETINGS = PhraseList.load("greetings");
  private static final PhraseList WHOLE_LINE_GREETINGS = PhraseList.load("greetings-whole-line");
  private static final PhraseList CLOSINGS = PhraseList.load("closings");
  private static final PhraseList WISHES = PhraseList.load("wishes");
  private static final PhraseList DISCLAIMERS = PhraseList.load("disclaimers");

  /** A closing sits at most this many lines above the end (long corporate signatures). */
  private static final int CLOSING_WINDOW = 12;

  /** "Hei Matti Meikäläinen," has 3 words after the salutation; more is a sentence. */
  private static final int MAX_GREETING_WORDS = 5;

  private static final int MAX_WISH_WORDS = 10;

  // Compiled once: split runs for every message, and String.matches / split / replaceAll compile
  // their pattern on every call.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.?]$");
  private static final Pattern NAME_GREETING = Pattern.compile("\\p{Lu}[\\p{L}'-]+[,!]");
  private static final Pattern TRAILING_MARK = Pattern.compile("[,!]$");
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'-]*");
  private static final Pattern NAME_AFTER_CLOSING = Pattern.compile("(\\p{Lu}[\\p{L}'.-]*[ ,]*){1,4}");
  private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t]+\n");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

  private OwnTextSections() {}

  static BodySections split(List<String> lines, String quoted, boolean inline) {
    int from = 0;
    int to = lines.size();
    while (from < to && lines.get(from).isBlank()) {
      from++;
    }
    while (to > from && lines.get(to - 1).isBlank()) {
      to--;
    }
    if (from == to) {
      return new BodySections(null, "", null, null, null, null, quoted, inline);
    }
    String[] greetingAndRest = greeting(lines.get(from).strip());
    String greeting = greetingAndRest[0];
    String firstRest = greetingAndRest[1];

    String disclaimer = null;
    for (int i = from + 1; i < to; i++) {
      if (DISCLAIMERS.prefixOf(PhraseList.normalize(lines.get(i))) != null) {
        disclaimer = join(lines, i, to);
        to = i;
        break;
      }
    }
    StringBuilder signature = new StringBuilder();
    for (int i = from + 1; i < to; i++) {
      // RFC 3676 §4.3: "-- " alone on a line; clients often lose the trailing space.
      if (lines.get(i).stripTrailing().equals("--")) {
        signature.append(join(lines, i + 1, to));
        to = i;
        break;
      }
    }
    String closing = null;
    int end = to;
    for (int i = to - 1; i >= Math.max(from, to - CLOSING_WINDOW); i--) {
      String[] closingAndName = closing(lines.get(i).strip());
      if (closingAndName != null && (i > from || greeting == null)) {
        closing = closingAndName[0];
        String below = join(lines, i + 1, to);
        signature.insert(
            0, joinNonEmpty(closingAndName[1], below, signature.length() > 0 ? "\n" : ""));
        end = i;
        break;
      }
    }
    if (closing == null && signature.length() == 0) {
      int block = SignatureLines.blockStart(lines, from + 1, to);
      if (block > from) {
        signature.append(join(lines, block, to));
        end = block;
      }
    }
    String wish = null;
    int last = end - 1;
    while (last > from && lines.get(last).isBlank()) {
      last--;
    }
    if (last > from) {
      String norm = PhraseList.normalize(lines.get(last));
      if (WISHES.foundIn(norm) != null && norm.split(" ").length <= MAX_WISH_WORDS) {
        wish = lines.get(last).strip();
        end = last;
      }
    }
    String body = firstRest + "\n" + (end > from + 1 ? join(lines, from + 1, end) : "");
    if (greeting == null) {
      body = end > from ? join(lines, from, end) : "";
    }
    return new BodySections(
        greeting,
        tidy(body),
        wish,
        closing,
        emptyToNull(signature.toString()),
        emptyToNull(disclaimer),
        quoted,
        inline);
  }

  /** [greeting or null, rest of the first line]. */
  private static String[] greeting(String line) {
    String norm = PhraseList.normalize(line);
    String[] words = SPACES.split(line);
    if (WHOLE_LINE_GREETINGS.prefixOf(norm) != null
        && words.length <= 4
        && !ENDS_SENTENCE.matcher(line).matches()) {
      return new String[] {line, ""};
    }
    String phrase = GREETINGS.prefixOf(norm);
    if (phrase == null) {
      // "Matti," alone on the first line greets by name without a salutation word.
      boolean nameOnly =
          NAME_GREETING.matcher(line).matches()
              && SignatureLines.isKnownName(TRAILING_MARK.matcher(line).replaceAll(""));
      return nameOnly ? new String[] {line, ""} : new String[] {null, line};
    }
    int cut = firstPunctuation(line);
    if (cut >= 0 && SPACES.split(line.substring(0, cut)).length <= MAX_GREETING_WORDS) {
      return new String[] {line.substring(0, cut + 1).strip(), line.substring(cut + 1).strip()};
    }
    // No punctuation: the salutation takes the capitalised names after it ("Hei Matti ja kiitos
    // viestistä" greets Matti), or one more word on a two-word line ("Hei kaikki").
    int phraseWords = phrase.split(" ").length;
    int end = phraseWords;
    while (end < words.length
        && end < phraseWords + 2
        && CAPITALISED.matcher(words[end]).matches()) {
      end++;
    }
    if (words.length == phraseWords + 1) {
      end = words.length;
    }
    return new String[] {
      String.join(" ", Arrays.copyOf(words, end)),
      String.join(" ", Arrays.copyOfRange(words, end, words.length))
    };
  }

  /** [closing phrase as written, name after it or ""], or null when the line is no closing. */
  private static String[] closing(String line) {
    String norm = PhraseList.normalize(line);
    String phrase = CLOSINGS.prefixOf(norm);
    if (phrase == null) {
      return null;
    }
    int cut = Math.min(line.length(), phrase.length());
    while (cut < line.length() && ",.!:".indexOf(line.charAt(cut)) >= 0) {
      cut++;
    }
    String rest = line.substring(cut).strip();
    // "Terveisin Matti" keeps the name for the signature; "Best way to fix this" is prose.
    boolean name =
        NAME_AFTER_CLOSING.matcher(rest).matches() || SignatureLines.isKnownName(rest);
    if (!rest.isEmpty() && !name) {
      return null;
    }
    return new String[] {line.substring(0, cut).strip(), rest};
  }

  private static int firstPunctuation(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (",!:".indexOf(line.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String join(List<String> lines, int from, int to) {
    return from >= to ? "" : String.join("\n", lines.subList(from, to)).strip();
  }

  private static String joinNonEmpty(String a, String b, String tail) {
    String joined = a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
    return joined.isEmpty() ? "" : joined + tail;
  }

  /** Inline answers and removed lines leave runs of blank lines; one blank line is a paragraph. */
  private static String tidy(String text) {
    // Each pattern runs only where it can match: most bodies have neither.
    String trimmed = text.contains(" \n") || text.contains("\t\n")
        ? TRAILING_BLANKS.matcher(text).replaceAll("\n")
        : text;
    String paragraphs =
        trimmed.contains("\n\n\n") ? BLANK_LINES.matcher(trimmed).replaceAll("\n\n") : trimmed;
    return paragraphs.strip();
  }

  private static String emptyToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
