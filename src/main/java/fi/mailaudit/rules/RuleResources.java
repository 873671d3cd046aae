package fi.mailaudit.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the word and phrase lists under {@code src/main/resources/rules/}: one entry a line, text
 * after {@code #} is a comment, blank lines are skipped. Lists live in resources so a linguist can
 * extend them without touching code (STYLE.md §6).
 */
final class RuleResources {
  private RuleResources() {}

  /** The non-empty lines of {@code /rules/<name>.txt}, comments removed, trimmed. */
  static List<String> lines(String name) {
    String path = "/rules/" + name + ".txt";
    List<String> out = new ArrayList<>();
    try (InputStream in = RuleResources.class.getResourceAsStream(path)) {
      if (in == null) {
        // A missing list is a packaging bug: fail at class load, never score with an empty lexicon.
        throw new IllegalStateException("rule resource missing from the jar: " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule resource " + path, e);
    }
    return List.copyOf(out);
  }

  /** The lines of a word list, lower-cased, as a set. */
  static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (String line : lines(name)) {
      out.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }
}
