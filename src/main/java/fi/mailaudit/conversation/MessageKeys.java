package fi.mailaudit.conversation;

import fi.mailaudit.parse.ParsedMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The stable {@code message_key} that makes a message count once although it sits in the sender's
 * Sent Items and in the recipient's Inbox (SPEC §4 "Dedupe"): the Message-ID when there is one,
 * else a hash of what identifies the content (sender, date, subject, body with white space folded,
 * since exports re-wrap lines). Hashed either way, so the key is fixed-length and carries no address.
 */
public final class MessageKeys {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private MessageKeys() {}

  public static String of(ParsedMessage m) {
    if (m.messageId() != null && !m.messageId().isBlank()) {
      return sha("mid\u0000" + m.messageId().strip());
    }
    String from = m.from() == null ? "" : String.valueOf(m.from().email()) + "\u0000" + m.from().name();
    return sha(String.join("\u0000", "content", from, String.valueOf(m.sentAt()),
        String.valueOf(m.subject()), SPACES.matcher(m.bodyText()).replaceAll(" ").strip()));
  }

  private static String sha(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
