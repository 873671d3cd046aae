package fi.mailaudit.sampledata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The phrase banks under {@code src/main/resources/sampledata/}: sections {@code [name]} of one
 * alternative a line. Alternatives are filled by {@link #render}: {@code {{formal|informal}}}
 * picks by register, {@code {key}} takes a variable, {@code {product-}} writes a product name as
 * the first part of a Finnish compound ("Kuitu 1000 -", "KuituTV-"), {@code \n} breaks a line.
 *
 * <p>Kept as text resources rather than Java literals so a Finnish reader can review and extend
 * them without touching code.
 */
final class PhraseBank {
  static final String[] FILES = {"company", "names", "phrases", "scenarios", "customer", "special"};

  private final Map<String, List<String>> sections;

  private PhraseBank(Map<String, List<String>> sections) {
    this.sections = sections;
  }

  /** Loads every bundled phrase file once; the result is immutable and shared. */
  static PhraseBank load() {
    Map<String, List<String>> all = new TreeMap<>();
    for (String file : FILES) {
      String path = "/sampledata/" + file + ".txt";
      try (InputStream in = PhraseBank.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + path);
        }
        read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), path, all);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }
    all.replaceAll((k, v) -> List.copyOf(v));
    return new PhraseBank(Map.copyOf(all));
  }

  private static void read(BufferedReader reader, String path, Map<String, List<String>> all)
      throws IOException {
    String section = null;
    String line;
    while ((line = reader.readLine()) != null) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        section = trimmed.substring(1, trimmed.length() - 1);
        if (all.containsKey(section)) {
          throw new IllegalStateException(path + ": section [" + section + "] defined twice");
        }
        all.put(section, new ArrayList<>());
      } else if (section == null) {
        throw new IllegalStateException(path + ": text before the first section: " + trimmed);
      } else {
        all.get(section).add(trimmed.replace("\\n", "\n"));
      }
    }
  }

  boolean has(String section) {
    return sections.containsKey(section);
  }

  /** Every alternative of a section; an unknown section is a programming error, named. */
  List<String> all(String section) {
    List<String> list = sections.get(section);
    if (list == null || list.isEmpty()) {
      throw new IllegalArgumentException("no phrase section [" + section + "]");
    }
    return list;
  }

  /** One alternative, chosen by the caller's seeded generator. */
  String pick(String section, Random rng) {
    List<String> list = all(section);
    return list.get(rng.nextInt(list.size()));
  }

  /** Picks and renders in one step. */
  String say(String section, Random rng, Register register, Map<String, String> vars) {
    return render(pick(section, rng), register, vars);
  }

  /**
   * Fills one alternative. A variable the caller did not give is an error rather than a silent
   * "{first}" in the corpus, which a reader would take for a broken mail merge.
   */
  static String render(String text, Register register, Map<String, String> vars) {
    StringBuilder out = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{' && text.startsWith("{{", i)) {
        int end = text.indexOf("}}", i);
        String body = text.substring(i + 2, end);
        int bar = body.indexOf('|');
        if (bar < 0) {
          throw new IllegalArgumentException("register switch without '|': " + text);
        }
        out.append(register == Register.INFORMAL ? body.substring(bar + 1) : body.substring(0, bar));
        i = end + 2;
      } else if (c == '{') {
        int end = text.indexOf('}', i);
        String key = text.substring(i + 1, end);
        if (key.endsWith("-")) {
          out.append(compoundHead(variable(vars, key.substring(0, key.length() - 1), text)));
        } else {
          out.append(variable(vars, key, text));
        }
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String variable(Map<String, String> vars, String key, String text) {
    String value = vars.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no value for {" + key + "} in: " + text);
    }
    return value;
  }

  /** Finnish orthography: a multi-word name joins a compound with " -" (Kuitu 1000 -liittymä). */
  static String compoundHead(String name) {
    return name.indexOf(' ') >= 0 || name.endsWith("-sovellus") ? name + " -" : name + "-";
  }
}
