package fi.mailaudit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Small Finnish customer-service mails for the end-to-end tests of issue 6: a customer's question
 * and the company's answer, dated where a test needs them (the quarter follows the date). The
 * customer's clear identity is public here so a test can look for it in the output.
 */
final class AuditMail {
  static final String COMPANY_DOMAIN = "energia.example.fi";
  static final String CUSTOMER_ADDRESS = "matti.virtanen@gmail.example.com";
  static final String CUSTOMER_NAME = "Matti Virtanen";

  private AuditMail() {}

  /** A question from the customer; {@code id} is the Message-ID's local part. */
  static String question(String id, String sentAt) {
    return """
        From: %s <%s>
        To: asiakaspalvelu@%s
        Subject: Laskun eräpäivä %s
        Date: %s
        Message-ID: <%s@gmail.example.com>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: 8bit

        Hei,

        voisitteko siirtää laskun eräpäivää kahdella viikolla? Tavoitatte minut numerosta 040 123 4567.

        Terveisin
        %s
        """.formatted(CUSTOMER_NAME, CUSTOMER_ADDRESS, COMPANY_DOMAIN, id, date(sentAt), id, CUSTOMER_NAME);
  }

  /** The company's answer to {@link #question} {@code id}. */
  static String answer(String id, String sentAt) {
    return """
        From: Liisa Lahtinen <liisa.lahtinen@%s>
        To: %s <%s>
        Subject: VS: Laskun eräpäivä %s
        Date: %s
        Message-ID: <vastaus-%s@%s>
        In-Reply-To: <%s@gmail.example.com>
        References: <%s@gmail.example.com>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: 8bit

        Hei Matti Virtanen,

        kiitos viestistäsi! Siirsimme eräpäivän kahdella viikolla, ja vahvistus lähti osoitteeseen
        %s. Soitamme vielä numeroon 040 123 4567, jos jotain puuttuu.

        Ystävällisin terveisin
        Liisa Lahtinen
        Energia Oy
        """.formatted(COMPANY_DOMAIN, CUSTOMER_NAME, CUSTOMER_ADDRESS, id, date(sentAt), id, COMPANY_DOMAIN, id, id,
        CUSTOMER_ADDRESS);
  }

  /** Writes a mail as an .eml with CRLF line ends (RFC 5322 §2.1). */
  static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
  }

  private static String date(String isoOffsetDateTime) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(OffsetDateTime.parse(isoOffsetDateTime));
  }
}
