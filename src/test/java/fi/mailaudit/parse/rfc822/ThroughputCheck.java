package fi.mailaudit.parse.rfc822;

import fi.mailaudit.corpora.ExpectedFacts;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.ingest.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Single-threaded messages/s on the stalwart EML corpus looped, for the report; run on demand
 * ({@code -Dtest=ThroughputCheck}), not part of the suite since the machine is shared.
 */
@Tag("benchmark")
class ThroughputCheck {
  @Test
  void stalwartCorpusLooped() throws IOException {
    List<RawMessage> messages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ExpectedFacts.corporaDir().resolve("stalwartlabs-mail-parser/eml"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
        messages.add(new RawMessage(new SourceRef(file.toString(), InputFormat.EML, "0", null), Files.readAllBytes(file), null));
      }
    }
    Rfc822Parser parser = new Rfc822Parser();
    long bytes = messages.stream().mapToLong(m -> m.bytes().length).sum();
    for (int round = 0; round < 3; round++) {
      int n = 0;
      long start = System.nanoTime();
      while (System.nanoTime() - start < 10_000_000_000L) {
        for (RawMessage message : messages) {
          parser.parse(message);
          n++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("round %d: %d messages (%d files, %d KB) in %.1f s = %.0f msg/s%n",
          round, n, messages.size(), bytes / 1024, seconds, n / seconds);
    }
  }
}
