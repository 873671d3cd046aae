package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.ParsedMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class CustomerNameFinderTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        "Matti Meikäläinen ; Matti",
        "Meikäläinen Matti ; Matti", // Outlook "Surname Firstname"
        "'Meikäläinen, Matti' ; Matti",
        "MEIKÄLÄINEN MAIJA ; Maija",
        "anna-liisa virtanen ; Anna-Liisa",
        "Virtanen Anna-Liisa ; Anna-Liisa",
        "Kettunen Jouni ; Jouni",
        "Jouni Kettunen ; Jouni",
        "Korhonen Kaisu ; Kaisu", // neither known: the -nen surname goes first in Outlook order
        "Kaisu Korhonen ; Kaisu",
        "Matti M. Meikäläinen ; Matti",
        "Matti Meikäläinen (Kauppa) ; Matti",
        "Matti Meikäläinen | Kauppa Oy ; Matti",
        "Anna Lindqvist ; Anna",
        "Lindqvist Anna ; Anna",
        "John Smith ; John",
        "Matti ; Matti",
        // Near misses: companies, roles, addresses, lone surnames.
        "Asiakaspalvelu ; -",
        "Kauppa Oy Asiakaspalvelu ; -",
        "Laskutus - Kauppa Oy ; -",
        "Kundtjänst ; -",
        "noreply ; -",
        "matti@example.fi ; -",
        "Meikäläinen ; -",
      })
  void firstNameFromDisplayName(String displayName, String expected) {
    assertEquals(expected, CustomerNameFinder.fromDisplayName(displayName));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void noDisplayNameGivesNoName(String displayName) {
    assertNull(CustomerNameFinder.fromDisplayName(displayName));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "-",
      value = {
        "matti.meikalainen@gmail.com, Matti",
        "meikalainen.matti@gmail.com, Matti",
        "kyosti.virtanen@suomi24.fi, Kyösti",
        "paivi_k@hotmail.com, Päivi",
        "matti@kauppa.fi, Matti",
        // Weak fallback only: unclear local parts give nothing.
        "mmeikala84@gmail.com, -",
        "mattim@gmail.com, -",
        "info@kauppa.fi, -",
        "asiakaspalvelu@kauppa.fi, -",
        "no-address, -",
      })
  void firstNameFromAddressOnlyWhenClear(String email, String expected) {
    assertEquals(expected, CustomerNameFinder.fromAddress(email));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Kiitos avusta!\\nTerveisin Matti | Matti",
        "Kiitos avusta!\\n\\nt. Maija | Maija",
        "Kiitos avusta!\\nt. maija | Maija",
        "Kiitos avusta!\\n-Pekka | Pekka",
        "Kiitos avusta!\\n- Kaisu | Kaisu",
        "Kiitos avusta!\\n\\nTerveisin\\nKaisu Korhonen | Kaisu",
        "Toimiiko tämä?\\n\\nMatti | Matti",
        // Near misses.
        "Kiitos avusta!\\n\\nLähetetty iPhonesta | -",
        "Ystävällisin terveisin\\nKauppa Oy | -",
        "Paketti ei tullut perille. | -",
        "Paketti ei tullut.\\nTampere | -",
      })
  void firstNameFromOwnSignature(String body, String expected) {
    assertEquals(
        expected, CustomerNameFinder.fromSignature(QuoteSplitter.split(body.replace("\\n", "\n"))));
  }

  @Test
  void displayNameWinsThenSignatureThenAddress() {
    BodySections signed = QuoteSplitter.split("Missä paketti?\nt. Maija");
    assertEquals(
        "Matti", CustomerNameFinder.firstName(from("Meikäläinen Matti", "x@y.fi"), signed));
    assertEquals("Maija", CustomerNameFinder.firstName(from("Asiakas", "m.m@y.fi"), signed));
    assertEquals(
        "Päivi",
        CustomerNameFinder.firstName(
            from(null, "paivi.virtanen@y.fi"), QuoteSplitter.split("Hei!")));
    assertNull(CustomerNameFinder.firstName(from(null, null), BodySections.EMPTY));
  }

  private static ParsedMessage from(String name, String email) {
    return new ParsedMessage(
        new SourceRef("t.eml", InputFormat.EML, "0", null),
        null,
        List.of(),
        List.of(),
        name == null && email == null ? null : new Address(name, email),
        List.of(),
        List.of(),
        null,
        "Tilaus",
        Map.of(),
        "",
        "none",
        List.of(),
        0);
  }
}
