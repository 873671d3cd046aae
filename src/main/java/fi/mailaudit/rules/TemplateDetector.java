package fi.mailaudit.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B6 of the template bingo, the pure core (SPEC §5.1: "the reply is a template: a near-duplicate of
 * replies sent to other customers"; seed 002: templated mail "huokuu mallipohjaa" though a person's
 * name stands under it). Spark MLlib's MinHashLSH is not a dependency of this project, so MinHash
 * is implemented here, in a few dozen lines:
 *
 * <ol>
 *   <li>the reply's own new text (greeting, closing and signature already cut by the conversation
 *       stage) is lower-cased into words; numbers and dates become {@code #} and the customer's
 *       first name {@code @}, so "tilauksesi 48213" and "tilauksesi 50117" are the same text;
 *   <li>its word {@value #SHINGLE}-shingles are hashed; replies with fewer than {@value
 *       #MIN_SHINGLES} shingles are too short to call a template ("Kiitos, hoidettu!" is the same
 *       for everyone by chance, not by template);
 *   <li>{@value #HASHES} MinHash values, cut into {@value #BANDS} bands of {@value #ROWS}: two
 *       replies become candidates when a band agrees, which happens with probability 1-(1-J⁴)¹⁶ —
 *       0.98 at Jaccard 0.6, 0.05 at 0.2;
 *   <li>each candidate pair is confirmed on the exact Jaccard of the shingle sets, at least
 *       {@value #THRESHOLD};
 *   <li>a reply is a template when near copies went to at least {@value #MIN_OTHER_CUSTOMERS} other
 *       customers (so at least three customers got the text). Two copies may be one agent reusing
 *       a good answer; three are a template.
 * </ol>
 *
 * <p>A bucket of a mass template can hold thousands of replies; {@link #matchesInBucket} compares
 * each member with at most {@value #MAX_COMPARISONS} others, which is enough to find the
 * {@value #MIN_OTHER_CUSTOMERS} other customers it needs, so the work stays linear in the bucket.
 * Hash coefficients come from a fixed seed: every executor computes the same signatures.
 */
public final class TemplateDetector implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SHINGLE = 3;
  static final int MIN_SHINGLES = 6;
  static final int HASHES = 64;
  static final int BANDS = 16;
  static final int ROWS = HASHES / BANDS;
  static final double THRESHOLD = 0.6;
  public static final int MIN_OTHER_CUSTOMERS = 2;
  static final int MAX_COMPARISONS = 64;
  private static final long PRIME = 2_147_483_647L;
  private static final Pattern WORD = Pattern.compile("\\d+(?:[.,:/-]\\d+)*\\.?|\\p{L}+(?:[-']\\p{L}+)*");

  private final long[] a = new long[HASHES];
  private final long[] b = new long[HASHES];

  /**
   * One reply to fingerprint.
   *
   * @param key the reply's message key
   * @param customer the customer's pseudonym (replies to the same customer never count as copies)
   * @param newText the reply's own new text ({@code BodySections.newText()})
   * @param customerFirstName the customer's first name, or null
   */
  public record Reply(String key, String customer, String newText, String customerFirstName) implements Serializable {}

  /** A reply's shingle hashes (sorted, distinct) and MinHash signature. */
  public record Fingerprint(String key, String customer, int[] shingles, int[] signature) implements Serializable {}

  /** One confirmed near copy: the reply {@code key} has a copy sent to {@code otherCustomer}. */
  public record Match(String key, String otherCustomer) implements Serializable {}

  public TemplateDetector() {
    SplittableRandom random = new SplittableRandom(0x6d61696c61756469L);
    for (int i = 0; i < HASHES; i++) {
      a[i] = 1 + random.nextLong(PRIME - 1);
      b[i] = random.nextLong(PRIME);
    }
  }

  /** The normalised words of a reply's new text. */
  static List<String> words(String text, String customerFirstName) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String name = customerFirstName == null ? null : customerFirstName.toLowerCase(Locale.ROOT);
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      out.add(Character.isDigit(w.charAt(0)) ? "#" : w.equals(name) ? "@" : w);
    }
    return out;
  }

  /** The fingerprint of a reply, or null when it is too short to judge. */
  public Fingerprint fingerprint(Reply reply) {
    List<String> words = words(reply.newText(), reply.customerFirstName());
    Set<Integer> hashes = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      hashes.add(mix(String.join(" ", words.subList(i, i + SHINGLE)).hashCode()));
    }
    if (hashes.size() < MIN_SHINGLES) {
      return null;
    }
    int[] shingles = hashes.stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] signature = new int[HASHES];
    Arrays.fill(signature, Integer.MAX_VALUE);
    for (int s : shingles) {
      long x = s & 0xffffffffL;
      for (int i = 0; i < HASHES; i++) {
        int h = (int) ((a[i] * x + b[i]) % PRIME);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return new Fingerprint(reply.key(), reply.customer(), shingles, signature);
  }

  /** The LSH bucket keys of a fingerprint, one per band. */
  public List<String> bandKeys(Fingerprint f) {
    List<String> keys = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      int[] rows = Arrays.copyOfRange(f.signature(), band * ROWS, band * ROWS + ROWS);
      keys.add(band + ":" + Integer.toHexString(Arrays.hashCode(rows)));
    }
    return keys;
  }

  /** The confirmed near copies among one bucket's members (both directions). */
  public List<Match> matchesInBucket(List<Fingerprint> bucket) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < bucket.size(); i++) {
      Fingerprint f = bucket.get(i);
      int compared = 0;
      Set<String> found = new HashSet<>();
      for (int j = 0; j < bucket.size() && compared < MAX_COMPARISONS && found.size() < MIN_OTHER_CUSTOMERS; j++) {
        Fingerprint g = bucket.get(j);
        if (i == j || g.customer().equals(f.customer()) || found.contains(g.customer())) {
          continue;
        }
        compared++;
        if (jaccard(f.shingles(), g.shingles()) >= THRESHOLD) {
          found.add(g.customer());
          out.add(new Match(f.key(), g.customer()));
        }
      }
    }
    return out;
  }

  /** Exact Jaccard similarity of two sorted, distinct hash arrays. */
  static double jaccard(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** Whether a reply with copies to this many other customers is a template. */
  public static boolean isTemplate(int otherCustomers) {
    return otherCustomers >= MIN_OTHER_CUSTOMERS;
  }

  /**
   * The whole detection in memory (tests, small runs; {@code TemplateStage} does the same on
   * Spark): reply key → number of other customers that got a near copy (capped at what the
   * decision needs); replies too short to judge map to 0.
   */
  public Map<String, Integer> detect(List<Reply> replies) {
    Map<String, List<Fingerprint>> buckets = new HashMap<>();
    Map<String, Integer> copies = new HashMap<>();
    for (Reply r : replies) {
      copies.put(r.key(), 0);
      Fingerprint f = fingerprint(r);
      if (f != null) {
        for (String key : bandKeys(f)) {
          buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
      }
    }
    Map<String, Set<String>> others = new HashMap<>();
    for (List<Fingerprint> bucket : buckets.values()) {
      for (Match m : matchesInBucket(bucket)) {
        others.computeIfAbsent(m.key(), k -> new HashSet<>()).add(m.otherCustomer());
      }
    }
    others.forEach((k, v) -> copies.put(k, v.size()));
    return copies;
  }

  /** Spreads String.hashCode's low-entropy bits (murmur3's finaliser). */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
