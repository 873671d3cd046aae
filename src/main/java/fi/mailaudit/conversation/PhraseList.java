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
  private final String name;
  private final List<String> phrases;

  private PhraseList(String name, List<String> phrases) {
    this.name = name;
    this.phrases = phrases;
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
    return text.replace('\u00a0', ' ')
        .replace('’', '\'')
        .replace('–', '-')
        .replace('—', '-')
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }

  /**
   * The longest phrase that a normalised text starts with, ending at a word boundary; null when
   * none.
   */
  String prefixOf(String normalized) {
    for (String phrase : phrases) {
      String core = core(phrase);
      if (normalized.startsWith(core) && endsWord(normalized, core, phrase)) {
        return phrase;
      }
    }
    return null;
  }

  /** The longest phrase found anywhere in a normalised text as whole words; null when none. */
  String foundIn(String normalized) {
    for (String phrase : phrases) {
      String core = core(phrase);
      for (int at = normalized.indexOf(core); at >= 0; at = normalized.indexOf(core, at + 1)) {
        if ((at == 0 || !Character.isLetterOrDigit(normalized.charAt(at - 1)))
            && endsWord(normalized.substring(at), core, phrase)) {
          return phrase;
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
  private static boolean endsWord(String text, String core, String phrase) {
    int end = core.length();
    return phrase.endsWith("*")
        || end >= text.length()
        || !Character.isLetterOrDigit(text.charAt(end));
  }

  private static String core(String phrase) {
    return phrase.endsWith("*") ? phrase.substring(0, phrase.length() - 1) : phrase;
  }
}
