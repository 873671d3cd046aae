package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectNormalizerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "VS: Lasku erääntynyt|lasku erääntynyt",
        "Re: Re: VL: Tilaus 12345|tilaus 12345",
        "RE: VS: Vs: FW: Fwd: SV: Lasku erääntynyt|lasku erääntynyt",
        "vs:Lasku  erääntynyt |lasku erääntynyt",
        "Re[2]: Reklamaatio tilauksesta 4471|reklamaatio tilauksesta 4471",
        "Re(3): Osoitteenmuutos|osoitteenmuutos",
        "AW: WG: Lieferung|lieferung",
        "Vast: Kysymys laskusta|kysymys laskusta",
        "RE : Palautus|palautus",
        "VS：Lasku|lasku",
        "[Tukipyyntö #8812] VS: Laajakaista ei toimi|laajakaista ei toimi",
        // near misses: no colon, or a word that only starts like a prefix
        "Reklamaatio|reklamaatio",
        "VS Lasku erääntynyt|vs lasku erääntynyt",
        "Vastaus tarjoukseenne|vastaus tarjoukseenne",
        "Fwd-ohjeet ja Re-kalibrointi|fwd-ohjeet ja re-kalibrointi",
        "Tilaus: 12345|tilaus: 12345",
        "SVT: uutiset|svt: uutiset",
        "Re:|''",
        "''|''",
        "'   '|''",
      })
  void normalizes(String subject, String expected) {
    assertEquals(expected, SubjectNormalizer.normalize(subject));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", SubjectNormalizer.normalize(null));
  }

  /**
   * The ten subjects of rjbs/Email-Folder's test mbox (corpora/expected.tsv, peer-test
   * t/01mbox.t): three conversations, with Italian "R:" and list tags before and after "Re:".
   */
  @Test
  void realMailingListSubjectsCollapseToTheirThreeConversations() {
    List<String> subjects =
        List.of(
            "R: [p5ml] karie kahimi binge...help needed",
            "RE: [p5ml] Re: karie kahimi binge...help needed",
            "Re: January's meeting",
            "Re: January's meeting",
            "Re: January's meeting",
            "Re: [p5ml] karie kahimi binge...help needed",
            "Re: [p5ml] karie kahimi binge...help needed",
            "Re: [rt-users] Configuration Problem",
            "[p5ml] Re: karie kahimi binge...help needed",
            "[rt-users] Configuration Problem");
    Set<String> normalized = new TreeSet<>();
    subjects.forEach(s -> normalized.add(SubjectNormalizer.normalize(s)));
    assertEquals(
        Set.of("karie kahimi binge...help needed", "january's meeting", "configuration problem"),
        normalized);
  }
}
