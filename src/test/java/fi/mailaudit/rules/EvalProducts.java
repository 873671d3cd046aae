package fi.mailaudit.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The product list of each evaluation department (rules/eval/products.txt), so rule B2 sees what a
 * run's {@code --products} file would give it. A department without a line has no list.
 */
final class EvalProducts {
  private static final Map<String, List<String>> BY_DEPARTMENT = load();

  private EvalProducts() {}

  static List<String> of(String department) {
    return BY_DEPARTMENT.getOrDefault(department, List.of());
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> out = new HashMap<>();
    try (InputStream in = EvalProducts.class.getResourceAsStream("/rules/eval/products.txt")) {
      if (in == null) {
        return out;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 2);
        out.put(f[0], Arrays.stream(f[1].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
