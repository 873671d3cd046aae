package fi.mailaudit.parse.msg;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared external corpora ({@code ../shared/corpora} beside the clone in CI, {@code
 * /work/shared/corpora} here) by walking up from the working directory. Fails, never skips, when
 * they are missing: a green build without the PST checks would prove nothing.
 */
public final class OutlookCorpora {
  private OutlookCorpora() {}

  public static File file(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpora").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate.toFile();
      }
    }
    return fail("corpus file shared/corpora/" + relative + " not found above " + Path.of("").toAbsolutePath());
  }
}
