package fi.mailaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatSnifferTest {
  private final FormatSniffer sniffer = new FormatSniffer();

  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "export.mbox|From matti@example.fi Mon Jun 15 10:00:00 2026\\nFrom: Matti <matti@example.fi>\\n|MBOX",
        "noname|\uFEFFFrom x Mon Jun 15 10:00:00 2026\\nSubject: BOM first\\n|MBOX",
        "1592208000.M1P2.host:2,S|Return-Path: <a@b.fi>\\nFrom: Liisa <liisa@example.fi>\\nSubject: Hei\\n\\nTeksti|EML",
        "viesti.eml|Subject: only a subject line|EML",
        "README.md|# A readme\\nwith text|UNSUPPORTED",
        "data.json|{\"a\": 1}|UNSUPPORTED",
        "Kuvaus.txt|Tämä ei ole sähköpostia vaan tavallinen tekstitiedosto.|UNSUPPORTED",
        "empty.mbox||MBOX",
        "empty.txt||UNSUPPORTED",
      })
  void recognisesTextFormats(String name, String head, InputFormat expected) {
    byte[] bytes = head == null ? new byte[0] : head.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
    assertEquals(expected, sniffer.sniff(name, bytes).format());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "archive.pst, 2142444E, PST",
    "Outlook.ost, 2142444E, PST",
    "viesti.msg, D0CF11E0, MSG",
    "laskelma.xls, D0CF11E0, UNSUPPORTED",
    "winmail.dat, 789F3E22, TNEF",
    "vienti.zip, 504B0304, ZIP",
    "inbox.mbox.gz, 1F8B0800, MBOX_GZ",
  })
  void recognisesMagicNumbers(String name, String hex, InputFormat expected) {
    byte[] bytes = java.util.HexFormat.of().parseHex(hex.toLowerCase(java.util.Locale.ROOT));
    assertEquals(expected, sniffer.sniff(name, bytes).format());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "From: a@b.fi\\nTo: c@d.fi\\n|true",
        "Received: from x\\n\\tby y\\nSubject: z\\n|true",
        "Hei Matti,\\nkiitos viestistä.\\n|false",
        " leading space: no\\n|false",
        "Subject: one line only|true",
      })
  void headerBlockNeedsFieldLines(String head, boolean expected) {
    byte[] bytes = head.replace("\\n", "\n").replace("\\t", "\t").getBytes(StandardCharsets.UTF_8);
    assertEquals(expected, FormatSniffer.looksLikeHeaderBlock(bytes, 0));
  }
}
