package fi.mailaudit.parse.msg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.MailHeaders;
import fi.mailaudit.parse.ParsedMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Transport-header parsing and the MAPI fallbacks, on Finnish customer-service mail. */
class OutlookHeadersTest {
  private static final SourceRef REF =
      new SourceRef("asiakaspalvelu.pst", InputFormat.PST, "Saapuneet#2097188", "Saapuneet");

  private static final String HEADERS =
      "Microsoft Mail Internet Headers Version 2.0\r\n"
          + "Received: from mail.example.fi by mx.wisenetwork.fi;\r\n"
          + "\tMon, 3 Mar 2025 09:15:02 +0200\r\n"
          + "From: =?UTF-8?Q?Matti_M=C3=A4kel=C3=A4?= <Matti.Makela@Example.FI>\r\n"
          + "To: Asiakaspalvelu <asiakaspalvelu@wisenetwork.fi>,\r\n"
          + " =?ISO-8859-1?Q?P=E4ivi_S=F6derstr=F6m?= <paivi@wisenetwork.fi>\r\n"
          + "Subject: =?UTF-8?B?VnM6IFRpbGF1a3NlbiB0aWxh?=\r\n"
          + "Date: Mon, 3 Mar 2025 09:14:58 +0200\r\n"
          + "Message-ID: <20250303071458.ABC@example.fi>\r\n"
          + "In-Reply-To: <vastaus-1@wisenetwork.fi>\r\n"
          + "References: <kysymys-1@example.fi>\r\n"
          + "\t<vastaus-1@wisenetwork.fi>\r\n"
          + "Auto-Submitted: no\r\n"
          + "\r\n"
          + "Tämä rivi on jo runkoa: Ei-Otsake: x\r\n";

  private static OutlookItem item(String headers, OutlookRecipient sender, List<OutlookRecipient> rcpts) {
    return new OutlookItem("Vs: Tilauksen tila", headers, null, null, null, sender, rcpts,
        Instant.parse("2025-03-03T07:15:00Z"), null, "Hei Matti,\nkiitos viestistäsi.", null, null,
        List.of(), 1234);
  }

  @Test
  void transportHeadersAreUnfoldedDecodedAndWin() {
    ParsedMessage m = OutlookMessageAssembler.assemble(REF, item(HEADERS, null, List.of()));
    assertEquals(new Address("Matti Mäkelä", "matti.makela@example.fi"), m.from());
    assertEquals(
        List.of(new Address("Asiakaspalvelu", "asiakaspalvelu@wisenetwork.fi"),
            new Address("Päivi Söderström", "paivi@wisenetwork.fi")),
        m.to());
    assertEquals("20250303071458.ABC@example.fi", m.messageId());
    assertEquals(List.of("vastaus-1@wisenetwork.fi"), m.inReplyTo());
    assertEquals(List.of("kysymys-1@example.fi", "vastaus-1@wisenetwork.fi"), m.references());
    assertEquals(Instant.parse("2025-03-03T07:14:58Z"), m.sentAt());
    assertEquals("Vs: Tilauksen tila", m.header(MailHeaders.SUBJECT));
    assertEquals("no", m.header(MailHeaders.AUTO_SUBMITTED));
    assertEquals("from mail.example.fi by mx.wisenetwork.fi;\tMon, 3 Mar 2025 09:15:02 +0200",
        m.header("received"));
    assertNull(m.header("ei-otsake"), "the body after the blank line is not headers");
    assertEquals("Vs: Tilauksen tila", m.subject());
    assertEquals("text/plain", m.bodySource());
  }

  @Test
  void withoutTransportHeadersMapiFillsEverything() {
    OutlookRecipient sender = new OutlookRecipient(OutlookRecipient.SENDER, "Liisa Virtanen",
        "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=LIISA",
        "EX", "Liisa.Virtanen@wisenetwork.fi");
    List<OutlookRecipient> rcpts = List.of(
        new OutlookRecipient(OutlookRecipient.TO, "Matti Mäkelä", "matti@example.fi", "SMTP", null),
        new OutlookRecipient(OutlookRecipient.CC, "Tiimi", "/o=ExchangeLabs/cn=tiimi", "EX", null),
        new OutlookRecipient(OutlookRecipient.BCC, "Arkisto", "arkisto@wisenetwork.fi", "SMTP", null));
    OutlookItem sent = new OutlookItem("Tilauksen tila", null, "<lahetetty-7@wisenetwork.fi>",
        "kysymys-1@example.fi", null, sender, rcpts, Instant.parse("2025-03-03T08:00:00Z"), null,
        null, null, null, List.of(), 10);
    ParsedMessage m = OutlookMessageAssembler.assemble(REF, sent);
    assertEquals(new Address("Liisa Virtanen", "liisa.virtanen@wisenetwork.fi"), m.from());
    assertEquals(List.of(new Address("Matti Mäkelä", "matti@example.fi")), m.to());
    assertEquals(List.of(new Address("Tiimi", null)), m.cc());
    assertEquals("lahetetty-7@wisenetwork.fi", m.messageId());
    assertEquals(List.of("kysymys-1@example.fi"), m.inReplyTo());
    assertEquals("<lahetetty-7@wisenetwork.fi>", m.header(MailHeaders.MESSAGE_ID));
    assertEquals("Mon, 3 Mar 2025 08:00:00 GMT", m.header(MailHeaders.DATE));
    assertEquals("", m.bodyText());
    assertEquals("none", m.bodySource());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "Liisa Virtanen | liisa@wisenetwork.fi | SMTP | NULL | Liisa Virtanen | liisa@wisenetwork.fi",
        "NULL | /O=EXCHANGELABS/OU=X/CN=LIISA | EX | NULL | /O=EXCHANGELABS/OU=X/CN=LIISA | NULL",
        "Liisa | /o=PF/cn=Recipients/cn=liisa | NULL | NULL | Liisa | NULL",
        "'matti@example.fi' | 'matti@example.fi' | SMTP | NULL | matti@example.fi | matti@example.fi",
        "Matti | Matti Mäkelä | SMTP | NULL | Matti | NULL",
        "Matti | /o=X/cn=M | EX | MATTI@EXAMPLE.FI | Matti | matti@example.fi",
      })
  void mapiAddresses(String name, String address, String type, String smtp, String expName, String expEmail) {
    assertEquals(new Address(expName, expEmail),
        OutlookAddresses.fromMapi(new OutlookRecipient(1, name, address, type, smtp)));
  }

  @Test
  void emptyMapiSenderIsNoAddress() {
    assertNull(OutlookAddresses.fromMapi(new OutlookRecipient(0, " ", "", null, null)));
    assertTrue(TransportHeaders.parse("").isEmpty());
    assertTrue(TransportHeaders.parse(null).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "<a@b> <c@d> | a@b c@d",
        "<a@b>,<c@d> | a@b c@d",
        "a@b | a@b",
        "ei viestitunnusta | ''",
        "NULL | ''",
      })
  void messageIds(String value, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
    assertEquals(want, HeaderValues.messageIds(value));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "Mon, 3 Mar 2025 09:14:58 +0200 | 2025-03-03T07:14:58Z",
        "3 Mar 2025 09:14:58 +0200 | 2025-03-03T07:14:58Z",
        "Thu, 29 Jan 2009 11:16:40 -0800 (PST) | 2009-01-29T19:16:40Z",
        "maanantaina kolmas maaliskuuta | NULL",
        "'' | NULL",
      })
  void dates(String value, String expected) {
    assertEquals(expected == null ? null : Instant.parse(expected), HeaderValues.date(value));
  }
}
