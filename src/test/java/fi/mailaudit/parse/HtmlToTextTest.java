package fi.mailaudit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HtmlToTextTest {

  @Test
  void keepsParagraphsAndFinnishLetters() {
    String html =
        "<html><head><style>p{color:red}</style></head><body><p>Hei Matti,</p>"
            + "<p>Kiitos viestistäsi! Tilauksesi on matkalla.<br>Ystävällisin terveisin<br>Liisa</p>"
            + "<script>alert(1)</script></body></html>";
    assertEquals(
        "Hei Matti,\n\nKiitos viestistäsi! Tilauksesi on matkalla.\nYstävällisin terveisin\nLiisa",
        HtmlToText.convert(html));
  }

  @Test
  void decodesEntitiesAndDropsInvisibleParts() {
    String text = HtmlToText.convert("<div>P&auml;iv&auml; &amp; y&ouml; &#8221;</div><style>x</style>");
    assertEquals("Päivä & yö ”", text);
    assertFalse(text.contains("x"));
  }

  @Test
  void emptyInputGivesEmptyText() {
    assertEquals("", HtmlToText.convert(""));
    assertEquals("", HtmlToText.convert(null));
  }
}
