package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecentTextsTest {
  private final List<String> analysed = new ArrayList<>();
  private final Function<String, Integer> length = text -> {
    analysed.add(text);
    return text.length();
  };

  @Test
  void analysesATextOnceWhileItIsRecent() {
    RecentTexts<Integer> recent = new RecentTexts<>(2);
    String reply = "Hei Matti, kiitos viestistäsi!";
    assertEquals(30, recent.get(reply, length));
    assertEquals(30, recent.get(reply, length));
    // An equal text in another String object (a reply's own text rebuilt by a rule) is a hit too.
    assertEquals(30, recent.get(new String(reply.toCharArray()), length));
    assertEquals(List.of(reply), analysed);
  }

  @Test
  void forgetsTheOldestWhenFull() {
    RecentTexts<Integer> recent = new RecentTexts<>(2);
    recent.get("yksi", length);
    recent.get("kaksi", length);
    recent.get("kolme", length);
    recent.get("kaksi", length);
    recent.get("yksi", length);
    assertEquals(List.of("yksi", "kaksi", "kolme", "yksi"), analysed);
  }

  @Test
  void handsOutTheSameResultObject() {
    RecentTexts<List<String>> recent = new RecentTexts<>(1);
    List<String> first = recent.get("Terveisin", text -> List.of(text));
    assertSame(first, recent.get("Terveisin", text -> List.of("toinen")));
  }

  @Test
  void rejectsAnEmptyMemory() {
    assertEquals("must remember at least one text, got 0",
        assertThrows(IllegalArgumentException.class, () -> new RecentTexts<Integer>(0)).getMessage());
  }
}
