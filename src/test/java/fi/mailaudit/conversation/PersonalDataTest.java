package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
