package fi.mailaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskGrouperTest {
  private static final long MB = 1024 * 1024;

  @Test
  void bigRangesGetAPartitionEachAndSmallFilesShare() {
    InputFile big = new InputFile("file:/a/big.mbox", InputFormat.MBOX, 256 * MB, null, null);
    List<ReadTask> tasks = new ArrayList<>();
    for (long start = 0; start < big.sizeBytes(); start += 64 * MB) {
      tasks.add(ReadTask.range(big, start, start + 64 * MB));
    }
    for (int i = 0; i < 1000; i++) {
      tasks.add(ReadTask.whole(new InputFile("file:/a/eml/" + i + ".eml", InputFormat.EML, 4096, null, null)));
    }
    List<List<ReadTask>> groups = TaskGrouper.group(tasks, 64 * MB, 300);
    assertEquals(4 + 4, groups.size()); // 4 ranges alone; 1000 small files capped at 300 a group
    assertEquals(1, groups.get(0).size());
    assertEquals(300, groups.get(4).size());
    assertEquals(1000 + 4, groups.stream().mapToInt(List::size).sum());
  }

  @Test
  void noTasksNoGroups() {
    assertEquals(List.of(), TaskGrouper.group(List.of(), MB, 10));
  }

  @Test
  void rejectsNonsenseLimits() {
    assertThrows(IllegalArgumentException.class, () -> TaskGrouper.group(List.of(), 0, 10));
  }
}
