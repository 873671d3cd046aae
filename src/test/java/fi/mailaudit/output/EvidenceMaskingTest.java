package fi.mailaudit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceMaskingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Soitamme teille numeroon 040 123 4567 huomenna.     | Soitamme teille numeroon [puhelinnumero] huomenna.
      Tavoitatte minut numerosta +358 40 1234567.         | Tavoitatte minut numerosta [puhelinnumero].
      Vaihde 09-123 4567 palvelee arkisin.                | Vaihde [puhelinnumero] palvelee arkisin.
      Numero 040-1234567 on nyt päivitetty.               | Numero [puhelinnumero] on nyt päivitetty.
      Puhelin (09) 123 4567.                              | Puhelin [puhelinnumero].
      Soita 0401234567 tai 050 987 6543.                  | Soita [puhelinnumero] tai [puhelinnumero].
      Kansainvälisesti 00358 50 765 4321.                 | Kansainvälisesti [puhelinnumero].
      Vahvistus lähti osoitteeseen matti.virtanen@gmail.example.com. | Vahvistus lähti osoitteeseen ***@***.
      Kirjoita maija040@posti.example.fi tai soita.       | Kirjoita ***@*** tai soita.
      """)
  void masksPhoneNumbersAndAddresses(String text, String masked) {
    assertEquals(masked, EvidenceMasking.mask(text));
  }

  /** Near misses: numbers an auditor needs and that are no phone numbers stay as they are. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Eräpäivä siirtyy 31.3.2026 asti.
      Laskun summa on 1 234,50 € ja se erääntyy 16.03.2026.
      Palvelemme klo 08:00-16:00 ja lauantaisin 10-14.
      Asiakasnumeronne on 1234567 ja viite 12345 67890.
      Tilaus 2026-03-16 toimitetaan viikolla 12.
      Hinta 0,50 € minuutilta.
      """)
  void leavesOtherNumbersAlone(String text) {
    assertEquals(text, EvidenceMasking.mask(text));
  }

  @Test
  void emptyAndNullTextStayAsTheyAre() {
    assertEquals("", EvidenceMasking.mask(""));
    assertNull(EvidenceMasking.mask((String) null));
  }

  @Test
  void everyValueOfTheMapIsMaskedAndTheOrderKept() {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("B1", "Hei, soitin numeroon 040 123 4567.");
    evidence.put("A2", "Kiitos!");
    Map<String, String> masked = EvidenceMasking.mask(evidence);
    assertEquals(java.util.List.of("B1", "A2"), java.util.List.copyOf(masked.keySet()));
    assertEquals("Hei, soitin numeroon [puhelinnumero].", masked.get("B1"));
    assertEquals("Kiitos!", masked.get("A2"));
  }
}
