package fi.mailaudit.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A phrase lexicon read from {@code src/main/resources/conversation/<name>.txt}: one phrase a line,
 * {@code #} starts a comment. Phrases live in resources, one file per concern (STYLE.md §6), so a
 * linguist can extend them without touching code. Longest phrases are tried first, so "ystävällisin
 * terveisin" wins over "terveisin". A phrase ending in {@code *} matches its last word as a stem,
 * so one line "olemme vastaanottaneet viesti*" covers viestisi, viestinne and viestiänne.
 */
final class PhraseList {
  /** Bit c set for each character c of regex {@code \s}. */
  private static final long REGEX_SPACES =
      1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << 0x0B | 1L << '\f' | 1L << '\r';

  private final String name;
  private final List<String> phrases;
  /**
   * Each phrase without its stem mark, in the order of {@link #phrases}: the matchers run for every
   * line of every message, so the cores are cut once here, not per call.
   */
  private final String[] cores;

  private PhraseList(String name, List<String> phrases) {
    this.name = name;
    this.phrases = phrases;
    this.cores = phrases.stream().map(PhraseList::core).toArray(String[]::new);
  }

  /** Loads a lexicon; a missing resource is a packaging bug and fails loudly at class load. */
  static PhraseList load(String name) {
    String path = "/conversation/" + name + ".txt";
    List<String> out = new ArrayList<>();
    try (InputStream in = PhraseList.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing from the jar: " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        int hash = line.indexOf('#');
        String phrase = normalize(hash >= 0 ? line.substring(0, hash) : line);
        if (!phrase.isEmpty()) {
          out.add(phrase);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + path, e);
    }
    out.sort(Comparator.comparingInt(String::length).reversed());
    return new PhraseList(name, List.copyOf(out));
  }

  /** Lower case (Finnish letters kept), typographic quotes and dashes folded, spaces collapsed. */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String folded =
        text.replace('\u00a0', ' ')
            .replace('’', '\'')
            .replace('–', '-')
            .replace('—', '-')
            .toLowerCase(Locale.ROOT);
    return collapseSpaces(folded).strip();
  }

  /**
   * Every run of regex {@code \s} characters (ASCII space, tab, line feed, vertical tab, form feed,
   * carriage return) as one space: what {@code replaceAll("\\s+", " ")} did, without compiling a
   * pattern on every call (normalize runs for nearly every line of every message). A text that
   * needs no change is returned as it is.
   */
  private static String collapseSpaces(String text) {
    char[] out = new char[text.length()];
    int n = 0;
    boolean inRun = false;
    boolean changed = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isRegexSpace(c)) {
        out[n++] = c;
        inRun = false;
      } else if (inRun) {
        changed = true;
      } else {
        out[n++] = ' ';
        inRun = true;
        changed |= c != ' ';
      }
    }
    return changed ? new String(out, 0, n) : text;
  }

  /** Regex {@code \s} without flags: {@code [ \t\n\x0B\f\r]}. */
  private static boolean isRegexSpace(char c) {
    return c <= ' ' && (REGEX_SPACES >>> c & 1) != 0;
  }

  /**
   * The longest phrase that a normalised text starts with, ending at a word boundary; null when
   * none.
   */
  String prefixOf(String normalized) {
    for (int p = 0; p < cores.length; p++) {
      if (normalized.startsWith(cores[p]) && endsWord(normalized, 0, p)) {
        return phrases.get(p);
      }
    }
    return null;
  }

  /** The longest phrase found anywhere in a normalised text as whole words; null when none. */
  String foundIn(String normalized) {
    for (int p = 0; p < cores.length; p++) {
      String core = cores[p];
      for (int at = normalized.indexOf(core); at >= 0; at = normalized.indexOf(core, at + 1)) {
        if ((at == 0 || !Character.isLetterOrDigit(normalized.charAt(at - 1)))
            && endsWord(normalized, at, p)) {
          return phrases.get(p);
        }
      }
    }
    return null;
  }

  /** Whether a single normalised word is in the list. */
  boolean contains(String word) {
    return phrases.contains(word);
  }

  List<String> phrases() {
    return phrases;
  }

  @Override
  public String toString() {
    return name + " (" + phrases.size() + " phrases)";
  }

  /**
   * "t." must not match the Swedish "t.ex.", so a letter right after a phrase is never a boundary.
   */
  private boolean endsWord(String text, int at, int p) {
    int end = at + cores[p].length();
    return phrases.get(p).endsWith("*")
        || end >= text.length()
        || !Character.isLetterOrDigit(text.charAt(end));
  }

  private static String core(String phrase) {
    return phrase.endsWith("*") ? phrase.substring(0, phrase.length() - 1) : phrase;
  }
}
