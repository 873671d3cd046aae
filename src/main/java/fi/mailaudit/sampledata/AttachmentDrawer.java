package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Mail.BodyStyle;
import fi.mailaudit.sampledata.Mail.Part;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Decides which messages of a large corpus carry files, and makes them, so that the corpus has the
 * size of real customer-service mail (issue 7: about 10 KB a message, where the text alone is
 * 1.6 KB): customers attach screenshots, photos and PDFs; agents' Outlook replies carry a signature
 * logo and now and then a PDF.
 *
 * <p>Draws from its own random stream, seeded from the corpus seed: the main stream, which decides
 * every text, header and thread, is never touched, so a corpus with attachments tells the same
 * story as the one without, message for message.
 */
final class AttachmentDrawer {
  /** Mixed into the corpus seed so this stream is not the main stream's twin. */
  private static final long SALT = 0x6174746163686D73L; // "attachms"

  /*
   * Shares tuned so that seed 1 averages about 10 KB a message (LargeCorpusAttachmentsTest measures
   * it): with these, 1,000,000 messages of seed 1 come to about 10 GB.
   */
  static final double CUSTOMER_FILES = 0.07;
  static final double SECOND_FILE = 0.3;
  static final double AGENT_LOGO = 0.8;
  static final double AGENT_PDF = 0.08;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
  private static final String[] AGENT_DOCUMENTS = {"hinnasto_2026.pdf", "sopimusehdot.pdf", "palvelukuvaus.pdf"};

  private final SplittableRandom rng;

  AttachmentDrawer(long corpusSeed) {
    this.rng = new SplittableRandom(corpusSeed ^ SALT);
  }

  /** The files to render with {@code m}; {@link Enclosures#NONE} for most messages. */
  Enclosures draw(Mail m) {
    if (m.autoReply()) {
      return Enclosures.NONE;
    }
    if ("customer".equals(m.role())) {
      return customer(m);
    }
    // Only the agents' Outlook HTML replies carry a signature image; plain-text replies stay plain.
    if (m.reply() != null && m.style() == BodyStyle.ALTERNATIVE) {
      return agent(m);
    }
    return Enclosures.NONE;
  }

  private Enclosures customer(Mail m) {
    if (rng.nextDouble() >= CUSTOMER_FILES) {
      return Enclosures.NONE;
    }
    int count = rng.nextDouble() < SECOND_FILE ? 2 : 1;
    List<Part> files = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double d = rng.nextDouble();
      FakeFile kind = d < 0.5 ? FakeFile.SCREENSHOT : d < 0.85 ? FakeFile.DOCUMENT : FakeFile.PHOTO;
      files.add(file(kind, customerName(kind, m, i)));
    }
    return new Enclosures(files, null);
  }

  private Enclosures agent(Mail m) {
    if (rng.nextDouble() >= AGENT_LOGO) {
      return Enclosures.NONE;
    }
    Part logo = file(FakeFile.LOGO, "image001.png");
    List<Part> files = rng.nextDouble() < AGENT_PDF
        ? List.of(file(FakeFile.DOCUMENT, AGENT_DOCUMENTS[rng.nextInt(AGENT_DOCUMENTS.length)]))
        : List.of();
    return new Enclosures(files, logo);
  }

  private Part file(FakeFile kind, String name) {
    return new Part(name, kind.mediaType(), kind.bytes(kind.drawSize(rng), rng));
  }

  /** Names as phones, Windows and scanners give them, ASCII so they need no RFC 2231 encoding. */
  private String customerName(FakeFile kind, Mail m, int index) {
    String day = DAY.format(m.date()) + (index > 0 ? "_" + (index + 1) : "");
    return switch (kind) {
      case SCREENSHOT -> rng.nextBoolean()
          ? "kuvakaappaus_" + day + ".png"
          : "Screenshot_" + STAMP.format(m.date().minusMinutes(rng.nextInt(600)).plusSeconds(index)) + ".png";
      case PHOTO -> rng.nextBoolean() ? "IMG_" + (1000 + rng.nextInt(9000)) + ".jpg"
          : "kuva_" + day + ".jpg";
      case DOCUMENT -> switch (rng.nextInt(3)) {
        case 0 -> "lasku_" + (10000 + rng.nextInt(90000)) + ".pdf";
        case 1 -> "sopimus_" + (1000 + rng.nextInt(9000)) + ".pdf";
        default -> "skannaus_" + day + ".pdf";
      };
      case LOGO -> "image001.png";
    };
  }
}
