package fi.mailaudit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.corpora.ArchiveRun;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.parse.ArchiveReader;
import fi.mailaudit.parse.HtmlToText;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.RejectReason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 item 4, safe parsing: nothing a message refers to is fetched, attachments are never
 * written anywhere, archive paths never name a file we write, spool files never outlive a task.
 * Network access is caught by a listening socket on 127.0.0.1 that every reference points at.
 */
class SafeParsingTest {
  @TempDir Path work;
  private ServerSocket listener;
  private final AtomicInteger connections = new AtomicInteger();

  @BeforeEach
  void listen() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(() -> {
      while (!listener.isClosed()) {
        try (Socket socket = listener.accept()) {
          connections.incrementAndGet();
        } catch (IOException closed) {
          return; // the listener was closed by the test: the count is final
        }
      }
    }, "connection-recorder");
    accept.setDaemon(true);
    accept.start();
  }

  @AfterEach
  void close() throws IOException {
    listener.close();
  }

  @Test
  void remoteImagesStylesFramesAndExternalEntitiesAreNeverFetched() throws Exception {
    String url = "http://127.0.0.1:" + listener.getLocalPort();
    String html = "<!DOCTYPE html SYSTEM \"" + url + "/x.dtd\" [<!ENTITY xxe SYSTEM \"" + url + "/x\">]>"
        + "<html><head><link rel=\"stylesheet\" href=\"" + url + "/tyyli.css\">"
        + "<script src=\"" + url + "/s.js\"></script><style>@import url(" + url + "/i.css);</style></head>"
        + "<body background=\"" + url + "/tausta.png\"><p>Hei Matti,</p><p>lasku on korjattu. &xxe;</p>"
        + "<img src=\"" + url + "/seuranta.png\" width=1 height=1><iframe src=\"" + url + "/kehys\"></iframe>"
        + "<object data=\"" + url + "/o\"></object></body></html>";
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE lasku SYSTEM \"" + url + "/lasku.dtd\" [<!ENTITY e SYSTEM \""
        + url + "/e\">]><lasku>&e;</lasku>";
    String mail = "From: Tuki <tuki@yritys.fi>\r\nTo: matti@example.fi\r\nSubject: Lasku\r\n"
        + "Content-Type: multipart/mixed; boundary=\"r\"\r\n\r\n--r\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        + html + "\r\n--r\r\nContent-Type: text/xml; charset=utf-8\r\n\r\n" + xml
        + "\r\n--r\r\nContent-Type: application/xml; name=\"lasku.xml\"\r\n\r\n" + xml + "\r\n--r--\r\n";
    Files.writeString(work.resolve("lasku.eml"), mail, StandardCharsets.UTF_8);

    ParsedMessage message = (ParsedMessage) ArchiveRun.read(work, 1 << 20, 100,
        ArchiveReader.Settings.defaults(), (task, results) -> {}).results().get(0);
    String direct = HtmlToText.convert(html);

    assertTrue(message.bodyText().contains("lasku on korjattu."), message.bodyText());
    assertTrue(direct.contains("Hei Matti,"), direct);
    Thread.sleep(200); // a connection made during the parse has been accepted by now
    assertEquals(0, connections.get(), "connections to the referenced server");
    try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
      Thread.sleep(200);
    }
    assertEquals(1, connections.get(), "the recorder itself sees a connection");
  }

  @Test
  void attachmentsAreNeverWrittenToDisk() throws IOException {
    Path outlook = Seed.CORPORA.resolve("apache-tika/testMSG.msg");
    Files.copy(outlook, work.resolve("viesti.msg"));
    Files.copy(Seed.CORPORA.resolve("apache-tika/testRFC822_multipart_attachments.eml"), work.resolve("liitteet.eml"));
    Files.copy(Seed.CORPORA.resolve("apache-tika/testEmailWithPNGAtt.eml"), work.resolve("kuva.eml"));
    Files.copy(Seed.CORPORA.resolve("apache-tika/testPST.pst"), work.resolve("postilaatikko.pst"));
    List<Path> before = tmpTree();

    ArchiveRun run = ArchiveRun.read(work, 1 << 20, 100, ArchiveReader.Settings.defaults(), (t, r) -> {});

    long attachments = run.results().stream().filter(r -> r instanceof ParsedMessage)
        .mapToLong(r -> ((ParsedMessage) r).attachments().size()).sum();
    assertTrue(attachments >= 3, "the inputs have attachments: " + attachments);
    List<Path> added = tmpTree();
    added.removeAll(before);
    added.removeIf(p -> p.startsWith(work) || !ours(p)); // other test JVMs share the folder
    assertEquals(List.of(), added);
    try (Stream<Path> files = Files.list(work)) {
      assertEquals(4, files.count(), "nothing written beside the inputs");
    }
  }

  @Test
  void zipEntryPathsAreLabelsNeverPlacesToWrite() throws IOException {
    Path deep = Files.createDirectories(work.resolve("vienti/a/b"));
    byte[] mail = ("From: Asiakas <asiakas@example.fi>\r\nSubject: Hei\r\n\r\nKiitos avusta!\r\n")
        .getBytes(StandardCharsets.UTF_8);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(deep.resolve("arkisto.zip")))) {
      for (String name : List.of("../../evil.eml", "/etc/x", "..\\..\\ikkuna.eml", "a/../../../pako.eml")) {
        out.putNextEntry(new ZipEntry(name));
        out.write(mail);
        out.closeEntry();
      }
    }
    boolean etcBefore = Files.exists(Path.of("/etc/x"));

    ArchiveRun run = ArchiveRun.read(work, 1 << 20, 100, ArchiveReader.Settings.defaults(), (t, r) -> {});

    assertEquals(4, run.messages().size(), "every entry is read as mail: " + run.results());
    assertTrue(run.messages().stream().allMatch(m -> m.bodyText().strip().equals("Kiitos avusta!")));
    assertEquals(etcBefore, Files.exists(Path.of("/etc/x")));
    try (Stream<Path> files = Files.walk(work)) {
      assertEquals(List.of(deep.resolve("arkisto.zip")), files.filter(Files::isRegularFile).toList());
    }
    for (String name : List.of("evil.eml", "ikkuna.eml", "pako.eml")) {
      assertFalse(Files.exists(TempFiles.TMP.resolve(name)), name);
    }
  }

  @Test
  void spoolFilesAreDeletedWhenTheTaskFails() throws IOException {
    byte[] mbox = ("From asiakas@example.fi Mon Jan  6 09:00:00 2025\nSubject: Hei\n\nKysymys laskusta\n")
        .repeat(2000).getBytes(StandardCharsets.UTF_8);
    Path zip = work.resolve("rikki.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("saapuneet.mbox"));
      out.write(mbox);
      out.closeEntry();
      out.putNextEntry(new ZipEntry("vanha.pst"));
      out.write(Files.readAllBytes(Seed.CORPORA.resolve("apache-tika/testPST.pst")));
      out.closeEntry();
    }
    byte[] bytes = Files.readAllBytes(zip);
    for (int i = 200; i < 600; i++) {
      bytes[i] ^= 0x5a; // the mbox entry's deflate stream breaks after spooling has begun
    }
    Files.write(zip, bytes);
    List<String> before = TempFiles.ours();

    ArchiveRun run = ArchiveRun.read(work, 1 << 20, 100, ArchiveReader.Settings.defaults(), (t, r) -> {});

    assertTrue(run.rejects().stream().anyMatch(r -> r.reason() == RejectReason.FILE_UNREADABLE
        && r.source().location().contains("saapuneet.mbox")), run.rejects().toString());
    List<ParsedMessage> pst = run.messages().stream().filter(m -> m.source().format() == InputFormat.PST).toList();
    assertFalse(pst.isEmpty(), "the PST entry after the broken one is still read: " + run.results());
    // regression: a zipped PST's locations lacked the entry, so two PSTs in one zip collided
    assertTrue(pst.stream().allMatch(m -> m.source().location().startsWith("vanha.pst!")),
        pst.stream().map(m -> m.source().location()).toList().toString());
    assertEquals(List.of(), TempFiles.leftSince(before));
  }

  private static boolean ours(Path path) {
    String name = path.getFileName().toString().toLowerCase();
    return name.startsWith("mailaudit") || name.contains("poifiles") || name.contains("tika")
        || name.endsWith(".png") || name.endsWith(".pdf") || name.endsWith(".doc") || name.endsWith(".eml")
        || name.endsWith(".msg") || name.endsWith(".txt");
  }

  /** Files two levels deep under tmpdir; folders of other users that cannot be read are passed over. */
  private static List<Path> tmpTree() throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    Files.walkFileTree(TempFiles.TMP, java.util.Set.of(), 2, new java.nio.file.SimpleFileVisitor<>() {
      @Override
      public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
        files.add(file);
        return java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
        return java.nio.file.FileVisitResult.CONTINUE; // not ours to read, so not ours to have written
      }
    });
    return files;
  }


}
