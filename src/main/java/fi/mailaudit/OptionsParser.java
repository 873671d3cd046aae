package fi.mailaudit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fi.mailaudit.metrics.CardRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the options of {@code mailaudit run} from an optional YAML config file and the command line;
 * a flag overrides the file. Every key has a default here. Paths in the config file are relative to
 * the file, so a config can travel with its data (see {@code sample-data/audit.yaml}).
 */
public final class OptionsParser {
  static final String DEFAULT_ZONE = "Europe/Helsinki";
  static final String DEFAULT_BUSINESS_START = "08:00";
  static final String DEFAULT_BUSINESS_END = "16:00";
  static final long DEFAULT_SPLIT_MB = 64;
  static final int DEFAULT_PST_SLICE_ITEMS = 2000;

  /** Flag → config key (dotted path in the YAML file). */
  private static final Map<String, String> FLAGS = new LinkedHashMap<>();

  static {
    FLAGS.put("--input", "input");
    FLAGS.put("--output", "output");
    FLAGS.put("--company-domain", "company.domains");
    FLAGS.put("--roster", "roster");
    FLAGS.put("--products", "products");
    FLAGS.put("--timezone", "timezone");
    FLAGS.put("--business-hours", "business_hours");
    FLAGS.put("--quarters", "quarters");
    FLAGS.put("--pseudonym-key-file", "pseudonym_key_file");
    FLAGS.put("--bingo-threshold", "bingo.threshold");
    FLAGS.put("--min-scored-replies", "bingo.min_scored_replies");
    FLAGS.put("--master", "spark.master");
    FLAGS.put("--split-size-mb", "spark.split_size_mb");
    FLAGS.put("--pst-slice-items", "spark.pst_slice_items");
  }

  private static final List<String> REPEATABLE = List.of("input", "company.domains", "quarters");

  private OptionsParser() {}

  /** Parses {@code run}'s arguments (without the word {@code run}). */
  public static AuditOptions parse(List<String> args) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Path configDir = null;
    boolean pseudonymize = true;
    boolean hashInputs = true;
    List<String> rest = new ArrayList<>(args);
    int configAt = rest.indexOf("--config");
    if (configAt >= 0) {
      if (configAt + 1 >= rest.size()) {
        throw new UsageException("--config needs a file");
      }
      Path config = Path.of(rest.get(configAt + 1));
      readConfig(config, values);
      configDir = config.toAbsolutePath().getParent();
      rest.remove(configAt + 1);
      rest.remove(configAt);
    }
    Map<String, List<String>> fromFlags = new LinkedHashMap<>();
    for (int i = 0; i < rest.size(); i++) {
      String flag = rest.get(i);
      if (flag.equals("--keep-customer-identities")) {
        pseudonymize = false;
        continue;
      }
      if (flag.equals("--no-input-hash")) {
        hashInputs = false;
        continue;
      }
      String key = FLAGS.get(flag);
      if (key == null) {
        throw new UsageException("unknown option '" + flag + "'; options: " + String.join(", ", FLAGS.keySet())
            + ", --config, --keep-customer-identities, --no-input-hash");
      }
      if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
        throw new UsageException(flag + " needs a value");
      }
      // --input a b c: every following word up to the next flag is an input.
      do {
        fromFlags.computeIfAbsent(key, k -> new ArrayList<>()).add(rest.get(++i));
      } while (REPEATABLE.contains(key) && i + 1 < rest.size() && !rest.get(i + 1).startsWith("--"));
    }
    Map<String, Path> bases = new LinkedHashMap<>();
    for (String key : values.keySet()) {
      bases.put(key, configDir);
    }
    values.putAll(fromFlags); // a flag replaces the file's value
    for (String key : fromFlags.keySet()) {
      bases.put(key, null);
    }
    return build(values, bases, pseudonymize, hashInputs);
  }

  private static AuditOptions build(
      Map<String, List<String>> v, Map<String, Path> bases, boolean pseudonymize, boolean hashInputs) {
    String[] hours = one(v, "business_hours", DEFAULT_BUSINESS_START + "-" + DEFAULT_BUSINESS_END).split("-");
    if (hours.length != 2) {
      throw new UsageException("business_hours must look like 08:00-16:00, got " + String.join("-", hours));
    }
    return new AuditOptions(
        paths(v, bases, "input"),
        one(v, "output", null),
        v.getOrDefault("company.domains", List.of()),
        path(v, bases, "roster"),
        path(v, bases, "products"),
        zone(one(v, "timezone", DEFAULT_ZONE)),
        time(hours[0]),
        time(hours[1]),
        v.getOrDefault("quarters", List.of()),
        pseudonymize && Boolean.parseBoolean(one(v, "pseudonymize", "true")),
        path(v, bases, "pseudonym_key_file"),
        cardRules(v),
        one(v, "spark.master", null),
        (long) (number(one(v, "spark.split_size_mb", String.valueOf(DEFAULT_SPLIT_MB)), "split size") * 1024 * 1024),
        (int) number(one(v, "spark.pst_slice_items", String.valueOf(DEFAULT_PST_SLICE_ITEMS)), "pst slice items"),
        hashInputs);
  }

  private static CardRules cardRules(Map<String, List<String>> v) {
    double threshold = number(one(v, "bingo.threshold", String.valueOf(CardRules.DEFAULT_THRESHOLD)), "bingo.threshold");
    double min = number(one(v, "bingo.min_scored_replies", String.valueOf(CardRules.DEFAULT_MIN_SCORED_REPLIES)),
        "bingo.min_scored_replies");
    if (min != Math.rint(min)) {
      throw new UsageException("bingo.min_scored_replies must be a whole number, got " + min);
    }
    try {
      return new CardRules(threshold, (int) min);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static void readConfig(Path config, Map<String, List<String>> values) {
    if (!Files.isRegularFile(config)) {
      throw new UsageException("config file not found: " + config);
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(config.toFile());
    } catch (IOException e) {
      throw new UsageException("config file " + config + " is not valid YAML: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new UsageException("config file " + config + " must be a YAML mapping");
    }
    flatten("", root, values, config);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, List<String>> out, Path config) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = prefix + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject() && !key.equals("business_hours")) {
        flatten(key + ".", value, out, config);
        continue;
      }
      if (!FLAGS.containsValue(key) && !key.equals("pseudonymize")) {
        throw new UsageException("unknown key '" + key + "' in " + config + "; known: "
            + String.join(", ", FLAGS.values()) + ", pseudonymize");
      }
      List<String> list = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(element -> list.add(element.asText()));
      } else if (value.isObject()) {
        list.add(value.path("start").asText(DEFAULT_BUSINESS_START) + "-" + value.path("end").asText(DEFAULT_BUSINESS_END));
      } else {
        list.add(value.asText());
      }
      out.put(key, list);
    }
  }

  private static String one(Map<String, List<String>> v, String key, String fallback) {
    List<String> list = v.get(key);
    return list == null || list.isEmpty() ? fallback : list.get(list.size() - 1);
  }

  private static String path(Map<String, List<String>> v, Map<String, Path> bases, String key) {
    String value = one(v, key, null);
    Path base = bases.get(key);
    return value == null || base == null || value.contains("://") ? value : base.resolve(value).normalize().toString();
  }

  private static List<String> paths(Map<String, List<String>> v, Map<String, Path> bases, String key) {
    List<String> out = new ArrayList<>();
    Path base = bases.get(key);
    for (String value : v.getOrDefault(key, List.of())) {
      out.add(base == null || value.contains("://") ? value : base.resolve(value).normalize().toString());
    }
    return out;
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new UsageException("unknown time zone '" + id + "' (use an IANA name such as Europe/Helsinki)");
    }
  }

  private static LocalTime time(String value) {
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeException e) {
      throw new UsageException("not a time of day: '" + value + "' (use HH:MM)");
    }
  }

  private static double number(String value, String what) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new UsageException(what + " must be a number, got '" + value + "'");
    }
  }
}
