package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarkersTest {

  @Test
  void separatorsAreFoundWithOrWithoutTheirRules() {
    assertTrue(QuoteMarkers.isSeparator("-----Alkuperäinen viesti-----"));
    assertTrue(QuoteMarkers.isSeparator("  -----Original Message-----  "));
    assertTrue(QuoteMarkers.isSeparator("Alkuperäinen viesti:"));
    assertFalse(QuoteMarkers.isSeparator("Alkuperäinen viesti"));
    assertFalse(QuoteMarkers.isSeparator("-----"));
    assertFalse(QuoteMarkers.isSeparator(""));
  }

  /** The loop that cuts a separator's rule must cut what the regex it replaced did. */
  @Test
  void withoutRuleEqualsItsRegexDefinitionOnRandomText() {
    for (String line : RandomText.strings(11, 20_000, 16)) {
      String expected = line.replaceAll("^[-_=*\\s]+|[-_=*:\\s]+$", "");
      assertEquals(expected, QuoteMarkers.withoutRule(line), () -> "for " + PhraseListTest.escaped(line));
    }
  }

  @Test
  void isQuotedEqualsStrippingLeadingWhiteSpaceOnRandomText() {
    for (String line : RandomText.strings(13, 20_000, 8)) {
      assertEquals(line.stripLeading().startsWith(">"), QuoteMarkers.isQuoted(line),
          () -> "for " + PhraseListTest.escaped(line));
    }
  }

  @Test
  void attributionsOfOneOrTwoLinesAreMeasured() {
    List<String> gmail = List.of("On Mon, 2 Mar 2026 at 9.00 Matti Virtanen <", "matti@example.fi> wrote:", "> Hei");
    assertEquals(2, QuoteMarkers.attributionLength(gmail, 0));
    List<String> finnish = List.of("ma 2.3.2026 klo 9.00 Matti Virtanen kirjoitti:", "", "> Hei");
    assertEquals(1, QuoteMarkers.attributionLength(finnish, 0));
    List<String> prose = List.of("Kirjoitin eilen näin", "ja sitten näin:", "Hei");
    assertEquals(0, QuoteMarkers.attributionLength(prose, 0));
  }
}
