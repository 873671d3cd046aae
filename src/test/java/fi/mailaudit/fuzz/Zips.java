package fi.mailaudit.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The archive-shaped mutants: zips of damaged seeds, zips in zips, and a zip bomb. */
final class Zips {
  /** What each bomb entry inflates to: 1 GB (issue 6). */
  static final long BOMB_ENTRY_BYTES = 1L << 30;

  /** Entry names an attacker or a careless exporter writes: traversal, absolute, Maildir, odd. */
  private static final String[] NAMES = {
    "../../evil.eml", "/etc/x.eml", "Saapuneet/cur/1700000000.M1.palvelin:2,S", "..\\..\\windows.eml",
    "kansio/viesti.eml", "arkisto.mbox", "tmp/kesken.eml", "__MACOSX/._viesti.eml", "ääkköset/Lasku ÄÖ.eml",
    "a/../../../../b.eml", "ilman-paatetta",
  };

  private static byte[] bomb;

  private Zips() {}

  /** 1–5 seeds, some damaged, under hostile and ordinary entry names. */
  static Path ofSeeds(Seed first, List<Seed> all, SplittableRandom random, Path dir) throws IOException {
    Path zip = dir.resolve("vienti.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      int entries = 1 + random.nextInt(5);
      for (int i = 0; i < entries; i++) {
        Seed seed = i == 0 ? first : all.get(random.nextInt(all.size()));
        byte[] bytes = random.nextBoolean() ? seed.bytes() : Mutator.anyEdit(seed, all, random);
        String name = random.nextInt(3) == 0 ? NAMES[random.nextInt(NAMES.length)] : seed.fileName("viesti");
        out.putNextEntry(new ZipEntry(i + "-" + name.replace("viesti", "viesti" + i)));
        out.write(bytes);
        out.closeEntry();
      }
    }
    return zip;
  }

  /** The seed inside {@code depth} zips, each holding the previous one. */
  static Path nested(Seed seed, int depth, Path dir) throws IOException {
    byte[] inner = seed.bytes();
    String name = seed.fileName("viesti");
    for (int level = depth; level >= 1; level--) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(inner.length + 200);
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        out.putNextEntry(new ZipEntry(name));
        out.write(inner);
        out.closeEntry();
      }
      inner = bytes.toByteArray();
      name = "taso" + level + ".zip";
    }
    return Files.write(dir.resolve("sisakkain.zip"), inner);
  }

  /**
   * A zip whose two entries each inflate to 1 GB of zeros behind a mail-looking head: an EML
   * (hits maxMessageBytes) and an mbox (spooled, hits maxZipEntryBytes). Written once by streaming
   * zeros in chunks through the deflater; the ~2 MB result is kept for later cases.
   */
  static synchronized Path bomb(Path dir) throws IOException {
    Path zip = dir.resolve("pommi.zip");
    if (bomb != null) {
      return Files.write(zip, bomb);
    }
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      entry(out, "pommi.eml", "From: hyokkaaja@example.com\r\nSubject: Lasku\r\n\r\n");
      entry(out, "pommi.mbox", "From hyokkaaja@example.com Mon Jan  6 09:00:00 2025\nSubject: Lasku\n\n");
    }
    bomb = Files.readAllBytes(zip);
    return zip;
  }

  private static void entry(ZipOutputStream out, String name, String head) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    byte[] zeros = new byte[1 << 20];
    for (long written = 0; written < BOMB_ENTRY_BYTES; written += zeros.length) {
      out.write(zeros);
    }
    out.closeEntry();
  }
}
