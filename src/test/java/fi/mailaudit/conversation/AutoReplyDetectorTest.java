package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.conversation.AutoReply.Kind;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.ParsedMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AutoReplyDetectorTest {

  private static final String SEED_003_OOF =
      "Hei,\n\n"
          + "Kiitos viestistänne. Olen lomalla 31.7.2022 asti ja tänä aikana luen sähköpostejani"
          + " vain satunnaisesti.\n\n"
          + "Kiireellisissä tapauksissa ottakaa yhteyttä tuki@wisenetwork.fi.\n\n"
          + "Mukavaa kesää!\n\n"
          + "Ystävällisin terveisin,\n"
          + "Kirsi Saarnivuo-Myöhänen";

  static Stream<Arguments> messages() {
    return Stream.of(
        // name, headers ("name: value" lines), subject, body, expected kind or null for human
        Arguments.of(
            "seed 003 out-of-office, no headers", "", "Tilaus", SEED_003_OOF, Kind.OUT_OF_OFFICE),
        Arguments.of(
            "seed 003 sick-leave variant",
            "",
            "Re: Lasku",
            "Hei,\nOlen sairaslomalla 31.7.2022 asti ja tänä aikana en lue sähköpostejani.",
            Kind.OUT_OF_OFFICE),
        Arguments.of(
            "Exchange Finnish, subject only",
            "",
            "Automaattinen vastaus: Tilaus 45121",
            "Hei, palaan toimistolle maanantaina.",
            Kind.OUT_OF_OFFICE),
        Arguments.of(
            "Swedish out-of-office text",
            "",
            "SV: Faktura",
            "Hej,\n"
                + "Jag är på semester till och med 4 augusti. Brådskande ärenden:"
                + " kundtjanst@firma.fi",
            Kind.OUT_OF_OFFICE),
        Arguments.of(
            "Swedish subject Frånvaro", "", "Frånvaro: Faktura", "Tack.", Kind.OUT_OF_OFFICE),
        Arguments.of(
            "English out-of-office text",
            "",
            "RE: Invoice",
            "Thank you for your email. I am out of the office until Monday 4 August with limited"
                + " access.",
            Kind.OUT_OF_OFFICE),
        Arguments.of("English subject", "", "Out of Office: Invoice", "", Kind.OUT_OF_OFFICE),
        Arguments.of(
            "RFC 3834 auto-replied, text says absence",
            "Auto-Submitted: auto-replied",
            "Re: Tilaus",
            "Olen poissa toimistolta 12.3. saakka.",
            Kind.OUT_OF_OFFICE),
        Arguments.of(
            "RFC 3834 auto-generated notice",
            "Auto-Submitted: auto-generated",
            "Tilausvahvistus",
            "Tilauksesi 45121 on vastaanotettu.",
            Kind.NOTICE),
        Arguments.of(
            "a registration mail only says a machine sent it: a notice, not a reply",
            "",
            "Tervetuloa Oma Kuitu -palveluun",
            "Käyttäjätunnuksesi on luotu. Tämä on automaattinen viesti, älä vastaa tähän viestiin.",
            Kind.NOTICE),
        Arguments.of(
            "an auto-replied echo of feedback stays an acknowledgement despite 'ei voi vastata'",
            "Auto-Submitted: auto-replied",
            "Palaute",
            "Palautteesi on vastaanotettu. Tähän viestiin ei voi vastata.",
            Kind.ACKNOWLEDGEMENT),
        Arguments.of("X-Autoreply", "X-Autoreply: yes", "Re: Kysymys", "", Kind.OTHER),
        Arguments.of("X-Autorespond", "X-Autorespond: 1", "Re: Kysymys", "", Kind.OTHER),
        Arguments.of(
            "Precedence auto_reply", "Precedence: auto_reply", "Re: Kysymys", "", Kind.OTHER),
        Arguments.of(
            "Exchange generated, Automatic reply subject",
            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
            "Automatic reply: Kysymys",
            "",
            Kind.OUT_OF_OFFICE),
        Arguments.of(
            "Precedence bulk newsletter",
            "Precedence: bulk",
            "Uutiskirje maaliskuu",
            "Tarjoukset nyt!",
            Kind.BULK),
        Arguments.of(
            "Precedence list",
            "Precedence: list",
            "[lista] viikkokooste",
            "Viikon viestit.",
            Kind.BULK),
        Arguments.of(
            "old vacation program: bulk plus absence text",
            "Precedence: bulk",
            "Re: Kysymys",
            "Olen kesälomalla 1.8. asti.",
            Kind.OUT_OF_OFFICE),
        Arguments.of(
            "ticketing acknowledgement text",
            "",
            "Tukipyyntö #4521",
            "Hei,\n"
                + "Olemme vastaanottaneet viestisi ja vastaamme kahden arkipäivän kuluessa. Tähän"
                + " viestiin ei voi vastata.",
            Kind.ACKNOWLEDGEMENT),
        Arguments.of(
            "acknowledgement subject",
            "",
            "Vastaanottokuittaus: palaute",
            "Kiitos palautteestasi.",
            Kind.ACKNOWLEDGEMENT),
        Arguments.of(
            "Swedish acknowledgement",
            "",
            "Ärende 881",
            "Vi har tagit emot ditt meddelande.",
            Kind.ACKNOWLEDGEMENT),
        Arguments.of(
            "English acknowledgement",
            "",
            "Ticket 881",
            "We have received your request and will reply soon.",
            Kind.ACKNOWLEDGEMENT),
        // Near misses: humans.
        Arguments.of(
            "agent was on holiday last week",
            "",
            "Re: Tilaus",
            "Hei Matti,\n"
                + "Pahoittelut viiveestä, olin lomalla viime viikolla. Tilauksesi lähtee huomenna.",
            null),
        Arguments.of(
            "agent mentions next week's holiday without date or substitute",
            "",
            "Re: Tilaus",
            "Hei,\nOlen lomalla ensi viikolla, joten hoidin asiasi jo tänään. Tilaus on valmis.",
            null),
        Arguments.of(
            "customer answers an out-of-office",
            "",
            "VS: Automaattinen vastaus: Tilaus",
            "Selvä, odotan vastaustanne.",
            null),
        Arguments.of(
            "Auto-Submitted: no overrides the subject",
            "Auto-Submitted: no",
            "Automaattinen vastaus: Tilaus",
            SEED_003_OOF,
            null),
        Arguments.of("X-Autoreply: no", "X-Autoreply: no", "Re: Kysymys", "Kiitos!", null),
        Arguments.of(
            "plain human reply",
            "",
            "Re: Lasku",
            "Hei, lasku on nyt hyvitetty. Terveisin Liisa",
            null),
        Arguments.of("empty message", "", "", "", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  void classifies(String name, String headers, String subject, String body, Kind expected) {
    AutoReply result =
        AutoReplyDetector.detect(message(headers, subject, body), QuoteSplitter.split(body));
    assertEquals(expected, result.kind(), () -> name + ": " + result);
    assertEquals(expected != null, result.isAutoReply());
    if (expected != null) {
      assertTrue(result.evidence() != null && !result.evidence().isBlank());
    }
  }

  @Test
  void outOfOfficeQuotedInHistoryIsNotAnAutoReply() {
    String body =
        "Hei, kuka hoitaa asiaani sillä välin?\n\nLiisa Virtanen kirjoitti 3.7.2026 klo 10.15:\n"
            + "> Olen lomalla 31.7. asti. Kiireellisissä asioissa ottakaa yhteyttä tukeen.";
    AutoReply result =
        AutoReplyDetector.detect(message("", "Re: Tilaus", body), QuoteSplitter.split(body));
    assertFalse(result.isAutoReply(), result::toString);
  }

  @Test
  void evidenceNamesTheHeader() {
    AutoReply result =
        AutoReplyDetector.detect(
            message("Auto-Submitted: auto-replied; owner-email=\"x@y.fi\"", "Re: x", ""),
            BodySections.EMPTY);
    assertEquals("Auto-Submitted: auto-replied", result.evidence());
  }

  @Test
  void nullSectionsReadNoText() {
    assertEquals(AutoReply.HUMAN, AutoReplyDetector.detect(message("", "Re: Lasku", ""), null));
  }

  @Test
  void recordRejectsAKindWithoutAutoReply() {
    assertThrows(IllegalArgumentException.class, () -> new AutoReply(false, Kind.BULK, "x"));
    assertNull(AutoReply.HUMAN.kind());
  }

  static ParsedMessage message(String headerLines, String subject, String body) {
    Map<String, List<String>> headers = new HashMap<>();
    for (String line : headerLines.split("\n")) {
      if (!line.isBlank()) {
        String[] kv = line.split(":", 2);
        headers.put(kv[0].strip().toLowerCase(Locale.ROOT), List.of(kv[1].strip()));
      }
    }
    return new ParsedMessage(
        new SourceRef("test.mbox", InputFormat.MBOX, "0", null),
        "id@example.fi",
        List.of(),
        List.of(),
        new Address("Liisa Virtanen", "liisa.virtanen@kauppa.fi"),
        List.of(),
        List.of(),
        null,
        subject,
        headers,
        body,
        "text/plain",
        List.of(),
        body.length());
  }
}
