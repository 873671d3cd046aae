package fi.mailaudit.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.james.mime4j.dom.Message;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checked-in sample's invariants: determinism, coverage of the brief, labels that resolve. */
class SampleCorpusTest {
  private static final Set<String> HAND_WRITTEN = Set.of("README.md", "audit.yaml", "sample-pseudonym.key");

  @TempDir static Path tmp;
  static Path root;
  static Map<String, List<String>> messages;

  @BeforeAll
  static void generate() throws IOException {
    root = tmp.resolve("a");
    SampleCorpusGenerator.writeSample(root, SampleCorpusGenerator.SAMPLE_SEED);
    messages = columns(root.resolve("labels/messages.csv"));
  }

  @Test
  void sameSeedGivesByteIdenticalFiles() throws IOException {
    Path again = tmp.resolve("b");
    SampleCorpusGenerator.writeSample(again, SampleCorpusGenerator.SAMPLE_SEED);
    List<Path> a = CorpusFiles.files(root);
    List<Path> b = CorpusFiles.files(again);
    assertEquals(a.stream().map(root::relativize).toList(), b.stream().map(again::relativize).toList());
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
    }
  }

  @Test
  void otherSeedGivesOtherText() throws IOException {
    Path other = tmp.resolve("c");
    SampleCorpusGenerator.writeSample(other, 1L);
    assertFalse(Files.mismatch(root.resolve(SampleCorpus.MBOX), other.resolve(SampleCorpus.MBOX)) < 0);
  }

  @Test
  void checkedInSampleIsWhatTheGeneratorWrites() throws IOException {
    // The sample's run configuration and demo key are written by hand, not by the generator.
    Path checkedIn = Path.of("sample-data");
    List<Path> expected = CorpusFiles.files(root);
    assertEquals(expected.stream().map(root::relativize).map(Path::toString).toList(),
        CorpusFiles.files(checkedIn).stream().map(checkedIn::relativize).map(Path::toString)
            .filter(p -> !HAND_WRITTEN.contains(p)).toList(), "regenerate sample-data (see README.md)");
    for (Path p : expected) {
      assertEquals(-1L, Files.mismatch(p, checkedIn.resolve(root.relativize(p).toString())), p.toString());
    }
  }

  @Test
  void coversThreadsDepartmentsAgentsAndQuarters() throws IOException {
    Map<String, List<String>> threads = columns(root.resolve("labels/threads.csv"));
    assertTrue(threads.get("thread_key").size() >= 60, "threads: " + threads.get("thread_key").size());
    assertEquals(Set.of("Asiakaspalvelu", "Laskutus", "Tekninen tuki"),
        new TreeSet<>(columns(root.resolve("roster.csv")).get("department")));
    int agents = columns(root.resolve("roster.csv")).get("email").size();
    assertTrue(agents >= 6 && agents <= 10, "agents: " + agents);
    Set<String> quarters = new TreeSet<>();
    for (String at : messages.get("sent_at")) {
      quarters.add(at.substring(0, 4) + "-Q" + ((Integer.parseInt(at.substring(5, 7)) - 1) / 3 + 1));
    }
    assertTrue(quarters.containsAll(Set.of("2026-Q2", "2026-Q3")), quarters.toString());
    assertTrue(messages.get("sent_at").stream().anyMatch(s -> s.endsWith("+02:00")), "a winter offset");
    Set<String> kinds = new TreeSet<>(threads.get("kind"));
    for (ThreadSpec.Kind k : ThreadSpec.Kind.values()) {
      assertTrue(kinds.contains(k.name().toLowerCase(java.util.Locale.ROOT)), "kind " + k);
    }
    Set<String> receptions = new TreeSet<>(threads.get("thanks_reception"));
    assertTrue(receptions.containsAll(Set.of("gracious", "dismissive")), receptions.toString());
    assertTrue(new TreeSet<>(threads.get("promise_outcome")).containsAll(Set.of("kept", "broken", "open")));
    assertTrue(Files.size(root.resolve(SampleCorpus.MBOX)) > 0);
    assertTrue(CorpusFiles.files(root).stream().mapToLong(CorpusFiles::size).sum() < 1_000_000);
  }

  @Test
  void formatsAndMaildirLayoutArePresent() throws IOException {
    Path md = root.resolve(SampleCorpus.MAILDIR);
    for (String sub : new String[] {"cur", "new", "tmp"}) {
      assertTrue(Files.isDirectory(md.resolve(sub)), sub);
    }
    try (var tmpFiles = Files.list(md.resolve("tmp"))) {
      assertEquals(1, tmpFiles.count(), "tmp/ holds exactly the one file readers must ignore");
    }
    assertTrue(messages.get("file").stream().anyMatch(f -> f.contains("/new/")));
    assertTrue(messages.get("file").stream().anyMatch(f -> f.endsWith(".eml")));
    byte[] mbox = Files.readAllBytes(root.resolve(SampleCorpus.MBOX));
    String raw = new String(mbox, StandardCharsets.ISO_8859_1);
    assertTrue(raw.contains("\r\n") && raw.contains("\n\n"), "mixed line ends in the mbox");
    assertTrue(raw.contains("\n>From "), "a quoted From_ body line");
    assertTrue(new String(mbox, StandardCharsets.UTF_8).contains("ä"), "raw 8-bit UTF-8");
    assertTrue(raw.contains("=?UTF-8?B?") && raw.contains("=?UTF-8?Q?"), "RFC 2047 words");
  }

  @Test
  void everyLabelRowRefersToAnExistingMessage() throws IOException {
    Map<String, Set<String>> idsByFile = new HashMap<>();
    for (Path f : CorpusFiles.files(root.resolve("archives"))) {
      String rel = root.relativize(f).toString();
      List<byte[]> msgs = rel.endsWith(".mbox") ? CorpusFiles.mboxMessages(f) : List.of(Files.readAllBytes(f));
      Set<String> ids = idsByFile.computeIfAbsent(rel, k -> new TreeSet<>());
      for (byte[] m : msgs) {
        Message parsed = CorpusFiles.parse(m);
        if (parsed.getMessageId() != null) {
          ids.add(parsed.getMessageId().replaceAll("[<>]", ""));
        }
      }
    }
    for (String csv : new String[] {"messages.csv", "replies.csv"}) {
      Map<String, List<String>> rows = columns(root.resolve("labels").resolve(csv));
      for (int i = 0; i < rows.get("file").size(); i++) {
        String file = rows.get("file").get(i);
        assertTrue(idsByFile.getOrDefault(file, Set.of()).contains(rows.get("message_id").get(i)),
            csv + " row " + i + ": " + file + " " + rows.get("message_id").get(i));
      }
    }
    Set<String> threadKeys = new TreeSet<>(columns(root.resolve("labels/threads.csv")).get("thread_key"));
    assertTrue(threadKeys.containsAll(messages.get("thread_key")));
  }

  @Test
  void duplicatesShareMessageIdAcrossMboxAndMaildir() {
    Map<String, Set<String>> formats = new HashMap<>();
    List<String> ids = messages.get("message_id");
    for (int i = 0; i < ids.size(); i++) {
      String f = messages.get("file").get(i);
      formats.computeIfAbsent(ids.get(i), k -> new TreeSet<>()).add(f.endsWith(".mbox") ? "mbox" : "other");
    }
    long dups = formats.values().stream().filter(s -> s.size() == 2).count();
    assertTrue(dups >= 3, "duplicates: " + dups);
  }

  @Test
  void noUnfilledPlaceholderReachesAMessage() throws IOException {
    for (Path f : CorpusFiles.files(root.resolve("archives"))) {
      String s = Files.readString(f, StandardCharsets.ISO_8859_1);
      assertFalse(s.contains("{{") || s.contains("{first}") || s.contains("{product"), f.toString());
    }
  }

  static Map<String, List<String>> columns(Path csv) throws IOException {
    List<List<String>> rows = CorpusFiles.csv(csv);
    Map<String, List<String>> cols = new HashMap<>();
    List<String> header = rows.get(0);
    for (int c = 0; c < header.size(); c++) {
      final int col = c;
      Function<List<String>, String> get = r -> col < r.size() ? r.get(col) : "";
      List<String> values = new ArrayList<>();
      rows.subList(1, rows.size()).forEach(r -> values.add(get.apply(r)));
      cols.put(header.get(c), values);
    }
    return cols;
  }
}
