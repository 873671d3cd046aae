package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** B6 on a billing team's replies: one template sent to many customers, and personal answers. */
class TemplateDetectorTest {
  static final String TEMPLATE =
      "Kiitos viestistäsi, %s. Laskusi %s on käsittelyssä, ja hyvitys näkyy seuraavalla laskulla "
          + "viimeistään %s. Mikäli sinulla on kysyttävää, vastaamme mielellämme arkisin kello 8–16.";
  private final TemplateDetector detector = new TemplateDetector();

  static List<TemplateDetector.Reply> billingReplies() {
    List<TemplateDetector.Reply> out = new ArrayList<>();
    String[][] customers = {{"Matti", "48213", "15.3."}, {"Anna", "50117", "2.4."}, {"Pekka", "50990", "30.4."},
        {"Sari", "51002", "5.5."}};
    for (int i = 0; i < customers.length; i++) {
      String[] c = customers[i];
      out.add(new TemplateDetector.Reply("t" + i, "asiakas-" + c[0], String.format(TEMPLATE, c[0], c[1], c[2]), c[0]));
    }
    out.add(new TemplateDetector.Reply("p1", "asiakas-Jussi",
        "Tarkistin laskusi, ja siinä tosiaan oli kuukausimaksu kahteen kertaan. Hyvitin toisen maksun, "
            + "ja hyvitys näkyy jo huhtikuun laskulla. Pahoittelut sotkusta!", "Jussi"));
    out.add(new TemplateDetector.Reply("p2", "asiakas-Outi",
        "Eräpäivän siirto onnistuu: siirsin laskun eräpäivän kahdella viikolla eteenpäin, eikä siitä "
            + "peritä maksua. Uusi eräpäivä on 28.3.", "Outi"));
    // The same customer got the template twice: that alone makes no template.
    out.add(new TemplateDetector.Reply("s1", "asiakas-Jonna", String.format(TEMPLATE, "Jonna", "1", "1.1."), "Jonna"));
    out.add(new TemplateDetector.Reply("s2", "asiakas-Jonna", "Kiitos, hoidettu!", "Jonna"));
    return out;
  }

  @Test
  void aTemplateSentToManyCustomersIsFoundPersonalRepliesAreNot() {
    Map<String, Integer> copies = detector.detect(billingReplies());
    for (String key : List.of("t0", "t1", "t2", "t3", "s1")) {
      assertTrue(TemplateDetector.isTemplate(copies.get(key)), key + " " + copies);
    }
    assertEquals(0, copies.get("p1"));
    assertEquals(0, copies.get("p2"));
    assertEquals(0, copies.get("s2"), "too short to judge");
  }

  @Test
  void twoCustomersAreNotYetATemplate() {
    Map<String, Integer> copies = detector.detect(billingReplies().subList(0, 2));
    assertEquals(1, copies.get("t0"));
    assertFalse(TemplateDetector.isTemplate(copies.get("t0")));
  }

  @Test
  void repliesToOneCustomerNeverCountAsCopies() {
    List<TemplateDetector.Reply> same = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      same.add(new TemplateDetector.Reply("r" + i, "asiakas-Matti", String.format(TEMPLATE, "Matti", "4821" + i, "1.3."), "Matti"));
    }
    assertTrue(detector.detect(same).values().stream().allMatch(n -> n == 0));
  }

  @Test
  void namesNumbersAndDatesAreNormalisedAway() {
    assertEquals(List.of("kiitos", "@", "lasku", "#", "tulee", "#"),
        TemplateDetector.words("Kiitos Matti! Lasku 48213 tulee 15.3.2026.", "Matti"));
    TemplateDetector.Fingerprint a = detector.fingerprint(billingReplies().get(0));
    TemplateDetector.Fingerprint b = detector.fingerprint(billingReplies().get(1));
    assertArrayEquals(a.shingles(), b.shingles());
    assertArrayEquals(a.signature(), new TemplateDetector().fingerprint(billingReplies().get(0)).signature(),
        "signatures must agree across executors");
  }

  @Test
  void jaccardOfSortedSets() {
    assertEquals(0.5, TemplateDetector.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4}), 1e-9);
    assertEquals(0.0, TemplateDetector.jaccard(new int[] {}, new int[] {}), 1e-9);
  }

  @Test
  void emptyAndShortInput() {
    assertTrue(detector.detect(List.of()).isEmpty());
    assertNull(detector.fingerprint(new TemplateDetector.Reply("x", "c", "", null)));
    assertNull(detector.fingerprint(new TemplateDetector.Reply("x", "c", null, null)));
  }
}
