package fi.mailaudit.parse.pst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import fi.mailaudit.parse.msg.OutlookCorpora;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, truncated and foreign files: rejects with a reason, never an exception. */
class PstDamageTest {
  private static final String TOP = "Début du fichier de données Outlook";

  @TempDir Path tmp;

  private File copyWith(String name, byte[] bytes) throws IOException {
    return Files.write(tmp.resolve(name), bytes).toFile();
  }

  private static byte[] corpus() throws IOException {
    return Files.readAllBytes(OutlookCorpora.file("apache-tika/testPST.pst").toPath());
  }

  /**
   * 4 KB at 0x25000 of testPST.pst hold the property table of one message (descriptor 2097316, the
   * TIKA-1250 JIRA mail), found by overwriting every 4 KB block in turn: the index and the other
   * items stay intact, so this is the "one bad message in a good folder" case.
   */
  @Test
  void oneDamagedItemIsOneRejectAndTheRestOfTheFolderIsRead() throws IOException {
    byte[] bytes = corpus();
    Arrays.fill(bytes, 0x25000, 0x26000, (byte) 0xA5);
    File damaged = copyWith("damaged.pst", bytes);

    PstPlan plan = PstPlanner.plan(damaged, "damaged.pst", 2);
    assertEquals(List.of(), plan.rejects());
    PstSliceResult result = PstSliceReader.read(damaged, "damaged.pst", plan.slices());

    List<Reject> rejects =
        result.results().stream().filter(Reject.class::isInstance).map(Reject.class::cast).toList();
    assertEquals(1, rejects.size());
    assertEquals(RejectReason.PST_ITEM_UNREADABLE, rejects.get(0).reason());
    assertEquals(TOP + "#2097316", rejects.get(0).source().location());
    assertEquals(TOP, rejects.get(0).source().folder());
    assertTrue(rejects.get(0).detail().contains("2097316"), rejects.get(0).detail());
    // 6 good top-level items + the message embedded in one of them.
    assertEquals(7, result.messages().size());
    long topLevel = result.results().stream().filter(r -> !r.source().location().contains("#att")).count();
    assertEquals(plan.itemCount(), topLevel);
  }

  @Test
  void garbageTruncatedAndEmptyFilesAreOneFileReject() throws IOException {
    List<File> files =
        List.of(
            copyWith("empty.pst", new byte[0]),
            copyWith("truncated.pst", Arrays.copyOf(corpus(), 1000)),
            copyWith("text.pst", "Hei, tämä ei ole Outlookin tiedosto.\n".getBytes(StandardCharsets.UTF_8)),
            tmp.resolve("missing.pst").toFile());
    for (File f : files) {
      PstPlan plan = PstPlanner.plan(f, f.getName(), 500);
      assertEquals(List.of(), plan.slices(), f.getName());
      assertEquals(1, plan.rejects().size(), f.getName());
      Reject r = plan.rejects().get(0);
      assertEquals(RejectReason.FILE_UNREADABLE, r.reason(), f.getName());
      assertEquals(f.getName(), r.source().sourceFile());
      assertTrue(r.detail().startsWith("not a readable PST/OST file"), r.detail());
    }
  }

  @Test
  void fileGoneBetweenPlanAndReadRejectsEveryPlannedItem() {
    PstPlan plan = PstPlanner.plan(OutlookCorpora.file("apache-tika/testPST.pst"), "t.pst", 4);
    PstSliceResult result = PstSliceReader.read(tmp.resolve("gone.pst").toFile(), "t.pst", plan.slices());
    assertEquals(plan.itemCount(), result.results().size());
    for (ReadResult r : result.results()) {
      assertEquals(RejectReason.FILE_UNREADABLE, ((Reject) r).reason());
    }
  }

  @Test
  void descriptorThatIsNoItemIsARejectNotACrash() {
    File pst = OutlookCorpora.file("apache-tika/testPST.pst");
    // 290 is the root folder's descriptor (NID_ROOT_FOLDER, [MS-PST] 2.4.1); 12345 does not exist.
    PstSliceResult result =
        PstSliceReader.read(pst, "t.pst", List.of(new PstSlice(TOP, new long[] {290, 12345})));
    assertEquals(2, result.results().size());
    assertTrue(result.results().stream().allMatch(Reject.class::isInstance));
    assertEquals(List.of(), result.messages());
  }

  @Test
  void sliceSizeMustBePositive() {
    File pst = OutlookCorpora.file("apache-tika/testPST.pst");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PstPlanner.plan(pst, "t.pst", 0));
    assertTrue(e.getMessage().contains("0"));
  }

  @Test
  void slicesCoverEveryItemOnceWhateverTheSize() {
    File pst = OutlookCorpora.file("apache-tika/testPST.pst");
    for (int size : new int[] {1, 2, 7, 8, 500}) {
      PstPlan plan = PstPlanner.plan(pst, "t.pst", size);
      long[] ids = plan.slices().stream().flatMapToLong(s -> Arrays.stream(s.descriptorIds())).toArray();
      assertEquals(7, ids.length, "size " + size);
      assertEquals(7, Arrays.stream(ids).distinct().count(), "size " + size);
      assertTrue(plan.slices().stream().allMatch(s -> s.size() <= size), "size " + size);
      List<ParsedMessage> messages = PstSliceReader.read(pst, "t.pst", plan.slices()).messages();
      assertEquals(8, messages.size(), "size " + size);
    }
  }
}
