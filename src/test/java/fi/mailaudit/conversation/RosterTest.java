package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterTest {
  private static final String HEADER = "email,agent_name,department,company,valid_from,valid_to\n";

  static Roster sample() {
    try {
      return Roster.read(Path.of(RosterTest.class.getResource("roster.csv").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Validity dates are inclusive; a moved agent gets the department of the message's day. */
  @ParameterizedTest
  @CsvSource({
    "maija.virtanen@lumivalo.fi, 2025-06-30, Laskutus",
    "maija.virtanen@lumivalo.fi, 2025-07-01, Asiakaspalvelu",
    "Maija.Virtanen@Lumivalo.FI, 2024-01-01, Laskutus",
    "maija.virtanen@lumivalo.fi, 2031-01-01, Asiakaspalvelu",
    "maija.virtanen@lumivalo.fi, 2023-12-31, ",
    "pekka.korhonen@lumivalo.fi, 1999-05-01, Asiakaspalvelu",
    "aino.makinen@kumppani.com,  2025-03-01, Ulkoistettu tuki",
    "aino.makinen@kumppani.com,  2025-10-01, ",
    "jussi.nieminen@lumivalo.fi, 2025-08-15, Myynti",
    "matti.meikalainen@gmail.com, 2025-08-15, ",
  })
  void departmentOnADay(String email, LocalDate day, String department) {
    Optional<RosterEntry> row = sample().lookup(email, day);
    assertEquals(Optional.ofNullable(department), row.map(RosterEntry::department));
  }

  @Test
  void readsQuotedNamesAndCountsRows() {
    Roster roster = sample();
    assertEquals(5, roster.size());
    assertEquals(
        "Korhonen, Pekka",
        roster.lookup("pekka.korhonen@lumivalo.fi", null).orElseThrow().agentName());
    assertTrue(roster.knows("AINO.MAKINEN@kumppani.com"));
    assertFalse(roster.knows(null));
  }

  @Test
  void undatedMessageTakesTheLatestRow() {
    assertEquals(
        "Asiakaspalvelu",
        sample().lookup("maija.virtanen@lumivalo.fi", null).orElseThrow().department());
  }

  @Test
  void headerOnlyAndFourColumnRostersAreFine() {
    assertEquals(0, Roster.parse(HEADER, "tyhjä.csv").size());
    Roster short4 =
        Roster.parse(
            "\uFEFFemail,agent_name,department,company\nliisa.laine@lumivalo.fi,Liisa Laine,Tuki,Lumivalo Oy\n",
            "lyhyt.csv");
    assertEquals("Tuki", short4.lookup("liisa.laine@lumivalo.fi", LocalDate.of(2025, 1, 1)).orElseThrow().department());
    assertEquals(0, Roster.empty().size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "empty file||line 0: no header line",
        "wrong header|sähköposti,nimi,osasto,yritys\\n|line 1: header is",
        "bad date|" + "H\\nmaija@lumivalo.fi,Maija,Laskutus,Lumivalo Oy,2025-13-01,|line 2: valid_from '2025-13-01' is not a date",
        "finnish date|" + "H\\nmaija@lumivalo.fi,Maija,Laskutus,Lumivalo Oy,1.7.2025,|line 2: valid_from '1.7.2025'",
        "too few fields|" + "H\\nmaija@lumivalo.fi,Maija,Laskutus|line 2: 3 fields, the header has 6",
        "not an address|" + "H\\nMaija Virtanen,Maija,Laskutus,Lumivalo Oy|line 2: 'Maija Virtanen' is not an e-mail address",
        "empty department|" + "H\\nmaija@lumivalo.fi,Maija, ,Lumivalo Oy|line 2: department is empty",
        "ends before it starts|" + "H\\nmaija@lumivalo.fi,Maija,Laskutus,Lumivalo Oy,2025-07-01,2025-06-30|line 2: valid_to 2025-06-30 is before valid_from 2025-07-01",
        "overlapping rows|" + "H\\n\\nmaija@lumivalo.fi,Maija,Laskutus,Lumivalo Oy,2025-01-01,2025-07-01\\nmaija@lumivalo.fi,Maija,Tuki,Lumivalo Oy,2025-07-01,|line 4: maija@lumivalo.fi already has a row valid in the same period (line 3)",
        "open quote|" + "H\\n\"maija@lumivalo.fi,Maija,Laskutus,Lumivalo Oy|line 2: a quoted field is not closed",
      })
  void badLinesNameFileLineAndProblem(String what, String csv, String expected) {
    String text = csv == null ? "" : csv.replace("H\\n", HEADER).replace("\\n", "\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Roster.parse(text, "rosteri.csv"));
    assertTrue(
        e.getMessage().startsWith("roster rosteri.csv " + expected),
        what + ": " + e.getMessage());
  }

  @Test
  void fileErrorsNameThePath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("agentit.csv");
    Files.writeString(file, HEADER + "maija@lumivalo.fi,Maija,Laskutus,Lumivalo Oy,eilen,\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Roster.read(file));
    assertTrue(e.getMessage().contains(file + " line 2: valid_from 'eilen'"), e.getMessage());
  }

  @Test
  void aDomainsCompanyIsTheOneTheRosterNamesThereAndOnlyIfOne() {
    Roster roster = sample();
    assertEquals(Optional.of("Lumivalo Oy"), roster.companyOfDomain("lumivalo.fi"));
    assertEquals(Optional.of("Kumppani Ab"), roster.companyOfDomain("kumppani.com"));
    assertEquals(Optional.empty(), roster.companyOfDomain("lumivalo-tuki.fi"));
    Roster shared = Roster.parse("email,agent_name,department,company\n"
        + "a@konserni.fi,A,Myynti,Konserni Oy\n"
        + "b@tytar.konserni.fi,B,Tuki,Tytär Oy\n", "shared.csv");
    assertEquals(Optional.empty(), shared.companyOfDomain("konserni.fi"), "two companies: neither is guessed");
    assertEquals(Optional.of("Tytär Oy"), shared.companyOfDomain("tytar.konserni.fi"));
  }
}
