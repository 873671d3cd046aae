package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.parse.ParsedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
  /** Issue 3 item 2 asks for at least this accuracy on fi / sv / en short mail. */
  private static final double REQUIRED_ACCURACY = 0.97;

  private static final double HELD_OUT_FLOOR = 0.90;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Kiitos! | fi",
        "Tack! | sv",
        "Thanks! | en",
        "Moi, mä en saa kirjautua | fi",
        "Moi, en saa kirjauduttua sovellukseen | fi", // Finnish without ä/ö
        "Paketti ei oo viela tullut | fi",
        "Hej, var är min beställning? | sv",
        "Where is my order? | en",
        "Wo ist meine Bestellung? | other",
        "Kus on minu tellimus? | other",
      })
  void shortMessages(String text, String expected) {
    assertEquals(expected, LanguageDetector.detect(text));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"45121", "040 123 4567", "https://kauppa.fi/tilaus/1", ":)", "   "})
  void nothingToReadIsUndetermined(String text) {
    assertEquals(LanguageDetector.UNDETERMINED, LanguageDetector.detect(text));
  }

  /** The language is the author's, not the history's: a Finnish answer above English quotes. */
  @Test
  void newTextDecidesNotTheQuotedHistory() {
    String body =
        "Hei,\nTilauksesi lähti tänään matkaan.\nTerveisin\nLiisa\n\n-----Original Message-----\n"
            + "From: John Smith\nSent: Monday\nTo: Support\nSubject: Order\n\n"
            + "Hi, where is my order? I ordered it two weeks ago and nothing has arrived yet.";
    assertEquals(LanguageDetector.FI, LanguageDetector.detect(QuoteSplitter.split(body).newText()));
    assertEquals(
        LanguageDetector.EN, LanguageDetector.detect(body.substring(body.indexOf("Hi, where"))));
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "OK | fi-FI | fi", // text cannot tell: the declared language decides
        "OK | sv-FI, en | sv",
        "OK | de-DE | und", // only fi / sv / en are taken from the header
        "OK | - | und",
        "Thanks a lot! | fi-FI | en", // the text wins over a client's default header
      })
  void contentLanguageOnlyBreaksTies(String body, String contentLanguage, String expected) {
    Map<String, List<String>> headers =
        contentLanguage == null ? Map.of() : Map.of("content-language", List.of(contentLanguage));
    ParsedMessage message =
        new ParsedMessage(
            null,
            null,
            List.of(),
            List.of(),
            null,
            List.of(),
            List.of(),
            null,
            null,
            headers,
            body,
            "text/plain",
            List.of(),
            body.length());
    assertEquals(expected, LanguageDetector.detect(message, QuoteSplitter.split(body)));
  }

  @Test
  void randomTextGivesAKnownCode() {
    Random random = new Random(7L);
    List<String> codes = List.of("fi", "sv", "en", "other", "und");
    for (int n = 0; n < 1000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(40); k >= 0; k--) {
        text.append((char) (random.nextInt(3) == 0 ? ' ' : 0x20 + random.nextInt(0x2FF)));
      }
      assertTrue(codes.contains(LanguageDetector.detect(text.toString())), text::toString);
    }
  }

  @Test
  void accuracyOnLabelledShortSentences() throws IOException {
    Map<String, int[]> tally = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (String lang : List.of("fi", "sv", "en")) {
      for (String line : lines("language-" + lang + ".txt")) {
        count(tally, misses, lang, line);
      }
    }
    for (String line : lines("language-other.txt")) {
      String[] parts = line.split("\t", 2);
      count(tally, misses, parts[0], parts[1]);
    }
    StringBuilder report = new StringBuilder();
    tally.forEach(
        (lang, t) ->
            report.append(
                String.format("%s %d/%d = %.3f%n", lang, t[0], t[1], (double) t[0] / t[1])));
    System.out.println("LanguageDetector accuracy\n" + report + "misses: " + misses);
    for (String lang : List.of("fi", "sv", "en")) {
      int[] t = tally.get(lang);
      assertTrue(t[1] >= 150, lang + " needs at least 150 labelled sentences, has " + t[1]);
      assertTrue((double) t[0] / t[1] >= REQUIRED_ACCURACY, report + " misses " + misses);
    }
  }

  /**
   * Sentences written after the lexicons were fixed, never used to tune them: the honest estimate.
   * The floor is lower than on the tuning set because 30 sentences a language make each miss 3.3
   * points; the measured value is printed for the report.
   */
  @Test
  void accuracyOnHeldOutSentences() throws IOException {
    Map<String, int[]> tally = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (String line : lines("language-heldout.txt")) {
      String[] parts = line.split("\t", 2);
      count(tally, misses, parts[0], parts[1]);
    }
    int right = tally.values().stream().mapToInt(t -> t[0]).sum();
    int all = tally.values().stream().mapToInt(t -> t[1]).sum();
    System.out.printf(
        "LanguageDetector held-out: %d/%d = %.3f, misses %s%n",
        right, all, (double) right / all, misses);
    assertTrue((double) right / all >= HELD_OUT_FLOOR, misses::toString);
  }

  private static void count(
      Map<String, int[]> tally, List<String> misses, String lang, String text) {
    String got = LanguageDetector.detect(text);
    int[] t = tally.computeIfAbsent(lang, k -> new int[2]);
    t[1]++;
    if (got.equals(lang)) {
      t[0]++;
    } else {
      misses.add(lang + "→" + got + ": " + text);
    }
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in =
        LanguageDetectorTest.class.getResourceAsStream("/conversation/" + resource)) {
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
      return out;
    }
  }

  /** Without an '@' the address branch of the noise pattern never matches, so it can be left out. */
  @Test
  void noiseWithoutAddressesEqualsNoiseOnTextWithoutAt() {
    for (String text : RandomText.strings(17, 20_000, 30, "ab 1.2,3:4/5-6 http://www.x HTTPS://y\t\n")) {
      assertEquals(LanguageDetector.NOISE.matcher(text).replaceAll(" "),
          LanguageDetector.NOISE_WITHOUT_ADDRESSES.matcher(text).replaceAll(" "), text);
    }
  }

  @Test
  void finnishVowelPairsAreFoundAsTheRegexFoundThem() {
    java.util.regex.Pattern pairs = java.util.regex.Pattern.compile("aa|ee|ii|oo|uu|yy|ää|öö|uo|yö|ie");
    for (String word : RandomText.strings(19, 20_000, 6, "aeiouyäöåAÄ")) {
      assertEquals(pairs.matcher(word).find(), LanguageDetector.hasFinnishVowelPair(word), word);
    }
  }
}
