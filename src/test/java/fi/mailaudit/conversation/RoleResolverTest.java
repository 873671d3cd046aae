package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.mailaudit.parse.Address;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleResolverTest {
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final RoleResolver RESOLVER =
      new RoleResolver(Set.of("Lumivalo.fi", "@lumivalo-tuki.fi"), RosterTest.sample(), HELSINKI);

  private static Address a(String email) {
    return new Address(null, email);
  }

  @ParameterizedTest
  @CsvSource({
    // system senders, and near misses that are people
    "MAILER-DAEMON@posti.lumivalo.fi, SYSTEM",
    "postmaster@elisa.fi,              SYSTEM",
    "noreply@verkkokauppa.com,         SYSTEM",
    "no-reply@lumivalo.fi,             SYSTEM",
    "no_reply@op.fi,                   SYSTEM",
    "donotreply@kela.fi,               SYSTEM",
    "do-not-reply@posti.fi,            SYSTEM",
    "bounces+12345-abc@lists.fi,       SYSTEM",
    "bounce@uutiskirje.fi,             SYSTEM",
    "laskutus.noreply@lumivalo.fi,     SYSTEM",
    "bouncer@kuntosali.fi,             CUSTOMER",
    "reply@kysely.fi,                  CUSTOMER",
    "norberg@gmail.com,                CUSTOMER",
    "noreplyt.kalle@gmail.com,         CUSTOMER",
    "postmasters-fanclub@hotmail.com,  CUSTOMER",
    // agents: roster, domain, subdomain, case; look-alike domains are customers
    "jussi.nieminen@lumivalo.fi,       AGENT",
    "aino.makinen@kumppani.com,        AGENT",
    "Tiina.Koski@LUMIVALO.FI,          AGENT",
    "tiina.koski@asiakaspalvelu.lumivalo.fi, AGENT",
    "tiina.koski@lumivalo-tuki.fi,     AGENT",
    "tiina.koski@eilumivalo.fi,        CUSTOMER",
    "tiina.koski@lumivalo.fi.example.com, CUSTOMER",
    "matti.meikalainen@gmail.com,      CUSTOMER",
  })
  void roleOfASender(String email, Role role) {
    assertEquals(role, RESOLVER.identify(a(email), LocalDate.of(2025, 8, 1)).role(), email);
  }

  @Test
  void rosterGivesDepartmentOnTheDayAndDomainGivesUnknown() {
    Address maija = new Address("Maija V.", "maija.virtanen@lumivalo.fi");
    assertEquals(
        new SenderIdentity(Role.AGENT, "maija.virtanen@lumivalo.fi", "Maija Virtanen", "Laskutus", "Lumivalo Oy"),
        RESOLVER.identify(maija, LocalDate.of(2025, 6, 30)));
    assertEquals("Asiakaspalvelu", RESOLVER.identify(maija, LocalDate.of(2025, 7, 1)).department());
    // before her first roster row she still writes from the company domain, for the company the
    // roster names there; a domain the roster says nothing of stands for its company itself
    assertEquals(
        new SenderIdentity(Role.AGENT, "maija.virtanen@lumivalo.fi", "Maija V.", "unknown", "Lumivalo Oy"),
        RESOLVER.identify(maija, LocalDate.of(2023, 6, 1)));
    assertEquals("lumivalo-tuki.fi", RESOLVER.identify(a("tuki@lumivalo-tuki.fi"), LocalDate.of(2025, 8, 1)).company());
    // an outsourced agent is an agent only while the contract runs
    Address aino = a("aino.makinen@kumppani.com");
    assertEquals(Role.AGENT, RESOLVER.identify(aino, LocalDate.of(2025, 9, 30)).role());
    assertEquals(Role.CUSTOMER, RESOLVER.identify(aino, LocalDate.of(2025, 10, 1)).role());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "customer asks|matti@gmail.com|jussi.nieminen@lumivalo.fi|INBOUND|matti@gmail.com",
        "agent answers|jussi.nieminen@lumivalo.fi|matti@gmail.com|OUTBOUND|matti@gmail.com",
        "agent answers, colleague first|jussi.nieminen@lumivalo.fi|maija.virtanen@lumivalo.fi,Matti@Gmail.com|OUTBOUND|matti@gmail.com",
        "agent to agent|jussi.nieminen@lumivalo.fi|maija.virtanen@lumivalo.fi,tuki@lumivalo-tuki.fi|INTERNAL|",
        "agent to nobody|jussi.nieminen@lumivalo.fi||INTERNAL|",
        "agent to a no-reply|jussi.nieminen@lumivalo.fi|noreply@verkkokauppa.com|INTERNAL|",
        "own no-reply to customer|no-reply@lumivalo.fi|matti@gmail.com|OUTBOUND|matti@gmail.com",
        "own no-reply to agent|no-reply@lumivalo.fi|jussi.nieminen@lumivalo.fi|INTERNAL|",
        "foreign bounce|MAILER-DAEMON@mx.gmail.com|jussi.nieminen@lumivalo.fi|INBOUND|",
        "customer to customer|matti@gmail.com|liisa@hotmail.com|INBOUND|matti@gmail.com",
      })
  void direction(String what, String from, String to, Direction direction, String customer) {
    List<Address> recipients = new ArrayList<>();
    if (to != null) {
      for (String email : to.split(",")) {
        recipients.add(a(email.toLowerCase(java.util.Locale.ROOT)));
      }
    }
    MessageRoles roles =
        RESOLVER.classify(a(from.toLowerCase(java.util.Locale.ROOT)), recipients, null, Instant.parse("2025-08-01T09:00:00Z"));
    assertEquals(direction, roles.direction(), what);
    assertEquals(customer, roles.customerEmail(), what);
  }

  @Test
  void customerInCcMakesAnAgentMailOutbound() {
    MessageRoles roles =
        RESOLVER.classify(
            a("jussi.nieminen@lumivalo.fi"),
            List.of(a("maija.virtanen@lumivalo.fi")),
            List.of(a("liisa.laine@elisanet.fi")),
            null);
    assertEquals(Direction.OUTBOUND, roles.direction());
    assertEquals("liisa.laine@elisanet.fi", roles.customerEmail());
  }

  @Test
  void mailboxesWithoutAnAddress() {
    LocalDate day = LocalDate.of(2025, 8, 1);
    SenderIdentity exchange =
        new RoleResolver(Set.of("lumivalo.fi"), Roster.empty(), HELSINKI)
            .identify(new Address("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JUSSI", null), day);
    assertEquals(new SenderIdentity(Role.AGENT, null, null, "unknown", "lumivalo.fi"), exchange);
    assertEquals(Role.CUSTOMER, RESOLVER.identify(new Address("Matti Meikäläinen", null), day).role());
    MessageRoles noFrom = RESOLVER.classify(null, List.of(a("jussi.nieminen@lumivalo.fi")), List.of(), null);
    assertEquals(Role.SYSTEM, noFrom.sender().role());
    assertEquals(Direction.INBOUND, noFrom.direction());
    assertNull(noFrom.customerEmail());
  }

  @Test
  void withoutDomainsOrRosterEveryHumanIsACustomer() {
    RoleResolver none = new RoleResolver(Set.of(), Roster.empty(), HELSINKI);
    assertEquals(Role.CUSTOMER, none.identify(a("jussi.nieminen@lumivalo.fi"), null).role());
    assertEquals(Role.SYSTEM, none.identify(a("noreply@lumivalo.fi"), null).role());
  }

  @ParameterizedTest
  @CsvSource({"lumivalo", "'  '", "jussi@lumivalo.fi"})
  void refusesWhatIsNotADomain(String domain) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RoleResolver(Set.of(domain), Roster.empty(), HELSINKI));
    assertEquals("company domain '" + domain + "' is not a mail domain", e.getMessage());
  }
}
