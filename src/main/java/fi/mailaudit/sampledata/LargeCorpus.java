package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Company;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The benchmark corpus: exactly N messages in one format, streamed thread by thread (never the
 * corpus in memory), from several regional companies so agents, departments and companies all
 * have many rows. The same scenario machinery as the sample, with random customers and days.
 */
final class LargeCorpus {
  /** The layouts the large mode writes. */
  enum Format {
    MBOX,
    EML,
    MAILDIR,
    /** One big mbox beside many small EML files: threads go to one or the other. */
    MIXED
  }

  static final int COMPANIES = 5;

  private final PhraseBank bank;

  LargeCorpus(PhraseBank bank) {
    this.bank = bank;
  }

  /**
   * Writes exactly {@code n} message files under {@code root}. With {@code attachments}, messages
   * also carry files drawn by an {@link AttachmentDrawer} on a stream of its own, so texts, headers
   * and threads are those of the same seed without them.
   */
  SampleCorpusGenerator.Written write(Path root, Format format, long n, long seed, boolean labels,
      boolean attachments) throws IOException {
    if (n < 0) {
      throw new IllegalArgumentException("message count must be >= 0, got " + n);
    }
    Random rng = new Random(seed);
    AttachmentDrawer drawer = attachments ? new AttachmentDrawer(seed) : null;
    List<Company> companies = new ArrayList<>();
    List<ThreadScripts> scripts = new ArrayList<>();
    List<SpecFactory> specs = new ArrayList<>();
    for (int i = 0; i < COMPANIES; i++) {
      Company c = Cast.largeCompany(bank, i, rng);
      companies.add(c);
      scripts.add(new ThreadScripts(bank, c));
      specs.add(new SpecFactory(bank, c));
    }
    try (LabelWriter lw = labels ? new LabelWriter(root.resolve("labels")) : null;
        MboxSink mbox = format == Format.MBOX || format == Format.MIXED ? new MboxSink(root, "large.mbox") : null) {
      EmlSink eml = format == Format.EML || format == Format.MIXED ? new EmlSink(root, "eml", true) : null;
      MaildirSink maildir = format == Format.MAILDIR ? new MaildirSink(root, "maildir", null) : null;
      CorpusWriter out = new CorpusWriter(lw);
      long thread = 0;
      while (out.written() < n) {
        int c = (int) (thread % COMPANIES);
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(rng.nextInt(365));
        String key = String.format(Locale.ROOT, "L%d-%08d", c, thread);
        ThreadScripts.Played p = scripts.get(c).play(specs.get(c).any(key, day, rng), thread, rng);
        MessageSink sink = switch (format) {
          case MBOX -> mbox;
          case EML -> eml;
          case MAILDIR -> maildir;
          case MIXED -> rng.nextBoolean() ? mbox : eml;
        };
        for (Mail m : p.mails()) {
          if (out.written() >= n) {
            break;
          }
          out.write(m, List.of(sink), drawer == null ? Enclosures.NONE : drawer.draw(m));
        }
        out.thread(p.facts());
        thread++;
      }
      return new SampleCorpusGenerator.Written(out.written(), out.bytes());
    }
  }
}
