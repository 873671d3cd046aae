package fi.mailaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDiscoveryTest {
  private static final String MESSAGE = "From: Matti <matti@example.fi>\nSubject: Hei\n\nKiitos!\n";
  @TempDir Path root;

  @Test
  void recognisesEveryLayoutAndListsWhatIsNotMail() throws IOException {
    write("vienti/Saapuneet/cur/1592208000.M1P2.posti:2,S", MESSAGE);
    write("vienti/Saapuneet/new/1592208001.M2P2.posti", MESSAGE);
    write("vienti/Saapuneet/tmp/1592208002.M3P2.posti", MESSAGE); // still being delivered
    write("vienti/mh/.mh_sequences", "");
    write("vienti/mh/1", MESSAGE);
    write("vienti/Lähetetyt.mbox/mbox", "From matti@example.fi Mon Jun 15 10:00:00 2026\n" + MESSAGE);
    write("vienti/Re Eräpäivän siirto (2).eml", MESSAGE);
    write("vienti/LUEMINUT.md", "# Vienti\nTämä kansio sisältää sähköpostit.\n");

    List<InputFile> found = new InputDiscovery(new Configuration()).discover(List.of(root.resolve("vienti").toString()));

    String summary = found.stream()
        .map(f -> f.format() + " " + Path.of(java.net.URI.create(f.path().replace(" ", "%20"))).getFileName() + " " + f.folder())
        .collect(Collectors.joining("\n"));
    assertEquals(String.join("\n",
        "UNSUPPORTED LUEMINUT.md null",
        "MBOX mbox Lähetetyt",
        "EML Re Eräpäivän siirto (2).eml null",
        "MAILDIR 1592208000.M1P2.posti:2,S Saapuneet",
        "MAILDIR 1592208001.M2P2.posti Saapuneet",
        "MH 1 mh"), summary, "sorted by path");
    assertTrue(found.stream().noneMatch(f -> f.path().contains("Saapuneet/tmp/")));
  }

  @Test
  void neverReadsItsOwnOutputFolder() throws IOException {
    write("posti/viesti.eml", MESSAGE);
    write("posti/audit/messages/quarter=2026-Q3/part-0.parquet", "PAR1");
    List<InputFile> found = new InputDiscovery(new Configuration())
        .discover(List.of(root.resolve("posti").toString()), root.resolve("posti/audit").toString());
    assertEquals(1, found.size(), found.toString());
  }

  @Test
  void aDanglingLinkIsListedNotLost() throws IOException {
    write("posti/viesti.eml", MESSAGE);
    Files.createSymbolicLink(root.resolve("posti/kadonnut.eml"), root.resolve("ei-ole-olemassa.eml"));
    List<InputFile> found = new InputDiscovery(new Configuration()).discover(List.of(root.resolve("posti").toString()));
    assertEquals(List.of(InputFormat.UNSUPPORTED, InputFormat.EML), found.stream().map(InputFile::format).toList());
    assertTrue(found.get(0).note().contains("dangling link"), found.get(0).note());
  }

  @Test
  void aMissingInputIsTheUsersMistake() {
    IOException e = assertThrows(InputDiscovery.InputNotFoundException.class,
        () -> new InputDiscovery(new Configuration()).discover(List.of(root.resolve("ei-ole").toString())));
    assertTrue(e.getMessage().contains("input not found"), e.getMessage());
  }

  private void write(String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
