package fi.mailaudit.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.james.mime4j.dom.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The large mode writes exactly N messages in each format, and they parse back. */
class LargeCorpusTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} x {1}")
  @CsvSource({"mbox, 257", "eml, 1003", "maildir, 120", "mixed, 400", "mbox, 1", "eml, 0"})
  void writesExactlyNMessagesThatParseBack(String format, int n) throws IOException {
    long written = SampleCorpusGenerator.writeLarge(tmp, format, n, 7L, true);
    assertEquals(n, written);
    List<byte[]> messages = new ArrayList<>();
    Path mbox = tmp.resolve("large.mbox");
    if (Files.exists(mbox)) {
      messages.addAll(CorpusFiles.mboxMessages(mbox));
    }
    for (Path f : CorpusFiles.files(tmp)) {
      String rel = tmp.relativize(f).toString();
      if (rel.startsWith("eml/") || rel.startsWith("maildir/")) {
        messages.add(Files.readAllBytes(f));
      }
    }
    assertEquals(n, messages.size());
    Set<String> ids = new TreeSet<>();
    for (byte[] m : messages) {
      Message parsed = CorpusFiles.parse(m);
      assertNotNull(parsed.getDate());
      assertNotNull(parsed.getSubject());
      ids.add(parsed.getMessageId());
    }
    assertEquals(n, ids.size(), "Message-IDs are unique across the corpus");
    assertEquals(n, SampleCorpusTest.columns(tmp.resolve("labels/messages.csv")).get("file").size());
  }

  @Test
  void mboxSeparatorCountIsTheMessageCount() throws IOException {
    SampleCorpusGenerator.writeLarge(tmp, "mbox", 500, 3L, false);
    long separators = Files.readAllLines(tmp.resolve("large.mbox"), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stream().filter(l -> l.startsWith("From ")).count();
    assertEquals(500, separators);
    assertTrue(Files.notExists(tmp.resolve("labels")));
  }

  @Test
  void sameSeedSameBytes() throws IOException {
    SampleCorpusGenerator.writeLarge(tmp.resolve("a"), "mixed", 300, 11L, true);
    SampleCorpusGenerator.writeLarge(tmp.resolve("b"), "mixed", 300, 11L, true);
    List<Path> a = CorpusFiles.files(tmp.resolve("a"));
    List<Path> b = CorpusFiles.files(tmp.resolve("b"));
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(-1L, Files.mismatch(a.get(i), b.get(i)), a.get(i).toString());
    }
  }

  @Test
  void severalCompaniesAppear() throws IOException {
    SampleCorpusGenerator.writeLarge(tmp, "eml", 600, 5L, true);
    Set<String> domains = new TreeSet<>();
    for (String e : SampleCorpusTest.columns(tmp.resolve("labels/messages.csv")).get("sender_email")) {
      domains.add(e.substring(e.indexOf('@') + 1));
    }
    assertTrue(domains.containsAll(Set.of("saimaankuitu.fi", "koillisverkko.fi", "aurajoendata.fi")), domains.toString());
  }

  @Test
  void badArgumentsAreRefusedWithAName() {
    assertThrows(IllegalArgumentException.class, () -> SampleCorpusGenerator.writeLarge(tmp, "pst", 10, 1L, false));
    assertThrows(IllegalArgumentException.class, () -> SampleCorpusGenerator.writeLarge(tmp, "mbox", -1, 1L, false));
    var err = new java.io.ByteArrayOutputStream();
    int code = SampleCorpusGenerator.run(new String[] {"large", "--out", tmp.toString()},
        new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err));
    assertEquals(2, code);
    assertTrue(err.toString().contains("--messages"));
  }
}
