package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.conversation.QuoteSplitter;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromiseRuleTest {
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  /** Wednesday 11 March 2026, 10:00 in Helsinki (UTC+2, before the summer-time change on 29.3.). */
  private static final Instant WEDNESDAY = at("2026-03-11T10:00");
  private final PromiseRule rule = new PromiseRule(new FinnishText(), Evidence.withPasswordMasking());

  private static Instant at(String helsinkiLocal) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(helsinkiLocal), HELSINKI).toInstant();
  }

  private RuleResult apply(String sentence, Instant sent) {
    String body = "Hei Maija,\n\nKiitos viestistäsi. " + sentence + "\n\nYstävällisin terveisin\nLiisa";
    return rule.apply(ReplyInput.of(QuoteSplitter.split(body), null, "Maija").withSentAt(sent));
  }

  /** The promise sentence, sent Wednesday 11.3.2026 at 10:00; the deadline in Helsinki time. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Palaan asiaan huomenna. ; 2026-03-12T23:59:59",
        "Palaamme asiaan viimeistään huomiseen mennessä. ; 2026-03-12T23:59:59",
        "Palaamme teille ylihuomenna. ; 2026-03-13T23:59:59",
        "Ilmoitan teille tänään klo 16 mennessä, miten asia etenee. ; 2026-03-11T16:00",
        "Palaan teille asiaan heti ensi viikon alussa ja informoin, miten asia etenee. ; 2026-03-17T23:59:59",
        "Olemme teihin yhteydessä ensi viikolla. ; 2026-03-20T23:59:59",
        "Selvitämme asiaa ja palaan teille päin tämän viikon lopulla. ; 2026-03-13T23:59:59",
        "Lähetämme teille uuden laskun perjantaihin mennessä. ; 2026-03-13T23:59:59",
        "Asentajamme soittaa sinulle maanantaina. ; 2026-03-16T23:59:59",
        "Saatte vastauksen tiistaihin mennessä. ; 2026-03-17T23:59:59",
        "Kerromme ratkaisusta 15.3. mennessä. ; 2026-03-15T23:59:59",
        "Kerromme ratkaisusta 2.4.2026 mennessä. ; 2026-04-02T23:59:59",
        "Palaamme asiaan kahden arkipäivän kuluessa. ; 2026-03-13T23:59:59",
        "Otamme sinuun yhteyttä 3 arkipäivän sisällä. ; 2026-03-16T23:59:59",
        "Ilmoitan klo 12 mennessä, onnistuiko korjaus. ; 2026-03-11T12:00",
        "Ilmoitan klo 9.30 mennessä, onnistuiko korjaus. ; 2026-03-12T09:30",
        "Palaan asiaan ensi viikon perjantaina. ; 2026-03-20T23:59:59",
        "Vastaamme kysymykseesi huomenna klo 12 mennessä. ; 2026-03-12T12:00",
        "Tekninen tukemme on teihin yhteydessä vuorokauden kuluessa. ; 2026-03-12T10:00",
        "Palaamme asiaan tämän kuun loppuun mennessä. ; 2026-03-31T23:59:59",
        "Palaan asiaan perjantaina, ja jos paketti ei löydy, lähetämme uuden. ; 2026-03-13T23:59:59",
        "Lähetän vahvistuksen sinulle vielä tänään. ; 2026-03-11T23:59:59",
        "Uusi lasku tulee sähköpostiisi huomenna. ; 2026-03-12T23:59:59",
        "Lupaan olla sinuun yhteydessä perjantaihin mennessä, kun tiedän enemmän. ; 2026-03-13T23:59:59",
        "Kirjoitan teille uudelleen huomenna klo 12 mennessä ja kerron, miten asia etenee. ; 2026-03-12T12:00",
        "Saat meiltä tiedon asian etenemisestä 17.3. mennessä. ; 2026-03-17T23:59:59",
      })
  void resolvesTheDeadlineInHelsinki(String sentence, String expectedLocal) {
    RuleResult r = apply(sentence, WEDNESDAY);
    assertTrue(r.bool(RuleColumns.PROMISE), r.toString());
    assertEquals(at(expectedLocal), PromiseRule.deadline(r), sentence);
    assertTrue(r.evidence().get(RuleColumns.PROMISE).length() <= Evidence.MAX_LENGTH);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Palaamme asiaan mahdollisimman pian.",
        "Palaan asiaan pian, kun saan tiedon varastolta.",
        "Palaamme asiaan lähipäivinä.",
        "Tilauksenne toimitetaan huomenna.",
        "Ottakaa yhteyttä perjantaihin mennessä, jos vika jatkuu.",
        "Voitte soittaa meille huomenna klo 8 alkaen.",
        "Maksathan laskun 15.3. mennessä.",
        "Olemme olleet yhteydessä toimittajaan tänään.",
        "Palasin asiaan eilen, mutta en saanut teitä kiinni.",
        "Asiakaspalvelumme palvelee arkisin klo 8–16.",
        "Jos ette ole saaneet vastausta perjantaihin mennessä, ottakaa yhteyttä.",
        "Palaan töihin maanantaina.",
        "Palaatteko asiaan huomenna?",
        "Käsittelijä on yhteydessä sinuun kolmen arkipäivän kuluessa, jos tarvitsemme lisätietoja.",
        "Jos vika jatkuu, soitan teille huomenna.",
        "Voitte lähettää meille kuitin perjantaihin mennessä.",
        "''",
      })
  void noResolvablePromise(String sentence) {
    RuleResult r = apply(sentence, WEDNESDAY);
    assertFalse(r.bool(RuleColumns.PROMISE), r.evidence().toString());
    assertNull(PromiseRule.deadline(r));
  }

  @Test
  void workingDaysSkipEaster() {
    // Kiirastorstai 2.4.2026: pitkäperjantai 3.4., the weekend and 2. pääsiäispäivä 6.4. are closed.
    RuleResult r = apply("Palaamme asiaan kahden arkipäivän kuluessa.", at("2026-04-02T15:00"));
    assertEquals(at("2026-04-08T23:59:59"), PromiseRule.deadline(r));
  }

  @Test
  void startOfNextWeekSaidOnMondayIsNotTomorrow() {
    RuleResult r = apply("Palaan asiaan ensi viikon alussa.", at("2026-03-09T09:00"));
    assertEquals(at("2026-03-17T23:59:59"), PromiseRule.deadline(r));
  }

  @Test
  void aDateWithoutYearIsTheNextOne() {
    RuleResult r = apply("Kerromme lisää 15.1. mennessä.", at("2026-12-20T12:00"));
    assertEquals(at("2027-01-15T23:59:59"), PromiseRule.deadline(r));
  }

  @Test
  void weekdayNamedOnThatDayMeansNextWeek() {
    RuleResult r = apply("Soitan teille perjantaina.", at("2026-03-13T09:00"));
    assertEquals(at("2026-03-20T23:59:59"), PromiseRule.deadline(r));
  }

  @Test
  void withoutSendTimeThePromiseIsFoundButNotResolved() {
    RuleResult r = apply("Palaan asiaan huomenna.", null);
    assertTrue(r.bool(RuleColumns.PROMISE));
    assertNull(r.text(RuleColumns.PROMISE_DEADLINE));
    assertEquals("Kiitos viestistäsi. Palaan asiaan huomenna.", r.evidence().get(RuleColumns.PROMISE));
  }

  @Test
  void theEarliestOfTwoPromisesCounts() {
    RuleResult r = apply("Palaan asiaan ensi viikolla. Ilmoitan kuitenkin jo huomenna, mikä tilanne on.", WEDNESDAY);
    assertEquals(at("2026-03-12T23:59:59"), PromiseRule.deadline(r));
    assertTrue(r.evidence().get(RuleColumns.PROMISE).contains("huomenna"));
  }

  @Test
  void aPromiseInTheQuotedHistoryIsNotThisReplys() {
    String body = "Hei,\n\nTässä vielä kuitti.\n\nTerveisin\nLiisa\n\n> Palaan asiaan huomenna.\n> Matti";
    RuleResult r = rule.apply(ReplyInput.of(QuoteSplitter.split(body), null, null).withSentAt(WEDNESDAY));
    assertFalse(r.bool(RuleColumns.PROMISE));
  }
}
