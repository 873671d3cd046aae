package fi.mailaudit.sampledata;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes mailaudit's demonstration and benchmark corpora: the small realistic Finnish sample that
 * is checked in under {@code sample-data/}, and large corpora of N messages for benchmarks. Both
 * are deterministic: the same seed gives byte-identical files.
 *
 * <pre>
 * java -cp target/classes fi.mailaudit.sampledata.SampleCorpusGenerator sample --out sample-data
 * java -cp target/classes fi.mailaudit.sampledata.SampleCorpusGenerator large --out /tmp/big \
 *      --messages 1000000 --format mbox|eml|maildir|mixed [--seed 7] [--no-labels] [--attachments]
 * </pre>
 *
 * <p>{@code --attachments} gives the large mode's messages the files real customer-service mail
 * carries (screenshots, photos, PDFs, signature logos; about 10 KB a message on average instead of
 * 1.6 KB) without changing any text, header or thread of the same seed.
 */
public final class SampleCorpusGenerator {
  /** The seed the checked-in sample was written with. */
  public static final long SAMPLE_SEED = 20260619L;

  private SampleCorpusGenerator() {}

  /** Writes the checked-in sample into {@code out}; returns the number of message files. */
  public static long writeSample(Path out, long seed) throws IOException {
    return new SampleCorpus(PhraseBank.load()).write(out, seed);
  }

  /** What the large mode wrote: message files and their rendered bytes (mbox separators aside). */
  public record Written(long messages, long bytes) {
    /** Bytes per message, 0 for none. */
    public double averageBytes() {
      return messages == 0 ? 0 : (double) bytes / messages;
    }
  }

  /**
   * Writes exactly {@code messages} message files in {@code format} (mbox, eml, maildir, mixed)
   * into {@code out}, streaming; labels under {@code out/labels} when asked.
   */
  public static long writeLarge(Path out, String format, long messages, long seed, boolean labels)
      throws IOException {
    return writeLarge(out, format, messages, seed, labels, false).messages();
  }

  /** {@link #writeLarge(Path, String, long, long, boolean)}, with attachments when asked. */
  public static Written writeLarge(Path out, String format, long messages, long seed, boolean labels,
      boolean attachments) throws IOException {
    LargeCorpus.Format f = LargeCorpus.Format.valueOf(format.toUpperCase(Locale.ROOT));
    return new LargeCorpus(PhraseBank.load()).write(out, f, messages, seed, labels, attachments);
  }

  /**
   * The company domains a large corpus writes agents in, for {@code --company-domain}: without them
   * every sender is a customer and no reply would be scored (the benchmark needs the rules to run).
   */
  public static List<String> largeCorpusDomains() {
    PhraseBank bank = PhraseBank.load();
    List<String> domains = new ArrayList<>();
    for (int i = 0; i < LargeCorpus.COMPANIES; i++) {
      // The domain does not depend on the random generator; only the agents' names do.
      domains.add(Cast.largeCompany(bank, i, new Random(0)).domain());
    }
    return List.copyOf(domains);
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** The command line without System.exit, so it can be tested. Returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Options o = Options.parse(args);
      long started = System.nanoTime();
      if ("sample".equals(o.mode())) {
        long n = writeSample(o.out(), o.seed() == null ? SAMPLE_SEED : o.seed());
        out.printf(Locale.ROOT, "wrote %d message files to %s in %.1f s%n", n, o.out(), seconds(started));
        return 0;
      }
      Written w = writeLarge(o.out(), o.format(), o.messages(), o.seed() == null ? 1L : o.seed(), o.labels(),
          o.attachments());
      double seconds = seconds(started);
      out.printf(Locale.ROOT, "wrote %d message files to %s in %.1f s: %.1f MB, %.1f KB per message on"
          + " average, %.0f MB/s%n", w.messages(), o.out(), seconds, w.bytes() / 1e6, w.averageBytes() / 1e3,
          w.bytes() / 1e6 / seconds);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(Options.USAGE);
      return 2;
    } catch (IOException e) {
      err.println("error: cannot write the corpus: " + e);
      return 1;
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  /** Parsed and validated command-line options. */
  record Options(String mode, Path out, String format, long messages, Long seed, boolean labels,
      boolean attachments) {
    static final String USAGE = "usage: SampleCorpusGenerator sample --out DIR [--seed N]\n"
        + "       SampleCorpusGenerator large --out DIR --messages N --format mbox|eml|maildir|mixed"
        + " [--seed N] [--no-labels] [--attachments]";

    static Options parse(String[] args) {
      if (args.length == 0 || !("sample".equals(args[0]) || "large".equals(args[0]))) {
        throw new IllegalArgumentException("first argument must be 'sample' or 'large'");
      }
      Path out = null;
      String format = "mbox";
      long messages = -1;
      Long seed = null;
      boolean labels = true;
      boolean attachments = false;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--out" -> out = Path.of(value(args, ++i));
          case "--format" -> format = value(args, ++i);
          case "--messages" -> messages = Long.parseLong(value(args, ++i).replace("_", ""));
          case "--seed" -> seed = Long.parseLong(value(args, ++i));
          case "--no-labels" -> labels = false;
          case "--attachments" -> attachments = true;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (out == null) {
        throw new IllegalArgumentException("--out DIR is required");
      }
      if ("large".equals(args[0]) && messages < 0) {
        throw new IllegalArgumentException("large mode needs --messages N (N >= 0)");
      }
      if ("sample".equals(args[0]) && attachments) {
        // The checked-in sample stays what it is: its tests and documents quote its bytes.
        throw new IllegalArgumentException("--attachments is for the large mode only");
      }
      return new Options(args[0], out, format, messages, seed, labels, attachments);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException(args[i - 1] + " needs a value");
      }
      return args[i];
    }
  }
}
