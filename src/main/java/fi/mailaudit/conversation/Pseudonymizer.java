package fi.mailaudit.conversation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a customer's address or name with a keyed HMAC-SHA256 pseudonym (SPEC §3): stable for
 * one key, so a customer's messages still group together, and not reversible without the key,
 * which is given at run time and never written to the output.
 */
public final class Pseudonymizer implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private static final String ALGORITHM = "HmacSHA256";
  /** 80 bits: no collisions in practice for the customers of one company, short enough to read. */
  private static final int HEX_CHARS = 20;

  private final byte[] key;
  private transient Mac mac;

  public Pseudonymizer(byte[] key) {
    if (key == null || key.length < 16) {
      throw new IllegalArgumentException("a pseudonym key needs at least 16 bytes");
    }
    this.key = key.clone();
  }

  /** The pseudonym of an identity (address or name), case-insensitive; null stays null. */
  public String pseudonym(String identity) {
    if (identity == null || identity.isBlank()) {
      return null;
    }
    byte[] digest = mac().doFinal(identity.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    return "c_" + HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
  }

  private Mac mac() {
    if (mac == null) {
      try {
        mac = Mac.getInstance(ALGORITHM);
        mac.init(new SecretKeySpec(key, ALGORITHM));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
      }
    }
    return mac;
  }
}
