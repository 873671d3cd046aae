package fi.mailaudit.ingest.mbox;

import static fi.mailaudit.ingest.mbox.MboxTestSupport.cutAt;
import static fi.mailaudit.ingest.mbox.MboxTestSupport.read;
import static fi.mailaudit.ingest.mbox.MboxTestSupport.readAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property the Spark job rests on: for any split points, the ranges' outputs concatenated are
 * exactly the output of one whole-file read, whatever the buffer size.
 */
class MboxSplitInvarianceTest {

  private static final List<MboxOptions> BUFFERS =
      List.of(MboxOptions.defaults(), MboxTestSupport.SMALL_BUFFER);

  static Stream<String> corpusFiles() {
    return MboxCorporaTest.mboxFiles();
  }

  static Stream<Arguments> generatedFiles() {
    List<Arguments> cases = new ArrayList<>();
    int seed = 0;
    for (String eol : List.of("\n", "\r\n", "\r")) {
      for (boolean quote : List.of(true, false)) {
        for (boolean contentLength : List.of(false, true)) {
          boolean bom = seed % 3 == 0;
          cases.add(Arguments.of(seed++, eol.replace("\r", "CR").replace("\n", "LF"), quote, bom,
              contentLength));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("corpusFiles")
  void corpusFileReadsTheSameForAnySplit(String file) {
    assertSplitInvariant(Corpora.bytes(file), new Random(file.hashCode()));
  }

  @ParameterizedTest(name = "seed {0} {1} quote={2} bom={3} contentLength={4}")
  @MethodSource("generatedFiles")
  void generatedFileReadsBackItsMessagesForAnySplit(
      int seed, String eolName, boolean quote, boolean bom, boolean contentLength) {
    String eol = eolName.replace("CR", "\r").replace("LF", "\n");
    Random random = new Random(seed);
    MboxFixtures.Written written =
        MboxFixtures.write(random, 20 + random.nextInt(20), eol, quote, bom, contentLength);
    CollectingSink whole = readAll(written.file());
    assertEquals(List.of(), whole.rejects);
    assertEquals(written.messages().size(), whole.messages.size());
    for (int i = 0; i < written.messages().size(); i++) {
      assertArrayEquals(written.messages().get(i), whole.messages.get(i).bytes(), "message " + i);
      assertEquals(written.envelopes().get(i), whole.messages.get(i).envelopeFrom());
      assertEquals("@" + written.offsets().get(i), whole.messages.get(i).source().location());
    }
    assertSplitInvariant(written.file(), random);
  }

  private static void assertSplitInvariant(byte[] file, Random random) {
    List<CollectingSink.Item> expected = readAll(file).items;
    for (MboxOptions options : BUFFERS) {
      assertEquals(expected, readAll(file, options).items, "whole read, buffer "
          + options.bufferBytes());
      for (long point : interestingPoints(file)) {
        assertEquals(expected, read(file, options, cutAt(file.length, point)).items,
            "cut at " + point + ", buffer " + options.bufferBytes());
      }
      for (int trial = 0; trial < 40; trial++) {
        long[] points = random.longs(1 + random.nextInt(8), 0, file.length + 1L).toArray();
        assertEquals(expected, read(file, options, cutAt(file.length, points)).items,
            "cuts at " + java.util.Arrays.toString(points) + ", buffer " + options.bufferBytes());
      }
    }
    long size = 1 + random.nextInt(Math.max(1, file.length / 3));
    assertEquals(expected, read(file, MboxOptions.defaults(),
        MboxSplitPlanner.plan(file.length, size)).items, "planned splits of " + size);
  }

  /**
   * Around every From_ line (on it, just before, just after, inside "From "), at every CR of a
   * CRLF, at the BOM and the first bytes.
   */
  private static List<Long> interestingPoints(byte[] file) {
    List<Long> points = new ArrayList<>(List.of(1L, 2L, 3L, 4L));
    for (int i = 0; i + 5 <= file.length; i++) {
      boolean lineStart = i == 0 || file[i - 1] == '\n' || file[i - 1] == '\r';
      if (lineStart && file[i] == 'F' && file[i + 1] == 'r' && file[i + 4] == ' ') {
        for (long d = -3; d <= 3; d++) {
          points.add(i + d);
        }
      }
      if (file[i] == '\r' && file[i + 1] == '\n' && points.size() < 4000) {
        points.add((long) i);
      }
    }
    return points;
  }
}
