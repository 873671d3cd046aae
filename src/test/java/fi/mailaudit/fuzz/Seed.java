package fi.mailaudit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A real archive file the fuzzer starts from: the shared corpora (other projects' test files) and
 * the sample data. Its kind decides which mutators apply and the file name a mutant is given, so
 * that discovery takes the same path it would for the original.
 *
 * @param path where it was read from (in failure reports)
 * @param kind its format family
 * @param bytes its content
 */
record Seed(Path path, Kind kind, byte[] bytes) {

  /** The format families the mutators tell apart. */
  enum Kind {
    RFC822(".eml"), MBOX(".mbox"), PST(".pst"), MSG(".msg"), TNEF("winmail.dat"), EMLX(".emlx");

    final String suffix;

    Kind(String suffix) {
      this.suffix = suffix;
    }
  }

  static final Path CORPORA = Path.of("/work/shared/corpora");
  static final Path SAMPLE_DATA = Path.of("sample-data/archives");

  /** A plausible file name for a mutant of this seed: what an export would have called it. */
  String fileName(String stem) {
    return kind == Kind.TNEF ? kind.suffix : stem + kind.suffix;
  }

  @Override
  public String toString() {
    return path.toString();
  }

  /** Every seed, in path order (the order makes a fuzz seed reproduce the same case). */
  static List<Seed> all() {
    try (Stream<Path> corpora = walk(CORPORA); Stream<Path> samples = walk(SAMPLE_DATA)) {
      return Stream.concat(corpora, samples)
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(Path::toString))
          .map(Seed::of)
          .filter(seed -> seed != null)
          .toList();
    }
  }

  private static Stream<Path> walk(Path root) {
    try {
      return Files.exists(root) ? Files.walk(root) : Stream.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed of a corpus file, or null for the corpora's own bookkeeping (json, md, tsv). */
  private static Seed of(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json") || name.endsWith(".md") || name.endsWith(".tsv") || name.endsWith(".ini")
        || name.startsWith("license") || name.startsWith(".") || path.toString().contains("pst-inspection")) {
      return null;
    }
    Kind kind;
    if (name.endsWith(".pst") || name.endsWith(".ost")) {
      kind = Kind.PST;
    } else if (name.endsWith(".msg")) {
      kind = Kind.MSG;
    } else if (name.endsWith(".dat")) {
      kind = Kind.TNEF;
    } else if (name.endsWith(".emlx")) {
      kind = Kind.EMLX;
    } else if (name.contains("mbox") || path.getParent().getFileName().toString().equals("mboxes")) {
      kind = Kind.MBOX;
    } else {
      kind = Kind.RFC822;
    }
    try {
      return new Seed(path, kind, Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
