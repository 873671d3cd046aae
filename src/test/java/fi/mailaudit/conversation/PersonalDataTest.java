package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.ParsedMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Matti Virtanen: laskuvirhe|[asiakas] [asiakas]: laskuvirhe",
        "VS: Matin tilaus 4521|VS: [asiakas] tilaus 4521",
        "Soittopyyntö 040 123 4567|Soittopyyntö [puhelinnumero]",
        "Re: vahvistus osoitteeseen matti.virtanen@example.fi|Re: vahvistus osoitteeseen ***@***",
        "Laskutusvirhe 2026/03|Laskutusvirhe 2026/03",
      })
  void aSubjectLosesTheCustomersNameNumberAndAddress(String subject, String masked) {
    Address customer = new Address("Virtanen Matti", "matti.virtanen@example.fi");
    ParsedMessage m = new ParsedMessage(new SourceRef("f", InputFormat.EML, "0", null), null, List.of(), List.of(),
        customer, List.of(new Address("Asiakaspalvelu", "asiakaspalvelu@yritys.fi")), List.of(),
        Instant.parse("2026-03-02T08:00:00Z"), subject, Map.of(), "", "none", List.of(), 1);
    MessageRoles roles = new MessageRoles(null, Direction.INBOUND, "matti.virtanen@example.fi");
    assertEquals(masked, MessageAuditor.maskedSubject(m, roles));
  }

  @Test
  void weakGradeFollowsFinnishConsonantGradation() {
    assertEquals("Mati", PersonalData.weakGrade("Matti"));
    assertEquals("Juka", PersonalData.weakGrade("Jukka"));
    assertEquals("Liisa", PersonalData.weakGrade("Liisa"));
  }

  /** Skipping the patterns where they cannot match ('@', seven digits) must change no text. */
  @Test
  void maskContactsEqualsBothPatternsRunOnRandomText() {
    java.util.regex.Pattern address =
        java.util.regex.Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*");
    java.util.regex.Pattern phone = java.util.regex.Pattern.compile(
        "(?<![\\p{N}+])(?:\\+358|00358|\\(?0)[ -]?\\(?\\d{1,3}\\)?(?:[ -]?\\d){5,8}(?![\\p{N}])");
    for (String text : RandomText.strings(31, 50_000, 20, "0123456789004 -()+358@ma.fi٣")) {
      String expected = phone.matcher(address.matcher(text).replaceAll(PersonalData.ADDRESS_MASK))
          .replaceAll(PersonalData.PHONE_MASK);
      assertEquals(expected, PersonalData.maskContacts(text), text);
    }
  }

  @Test
  void aNamesPatternIsCompiledOncePerThread() {
    NamePatterns patterns = new NamePatterns(2);
    java.util.regex.Pattern matti = patterns.forName("Matti");
    assertSame(matti, patterns.forName("Matti"));
    assertEquals(PersonalData.nameForms("Matti").pattern(), matti.pattern());
    assertEquals(PersonalData.maskName("Hei Matille", "Matti"), PersonalData.maskName("Hei Matille", " Matti "));
  }

  @Test
  void namePatternsKeepOnlyTheMostRecentlyUsed() {
    NamePatterns patterns = new NamePatterns(2);
    java.util.regex.Pattern matti = patterns.forName("Matti");
    patterns.forName("Liisa");
    patterns.forName("Matti"); // used again: Liisa is now the eldest
    patterns.forName("Pekka");
    assertEquals(2, patterns.size());
    assertSame(matti, patterns.forName("Matti"));
    assertEquals(2, patterns.size());
  }

  @Test
  void namePatternsNeedRoom() {
    assertThrows(IllegalArgumentException.class, () -> new NamePatterns(0));
  }
}
