package fi.mailaudit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the HMAC key of the customer pseudonyms comes from (issue 6 item 3): the key file, else the
 * environment, else the run stops. There is deliberately no random fallback: a per-run key makes
 * pseudonyms differ between runs, so quarters written by two runs could no longer be joined on a
 * customer, and nobody notices until the report is wrong. The sample needs no exception: its
 * {@code audit.yaml} names its own published demo key. The key is only ever held in memory; it is
 * never logged, echoed in a message, or written to the manifest.
 */
final class PseudonymKey {
  static final String ENV = "MAILAUDIT_PSEUDONYM_KEY";
  /** An HMAC-SHA256 key shorter than this is guessable; 16 bytes is the usual floor. */
  static final int MIN_BYTES = 16;
  static final String MISSING = "no pseudonym key: give --pseudonym-key-file FILE or set " + ENV
      + " (at least " + MIN_BYTES + " characters; keep the same key for every run, so pseudonyms join"
      + " across quarters), or --keep-customer-identities to write customers in clear; see README";

  private PseudonymKey() {}

  /**
   * The key bytes: the stripped content of {@code keyFile} when given, else of {@code env}'s
   * {@value #ENV}.
   *
   * @throws UsageException when neither is given, the file cannot be read, or the key is too short
   */
  static byte[] resolve(String keyFile, UnaryOperator<String> env) {
    if (keyFile != null) {
      String key;
      try {
        key = Files.readString(Path.of(keyFile), StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new UsageException("cannot read the pseudonym key file " + keyFile + ": " + e);
      }
      return checked(key, "the pseudonym key in " + keyFile);
    }
    String key = env.apply(ENV);
    if (key == null || key.isBlank()) {
      throw new UsageException(MISSING);
    }
    return checked(key.strip(), ENV);
  }

  private static byte[] checked(String key, String where) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_BYTES) {
      // The length only: the message must not echo any part of the key.
      throw new UsageException(where + " is " + bytes.length + " bytes; it must be at least " + MIN_BYTES);
    }
    return bytes;
  }
}
