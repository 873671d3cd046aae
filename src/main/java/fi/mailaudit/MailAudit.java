package fi.mailaudit;

import fi.mailaudit.ingest.InputDiscovery;
import fi.mailaudit.output.OutputDirectory;
import fi.mailaudit.report.ReportCommand;
import fi.mailaudit.report.ShowCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The command line: {@code run} the audit, {@code show} a table of an output, {@code report} it as HTML. Parses and validates
 * the arguments, then hands over. A mistake the user can fix (a wrong flag, a missing input, a bad
 * roster line, a missing pseudonym key, a foreign output folder) prints one line and exits 2; a failed
 * run exits 1 with its stack trace.
 */
public final class MailAudit {
  private static final String USAGE =
      """
      usage: mailaudit run  --input PATH... --output DIR [--config audit.yaml] [options]
             mailaudit show TABLE --output DIR [--quarter Q] [--format table|csv|json] [--limit N]
             mailaudit show cards --unit agent|department|company --output DIR [--quarter Q]
             mailaudit report --output DIR [--to FILE]   (one HTML file; default DIR/report.html)
             mailaudit generate-sample sample --out DIR      (regenerates sample-data/)
             mailaudit generate-sample large --out DIR --messages N --format mbox|eml|maildir|mixed
                       [--seed N] [--no-labels] [--attachments]   (--attachments: ~10 KB a message)
             mailaudit bench [--sizes 10000,100000] [--formats mbox,eml,mixed] [--out docs/BENCHMARKS.md]
                       [--attachments]
      run options: --company-domain D, --roster FILE, --products FILE, --timezone Z,
             --business-hours 08:00-16:00, --quarters 2026-Q3, --pseudonym-key-file FILE
             (or env MAILAUDIT_PSEUDONYM_KEY), --master URL, --split-size-mb N,
             --keep-customer-identities, --no-input-hash
      tables: messages, threads, rejects""";

  private MailAudit() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  /** Runs one command and returns the process exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
      out.println(USAGE);
      return args.isEmpty() ? 2 : 0;
    }
    List<String> rest = args.subList(1, args.size());
    try {
      switch (args.get(0)) {
        case "run" -> {
          AuditOptions options = OptionsParser.parse(rest);
          RunSummary summary = new MailAuditJob(options, err).run();
          summary.print(out);
          return 0;
        }
        case "show" -> {
          return new ShowCommand(out).run(rest);
        }
        case "report" -> {
          return new ReportCommand(out).run(rest);
        }
        case "generate-sample" -> {
          return fi.mailaudit.sampledata.SampleCorpusGenerator.run(rest.toArray(String[]::new), out, err);
        }
        case "bench" -> {
          return fi.mailaudit.bench.BenchCommand.run(rest, out, err);
        }
        default -> throw new UsageException("unknown command '" + args.get(0) + "'\n" + USAGE);
      }
    } catch (UsageException | InputDiscovery.InputNotFoundException | OutputDirectory.ForeignOutputException e) {
      // The user's to fix (issue 6 item 5): one line that says what, no stack trace.
      err.println("mailaudit: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("mailaudit: " + args.get(0) + " failed: " + e.getMessage());
      e.printStackTrace(err);
      return 1;
    }
  }

}
