package fi.mailaudit.fuzz;

import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.util.List;

/**
 * What a mutator must provoke whatever seed it started from: the limit it attacks must show up as
 * a LIMIT_EXCEEDED reject that names the limit (issue 6: "the limit in the reject reason").
 */
final class Expectations {
  private Expectations() {}

  static void check(Mutator mutator, List<ReadResult> results) {
    switch (mutator) {
      case ZIP_BOMB -> {
        requireLimit(results, "maxZipEntryBytes " + ArchiveFuzzTest.SETTINGS.maxZipEntryBytes());
        requireLimit(results, "limit of " + ArchiveFuzzTest.SETTINGS.maxMessageBytes() + " bytes");
      }
      case NESTED_ZIPS -> requireLimit(results, "deeper than " + ArchiveFuzzTest.SETTINGS.zipMaxDepth());
      default -> {}
    }
  }

  private static void requireLimit(List<ReadResult> results, String named) {
    boolean found = results.stream().anyMatch(r -> r instanceof Reject reject
        && reject.reason() == RejectReason.LIMIT_EXCEEDED && reject.detail().contains(named));
    if (!found) {
      throw new AssertionError("no LIMIT_EXCEEDED reject naming '" + named + "' in " + results);
    }
  }
}
