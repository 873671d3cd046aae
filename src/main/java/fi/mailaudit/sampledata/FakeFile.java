package fi.mailaudit.sampledata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.zip.CRC32;

/**
 * The kinds of file customers and agents attach, with a size distribution and bytes that look
 * like the format: a real header, then random bytes standing for compressed image or page data.
 * Random because real attachments are already compressed: a compressible filler would make the
 * corpus unrealistically cheap to store and to move.
 *
 * <p>Sizes are log-normal (most files near the median, a long tail), clamped to {@link #MIN} ..
 * {@link #MAX}: screenshots and PDFs mostly 20–150 KB, phone photos larger, a few up to 2 MB.
 */
enum FakeFile {
  SCREENSHOT("image/png", 70_000, 0.6),
  PHOTO("image/jpeg", 250_000, 0.6),
  DOCUMENT("application/pdf", 60_000, 0.7),
  /** The signature logo of an agent's HTML reply: a few kilobytes. */
  LOGO("image/png", 5_000, 0.3);

  static final int MIN = 2_000;
  static final int MAX = 2_000_000;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private final String mediaType;
  private final int medianBytes;
  private final double sigma;

  FakeFile(String mediaType, int medianBytes, double sigma) {
    this.mediaType = mediaType;
    this.medianBytes = medianBytes;
    this.sigma = sigma;
  }

  String mediaType() {
    return mediaType;
  }

  /** A size drawn from this kind's distribution. */
  int drawSize(RandomGenerator rng) {
    double size = medianBytes * Math.exp(sigma * rng.nextGaussian());
    return (int) Math.max(MIN, Math.min(MAX, size));
  }

  /** A file of about {@code size} bytes (give or take its few header bytes). */
  byte[] bytes(int size, RandomGenerator rng) {
    return switch (this) {
      case SCREENSHOT -> png(size, 640 + 64 * rng.nextInt(20), 360 + 36 * rng.nextInt(20), rng);
      case LOGO -> png(size, 160 + 8 * rng.nextInt(10), 40 + 4 * rng.nextInt(10), rng);
      case PHOTO -> jpeg(size, rng);
      case DOCUMENT -> pdf(size, rng);
    };
  }

  /** Signature, IHDR, one IDAT chunk of random data with its CRC, IEND (PNG spec §5). */
  private static byte[] png(int size, int width, int height, RandomGenerator rng) {
    int data = Math.max(16, size - 57);
    ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12 + data + 12);
    b.put(PNG_SIGNATURE);
    int ihdr = b.position();
    b.putInt(13).put(ascii("IHDR")).putInt(width).putInt(height)
        .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    crc(b, ihdr);
    int idat = b.position();
    b.putInt(data).put(ascii("IDAT"));
    fill(b, data, rng);
    crc(b, idat);
    int iend = b.position();
    b.putInt(0).put(ascii("IEND"));
    crc(b, iend);
    return b.array();
  }

  /** SOI, JFIF APP0, baseline SOF0, SOS, random entropy-coded data, EOI (JPEG / JFIF 1.02). */
  private static byte[] jpeg(int size, RandomGenerator rng) {
    int width = 1600 + 16 * rng.nextInt(100);
    int height = width * 3 / 4;
    byte[] head = {
        (byte) 0xFF, (byte) 0xD8,
        (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 72, 0, 72, 0, 0,
        (byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) (height >> 8), (byte) height, (byte) (width >> 8),
        (byte) width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
        (byte) 0xFF, (byte) 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3F, 0};
    int data = Math.max(16, size - head.length - 2);
    ByteBuffer b = ByteBuffer.allocate(head.length + data + 2);
    b.put(head);
    fill(b, data, rng);
    b.put((byte) 0xFF).put((byte) 0xD9);
    return b.array();
  }

  /**
   * A one-page PDF whose page carries a scanned image (random DCT data) and a line of text, with a
   * correct cross-reference table, so a PDF reader opens it without a repair pass.
   */
  private static byte[] pdf(int size, RandomGenerator rng) {
    String page = "BT /F1 12 Tf 72 780 Td (Sivu 1/1) Tj ET q 451 0 0 638 72 100 cm /Im1 Do Q";
    String[] objects = {
        "<</Type/Catalog/Pages 2 0 R>>",
        "<</Type/Pages/Kids[3 0 R]/Count 1>>",
        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
            + "/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>/XObject<</Im1 5 0 R>>>>>>",
        "<</Length " + page.length() + ">>\nstream\n" + page + "\nendstream"};
    StringBuilder head = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    long[] offsets = new long[6];
    for (int i = 0; i < objects.length; i++) {
      offsets[i + 1] = head.length();
      head.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    offsets[5] = head.length();
    int data = Math.max(16, size - head.length() - 400);
    head.append("5 0 obj\n<</Type/XObject/Subtype/Image/Width 1240/Height 1754/ColorSpace/DeviceRGB"
        + "/BitsPerComponent 8/Filter/DCTDecode/Length ").append(data).append(">>\nstream\n");
    long xref = head.length() + (long) data + "\nendstream\nendobj\n".length();
    StringBuilder tail = new StringBuilder("\nendstream\nendobj\nxref\n0 6\n0000000000 65535 f \n");
    for (int i = 1; i < offsets.length; i++) {
      tail.append(String.format(Locale.ROOT, "%010d 00000 n \n", offsets[i]));
    }
    tail.append("trailer\n<</Size 6/Root 1 0 R>>\nstartxref\n").append(xref).append("\n%%EOF\n");
    byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] t = tail.toString().getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer b = ByteBuffer.allocate(h.length + data + t.length);
    b.put(h);
    fill(b, data, rng);
    b.put(t);
    return b.array();
  }

  /** {@code n} random bytes at the buffer's position, eight at a time. */
  private static void fill(ByteBuffer b, int n, RandomGenerator rng) {
    int end = b.position() + n;
    while (end - b.position() >= Long.BYTES) {
      b.putLong(rng.nextLong());
    }
    while (b.position() < end) {
      b.put((byte) rng.nextInt());
    }
  }

  /** The CRC of a chunk's type and data (everything after its length field), appended. */
  private static void crc(ByteBuffer b, int chunkStart) {
    CRC32 crc = new CRC32();
    crc.update(b.array(), chunkStart + 4, b.position() - chunkStart - 4);
    b.putInt((int) crc.getValue());
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
