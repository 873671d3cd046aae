package fi.mailaudit.ingest.mbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random mbox files of Finnish customer-service mail the way an mbox writer does (From_
 * line, mboxrd quoting or none, blank line after each message), and remembers what a reader must
 * give back.
 */
final class MboxFixtures {

  /** A written file with the messages and envelopes it holds, in order. */
  record Written(byte[] file, List<byte[]> messages, List<String> envelopes, List<Long> offsets) {}

  private static final String[] BODY = {
    "Hei Matti,",
    "",
    "Kiitos viestistäsi! Päätös ”hyväksytty” lähetetään sinulle viikon sisällä.",
    "Pahoittelemme viivästystä; tilaus 4711 on nyt käsittelyssä.",
    "Ystävällisin terveisin, Åsa Öberg / Asiakaspalvelu",
    "> Milloin tilaukseni saapuu? Odotin sitä jo eilen.",
    "> From",
    "From Helsinki to Tampere the delivery takes two days",
    "Fromage ja muut juustot ovat loppu",
    "=E4=F6 quoted-printable rivi, jossa on pitkä sisältö",
  };

  private static final String[] QUOTED_ONLY = {">From the archive", ">>From deeper", "From hello"};

  private MboxFixtures() {}

  /**
   * @param eol the line end of the whole file
   * @param quote mboxrd quoting (else bare body "From " lines stay, as in mboxcl2)
   * @param contentLength write a truthful Content-Length header
   */
  static Written write(Random random, int count, String eol, boolean quote, boolean bom,
      boolean contentLength) {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    if (bom) {
      file.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    List<byte[]> messages = new ArrayList<>();
    List<String> envelopes = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder body = new StringBuilder();
      int lines = random.nextInt(25);
      for (int l = 0; l < lines; l++) {
        body.append(bodyLine(random, quote)).append(eol);
      }
      String bodyText = body.toString();
      StringBuilder headers = new StringBuilder();
      headers.append("From: Asiakaspalvelu <palvelu@esimerkki.fi>").append(eol);
      headers.append("Subject: Tilaus ").append(i).append(" – kiitos ”nopeasta” vastauksesta")
          .append(eol);
      headers.append("Date: Mon, 15 Jan 2024 10:").append(10 + i % 50).append(":00 +0200")
          .append(eol);
      String stored = quote ? quoteFrom(bodyText) : bodyText;
      if (contentLength) {
        headers.append("Content-Length: ").append(utf8(stored).length).append(eol);
      }
      String original = headers + eol + bodyText;
      String envelope = "asiakas" + i + "@esimerkki.fi Mon Jan 15 10:" + (10 + i % 50) + ":00 2024";
      offsets.add((long) file.size());
      file.writeBytes(utf8("From " + envelope + eol + headers + eol + stored + eol));
      messages.add(utf8(eol.equals("\r") ? original.replace('\r', '\n') : original));
      envelopes.add(envelope);
    }
    return new Written(file.toByteArray(), messages, envelopes, offsets);
  }

  private static String bodyLine(Random random, boolean quote) {
    int pick = random.nextInt(BODY.length + 3);
    if (pick == BODY.length) {
      return "x".repeat(random.nextInt(3000)); // longer than the lookahead and small buffers
    }
    if (pick > BODY.length) {
      return quote ? QUOTED_ONLY[random.nextInt(QUOTED_ONLY.length)] : "";
    }
    return BODY[pick];
  }

  /** mboxrd (RFC 4155 App. A): every line matching ^>*From gets one more '>'. */
  static String quoteFrom(String text) {
    return text.replaceAll("(?m)^(>*From )", ">$1");
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
