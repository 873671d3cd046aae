package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteSplitterTest {

  /** Top-posted replies: new text, then history in one of the clients' formats. */
  static Stream<Arguments> topPostedReplies() {
    return Stream.of(
        Arguments.of(
            "Outlook, Finnish headers",
            "Hei Matti,\n\nKiitos viestistäsi. Tilauksesi 45121 lähtee huomenna.\n\n"
                + "Ystävällisin terveisin\nLiisa Virtanen\nAsiakaspalvelu\nKauppa Oy\n\n"
                + "________________________________\n"
                + "Lähettäjä: Matti Meikäläinen <matti.meikalainen@gmail.com>\n"
                + "Lähetetty: maanantai 3. maaliskuuta 2026 10.15\n"
                + "Vastaanottaja: Asiakaspalvelu <asiakaspalvelu@kauppa.fi>\n"
                + "Aihe: Tilaus 45121\n\nMissä tilaukseni on?",
            "Kiitos viestistäsi. Tilauksesi 45121 lähtee huomenna.",
            "Missä tilaukseni on?"),
        Arguments.of(
            "Outlook, English separator",
            "Hei,\n"
                + "Lasku on nyt hyvitetty.\n"
                + "Terveisin\n"
                + "Pekka\n\n"
                + "-----Original Message-----\n"
                + "From: Maija Mallikas [mailto:maija@example.fi]\n"
                + "Sent: Tuesday, March 4, 2026 9:02 AM\n"
                + "To: Laskutus\n"
                + "Subject: Virheellinen lasku\n\n"
                + "Laskussa on väärä summa.",
            "Lasku on nyt hyvitetty.",
            "Laskussa on väärä summa."),
        Arguments.of(
            "Outlook, Swedish headers",
            "Hej Anna,\n\n"
                + "Tack för ditt meddelande. Vi skickar en ny faktura.\n\n"
                + "Med vänliga hälsningar\n"
                + "Johan\n\n"
                + "Från: Anna Lindqvist <anna@example.se>\n"
                + "Skickat: den 5 mars 2026 14:20\n"
                + "Till: Kundtjänst <kundtjanst@firma.fi>\n"
                + "Ämne: Faktura\n\n"
                + "Fakturan är fel.",
            "Tack för ditt meddelande. Vi skickar en ny faktura.",
            "Fakturan är fel."),
        Arguments.of(
            "Outlook, Finnish separator",
            "Moi,\nhoidettu!\n\n-----Alkuperäinen viesti-----\nLähettäjä: Tiina\nAihe: salasana\n"
                + "En pääse kirjautumaan.",
            "hoidettu!",
            "En pääse kirjautumaan."),
        Arguments.of(
            "Gmail, Finnish attribution and > quotes",
            "Kiitos nopeasta vastauksesta!\n\n"
                + "ma 3.3.2026 klo 10.15 Asiakaspalvelu <tuki@kauppa.fi> kirjoitti:\n"
                + "> Hei,\n"
                + "> paketti on noudettavissa.\n",
            "Kiitos nopeasta vastauksesta!",
            "> paketti on noudettavissa."),
        Arguments.of(
            "Gmail, English attribution wrapped over two lines",
            "Thanks, that solved it.\n\nOn Mon, 3 Mar 2026 at 10:15, Liisa Virtanen <\n"
                + "liisa.virtanen@kauppa.fi> wrote:\n> Please restart the app.",
            "Thanks, that solved it.",
            "> Please restart the app."),
        Arguments.of(
            "Apple Mail, Swedish attribution",
            "Tack, det fungerar nu.\n\n"
                + "Den 3 mars 2026 kl. 10:15 skrev Kundtjänst <kundtjanst@firma.fi>:\n"
                + "> Starta om appen.",
            "Tack, det fungerar nu.",
            "> Starta om appen."),
        Arguments.of(
            "Thunderbird, Finnish attribution, quotes lost in HTML conversion",
            "Selvä, kiitos.\n\n"
                + "Matti Meikäläinen kirjoitti 3.3.2026 klo 10.15:\n"
                + "Hei, missä tilaukseni on?",
            "Selvä, kiitos.",
            "Hei, missä tilaukseni on?"),
        Arguments.of(
            "Gmail forward",
            "Katso alla oleva, voitko hoitaa?\n\n---------- Forwarded message ---------\n"
                + "From: Maija <maija@example.fi>\nDate: ti 4.3.2026 klo 9.02\nSubject: Palautus\n"
                + "To: <tuki@kauppa.fi>\n\nHaluan palauttaa kengät.",
            "Katso alla oleva, voitko hoitaa?",
            "Haluan palauttaa kengät."),
        Arguments.of(
            "Forwarded chain, Finnish separator, two levels",
            "Tiedoksi.\n\n"
                + "-----Välitetty viesti-----\n"
                + "Lähettäjä: Pekka\n"
                + "Lähetetty: 5.3.2026\n"
                + "Vastaanottaja: Tuki\n"
                + "Aihe: VL: Reklamaatio\n\n"
                + "Hoida tämä.\n\n"
                + "-----Alkuperäinen viesti-----\n"
                + "Lähettäjä: Asiakas\n"
                + "Aihe: Reklamaatio\n\n"
                + "Tuote rikki.",
            "Tiedoksi.",
            "Tuote rikki."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topPostedReplies")
  void topPostedReplyKeepsOnlyTheNewText(
      String client, String body, String newText, String inHistory) {
    BodySections s = QuoteSplitter.split(body);
    assertAll(
        () -> assertEquals(newText, s.newText()),
        () -> assertNotNull(s.quoted(), "history found"),
        () -> assertTrue(s.quoted().contains(inHistory), s.quoted()),
        () -> assertFalse(s.newText().contains(inHistory)),
        () -> assertFalse(s.hasInlineReplies()));
  }

  @Test
  void outlookReplyPartsAreNamed() {
    BodySections s =
        QuoteSplitter.split(topPostedReplies().findFirst().orElseThrow().get()[1].toString());
    assertAll(
        () -> assertEquals("Hei Matti,", s.greeting()),
        () -> assertEquals("Ystävällisin terveisin", s.closing()),
        () -> assertEquals("Liisa Virtanen\nAsiakaspalvelu\nKauppa Oy", s.signature()),
        () -> assertFalse(s.quoted().startsWith("Liisa")),
        () -> assertTrue(s.quoted().startsWith("____"), s.quoted()));
  }

  @Test
  void thunderbirdInlineAnswersStayNewText() {
    String body =
        "Matti Meikäläinen kirjoitti 3.3.2026 klo 10.15:\n"
            + "> Mikä on tilaukseni toimitusaika?\n"
            + "Toimitusaika on 3–5 arkipäivää.\n"
            + ">\n> Voiko tilaukseen vielä lisätä tuotteen?\n"
            + "Valitettavasti ei, tilaus on jo pakattu.\n\n"
            + "Terveisin\nLiisa";
    BodySections s = QuoteSplitter.split(body);
    assertAll(
        () -> assertTrue(s.hasInlineReplies()),
        () ->
            assertEquals(
                "Toimitusaika on 3–5 arkipäivää.\n\nValitettavasti ei, tilaus on jo pakattu.",
                s.newText()),
        () -> assertEquals("Terveisin", s.closing()),
        () -> assertEquals("Liisa", s.signature()),
        () -> assertTrue(s.quoted().contains("Voiko tilaukseen")));
  }

  @Test
  void bottomPostedAnswerCountsAsInline() {
    BodySections s = QuoteSplitter.split("> Onko kauppa auki sunnuntaina?\n\nOn, klo 12–18.");
    assertTrue(s.hasInlineReplies());
    assertEquals("On, klo 12–18.", s.newText());
  }

  /** Seed 003's model reply: greeting, matter, wish, closing, name. */
  @Test
  void seedModelReplySplitsIntoTheSeedsParts() {
    String body =
        "Hei,\n\nKiitos viestistänne. Onpa mukava kuulla, että olette olleet tyytyväisiä.\n\n"
            + "Kysykää ihmeessä, jos jokin jäi vielä epäselväksi!\n\nMukavaa viikon jatkoa!\n\n"
            + "Ystävällisin terveisin,\nKirsi Saarnivuo-Myöhänen";
    BodySections s = QuoteSplitter.split(body);
    assertAll(
        () -> assertEquals("Hei,", s.greeting()),
        () -> assertEquals("Mukavaa viikon jatkoa!", s.wish()),
        () -> assertEquals("Ystävällisin terveisin,", s.closing()),
        () -> assertEquals("Kirsi Saarnivuo-Myöhänen", s.signature()),
        () -> assertTrue(s.newText().startsWith("Kiitos viestistänne.")),
        () -> assertTrue(s.newText().endsWith("epäselväksi!")),
        () -> assertNull(s.quoted()));
  }

  static Stream<Arguments> greetings() {
    return Stream.of(
        Arguments.of("Hei Matti,\nTilaus on matkalla.", "Hei Matti,", "Tilaus on matkalla."),
        Arguments.of(
            "Hyvä asiakkaamme,\nTilaus on matkalla.", "Hyvä asiakkaamme,", "Tilaus on matkalla."),
        Arguments.of("Hei Matti, kiitos viestistäsi!", "Hei Matti,", "kiitos viestistäsi!"),
        Arguments.of(
            "Moi mä en saa kirjauduttua sovellukseen",
            "Moi",
            "mä en saa kirjauduttua sovellukseen"),
        Arguments.of(
            "Hyvää päivää!\nLaskunne on maksettu.", "Hyvää päivää!", "Laskunne on maksettu."),
        Arguments.of("Hej Anna!\nFakturan är betald.", "Hej Anna!", "Fakturan är betald."),
        Arguments.of(
            "Dear Mr Smith,\nYour order has shipped.", "Dear Mr Smith,", "Your order has shipped."),
        // Near misses: an adjective or a sentence is not a salutation.
        Arguments.of(
            "Hyvä tuote, mutta laturi ei toimi.", null, "Hyvä tuote, mutta laturi ei toimi."),
        Arguments.of("Tilauksenne on lähetetty.", null, "Tilauksenne on lähetetty."),
        Arguments.of("Heinäkuussa olemme kiinni.", null, "Heinäkuussa olemme kiinni."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("greetings")
  void greetingIsTheOpeningSalutationOnly(String body, String greeting, String newText) {
    BodySections s = QuoteSplitter.split(body);
    assertEquals(greeting, s.greeting());
    assertEquals(newText, s.newText());
  }

  static Stream<Arguments> closingsAndSignatures() {
    return Stream.of(
        Arguments.of("Kiitos avusta!\nTerveisin Matti", "Terveisin", "Matti"),
        Arguments.of("Kiitos avusta!\n\nt. Maija", "t.", "Maija"),
        Arguments.of("Kiitos avusta!\nYst. terv.\nPekka Virtanen", "Yst. terv.", "Pekka Virtanen"),
        Arguments.of(
            "Tack för hjälpen.\nMed vänliga hälsningar\nAnna", "Med vänliga hälsningar", "Anna"),
        Arguments.of("Thanks for your help.\n\nBest regards,\nJohn", "Best regards,", "John"),
        Arguments.of("Kiitos avusta!\n-Pekka", null, "-Pekka"),
        Arguments.of("Kiitos avusta!\n\nMatti", null, "Matti"),
        Arguments.of(
            "Palaan asiaan huomenna.\n\n"
                + "Liisa Virtanen\n"
                + "asiakasneuvoja\n"
                + "puh. 040 123 4567\n"
                + "liisa.virtanen@kauppa.fi",
            null,
            "Liisa Virtanen\nasiakasneuvoja\npuh. 040 123 4567\nliisa.virtanen@kauppa.fi"),
        Arguments.of(
            "Kiitos!\n-- \nMatti Meikäläinen\n040 765 4321",
            null,
            "Matti Meikäläinen\n040 765 4321"),
        Arguments.of("Kiitos avusta!\n\nLähetetty iPhonesta", null, "Lähetetty iPhonesta"),
        // Near misses: prose that starts like a closing, or ends with a phone number in a sentence.
        Arguments.of("Best way to reach us is chat.", null, null),
        Arguments.of("Soittakaa numeroon 09 123 4567.", null, null),
        Arguments.of("Terveisin kaikille tiimissä ja kiitos.", null, null),
        Arguments.of("Tilaus toimitetaan t.ex. postiin.", null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("closingsAndSignatures")
  void closingAndSignatureAreSeparated(String body, String closing, String signature) {
    BodySections s = QuoteSplitter.split(body);
    assertEquals(closing, s.closing());
    assertEquals(signature, s.signature());
    if (signature == null && closing == null) {
      assertEquals(body, s.newText());
    }
  }

  @Test
  void disclaimerAfterSignatureIsItsOwnSection() {
    String body =
        "Hei,\n"
            + "Sopimus on liitteenä.\n"
            + "Ystävällisin terveisin\n"
            + "Liisa Virtanen\n"
            + "Kauppa Oy\n\n"
            + "Tämä viesti on luottamuksellinen ja tarkoitettu vain vastaanottajalle. Jos olet"
            + " saanut tämän viestin erehdyksessä, ilmoita lähettäjälle.";
    BodySections s = QuoteSplitter.split(body);
    assertAll(
        () -> assertEquals("Sopimus on liitteenä.", s.newText()),
        () -> assertEquals("Liisa Virtanen\nKauppa Oy", s.signature()),
        () -> assertTrue(s.disclaimer().startsWith("Tämä viesti on luottamuksellinen")));
  }

  @Test
  void proseMentioningConfidentialityIsNotADisclaimer() {
    BodySections s =
        QuoteSplitter.split("Hei,\nAsiakirja on luottamuksellinen, joten lähetän sen postitse.");
    assertNull(s.disclaimer());
    assertEquals("Asiakirja on luottamuksellinen, joten lähetän sen postitse.", s.newText());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "From: me, not the shop.\nPlease answer.",
        "Asiakas kirjoitti:\nTuote on rikki.",
        "Aihe: lasku\nLaskussa on virhe."
      })
  void proseThatLooksLikeAHeaderIsNotHistory(String body) {
    BodySections s = QuoteSplitter.split(body);
    assertNull(s.quoted());
    assertEquals(body, s.newText());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   \n\n  ", "\r\n"})
  void emptyBodyHasNoSections(String body) {
    assertEquals(BodySections.EMPTY, QuoteSplitter.split(body));
  }

  @Test
  void onlyQuotedHistoryLeavesNoNewText() {
    BodySections s = QuoteSplitter.split("> Hei, missä paketti?\n> Matti");
    assertEquals("", s.newText());
    assertEquals("> Hei, missä paketti?\n> Matti", s.quoted());
  }

  @Test
  void windowsLineEndingsAreHandled() {
    BodySections s = QuoteSplitter.split("Hei,\r\nKiitos tilauksesta!\r\nTerveisin\r\nLiisa\r\n");
    assertEquals("Kiitos tilauksesta!", s.newText());
    assertEquals("Liisa", s.signature());
  }

  /** Random mixes of real fragments and noise: never a crash, never a quoted line in new text. */
  @Test
  void randomBodiesNeverBreakTheSplitter() {
    String[] fragments = {
      "Hei Matti,",
      "> Missä paketti?",
      "Lähettäjä: Matti",
      "Aihe: x",
      "Lähetetty: eilen",
      "-----Original Message-----",
      "-- ",
      "Terveisin",
      "t.",
      "Liisa",
      "puh. 040 123 4567",
      "",
      "Tämä viesti on luottamuksellinen.",
      "On Mon wrote:",
      "kirjoitti 3.3.2026:",
      ">",
      "____________",
      "Kiitos!",
      "\u0000\u2028",
      "ä",
      ":",
      "Best regards,",
      "Hyvä",
      "-Pekka",
      "Mukavaa viikon jatkoa!"
    };
    Random random = new Random(20261123L);
    for (int n = 0; n < 2000; n++) {
      StringBuilder body = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        body.append(fragments[random.nextInt(fragments.length)]);
        body.append(random.nextInt(4) == 0 ? " " : "\n");
      }
      BodySections s = QuoteSplitter.split(body.toString());
      assertNotNull(s.newText(), body::toString);
      Set<String> quotedInput =
          body.toString().lines().filter(l -> l.startsWith(">")).collect(Collectors.toSet());
      assertFalse(s.newText().lines().anyMatch(quotedInput::contains), body::toString);
    }
  }

  @Test
  void longQuotedHistoryIsSplitQuickly() {
    String body = "Kiitos!\n\n" + "> Vanha viesti, rivi joka toistuu.\n".repeat(20_000);
    long start = System.nanoTime();
    BodySections s = QuoteSplitter.split(body);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("Kiitos!", s.newText());
    assertTrue(millis < 2_000, "took " + millis + " ms");
  }
}
