package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {
  private static final String FILE_KEY = "tiedoston-avain-ei-tuotantoon-42";
  private static final String ENV_KEY = "ympäristön-avain-ei-tuotantoon-7";
  private static final UnaryOperator<String> NO_ENV = name -> null;

  @TempDir Path tmp;

  @Test
  void theFileWinsOverTheEnvironmentAndIsStripped() throws IOException {
    Path file = Files.writeString(tmp.resolve("avain.key"), "  " + FILE_KEY + "\n");
    assertArrayEquals(FILE_KEY.getBytes(StandardCharsets.UTF_8),
        PseudonymKey.resolve(file.toString(), env(ENV_KEY)));
  }

  @Test
  void theEnvironmentServesWhenNoFileIsGiven() {
    assertArrayEquals(ENV_KEY.getBytes(StandardCharsets.UTF_8), PseudonymKey.resolve(null, env(ENV_KEY)));
  }

  @Test
  void neitherGivenIsAClearErrorThatSaysWhatToDo() {
    for (UnaryOperator<String> env : java.util.List.of(NO_ENV, env(""), env("   "))) {
      UsageException e = assertThrows(UsageException.class, () -> PseudonymKey.resolve(null, env));
      assertTrue(e.getMessage().startsWith("no pseudonym key: give --pseudonym-key-file FILE or set "
          + "MAILAUDIT_PSEUDONYM_KEY"), e.getMessage());
      assertTrue(e.getMessage().contains("--keep-customer-identities"), e.getMessage());
    }
  }

  @Test
  void aShortKeyIsRefusedWithoutEchoingIt() throws IOException {
    String shortKey = "lyhyt-avain-15b"; // 15 bytes: one short of the floor
    Path file = Files.writeString(tmp.resolve("lyhyt.key"), shortKey);
    UsageException fromFile = assertThrows(UsageException.class, () -> PseudonymKey.resolve(file.toString(), NO_ENV));
    UsageException fromEnv = assertThrows(UsageException.class, () -> PseudonymKey.resolve(null, env(shortKey)));
    for (UsageException e : java.util.List.of(fromFile, fromEnv)) {
      assertTrue(e.getMessage().contains("15 bytes"), e.getMessage());
      assertFalse(e.getMessage().contains(shortKey), "the message must not echo the key: " + e.getMessage());
    }
    // Exactly sixteen bytes is enough; "ä" counts as two.
    assertEquals(16, PseudonymKey.resolve(null, env("lyhyt-avain-16bb")).length);
    assertEquals(16, PseudonymKey.resolve(null, env("ääääääää")).length);
    assertThrows(UsageException.class, () -> PseudonymKey.resolve(null, env("äääääää")));
  }

  @Test
  void anUnreadableKeyFileNamesTheFile() {
    String missing = tmp.resolve("puuttuu.key").toString();
    UsageException e = assertThrows(UsageException.class, () -> PseudonymKey.resolve(missing, env(ENV_KEY)));
    assertTrue(e.getMessage().startsWith("cannot read the pseudonym key file " + missing), e.getMessage());
  }

  @Test
  void theSampleConfigNamesItsOwnDemoKeySoTheSampleNeedsNoException() {
    AuditOptions sample = OptionsParser.parse(java.util.List.of("--config", "sample-data/audit.yaml", "--output", "x"));
    assertTrue(PseudonymKey.resolve(sample.pseudonymKeyFile(), NO_ENV).length >= PseudonymKey.MIN_BYTES);
  }

  private static UnaryOperator<String> env(String value) {
    return name -> Map.of(PseudonymKey.ENV, value).get(name);
  }
}
