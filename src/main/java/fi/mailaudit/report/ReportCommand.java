package fi.mailaudit.report;

import fi.mailaudit.SparkSessions;
import fi.mailaudit.UsageException;
import fi.mailaudit.output.OutputDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * {@code mailaudit report --output DIR [--to FILE]}: writes the audit in {@code DIR} as one
 * self-contained HTML file, by default {@code DIR/report.html}. That place is safe: a later run into
 * the same folder accepts it (the folder has its {@code _manifest.json}), moves only quarter
 * partitions and removes only its own {@code _staging-} and {@code _trash-} folders
 * ({@code OutputDirectory}), so the report stays, describing the run it was made from until
 * {@code report} is run again.
 */
public final class ReportCommand {
  static final String DEFAULT_NAME = "report.html";

  private final PrintStream out;

  public ReportCommand(PrintStream out) {
    this.out = out;
  }

  public int run(List<String> args) throws IOException {
    ReportArgs a = ReportArgs.parse(args);
    Configuration hadoop = new Configuration();
    Path root = new Path(a.output());
    FileSystem fs = root.getFileSystem(hadoop);
    if (!fs.exists(new Path(root, OutputDirectory.MANIFEST))) {
      // The user's to fix, like a foreign folder for run: one line, exit 2.
      throw new UsageException(a.output() + " is not a mailaudit output (no " + OutputDirectory.MANIFEST
          + "); give the --output folder of a run");
    }
    OutputDirectory dir = OutputDirectory.open(a.output(), hadoop);
    ReportData data;
    SparkSession spark = SparkSessions.create("mailaudit report", null);
    try {
      data = new ReportLoader(spark, dir).load();
    } finally {
      spark.stop();
    }
    String html = HtmlReport.render(data);
    Path target = a.to() != null ? new Path(a.to()) : new Path(new Path(dir.root()), DEFAULT_NAME);
    FileSystem targetFs = target.getFileSystem(hadoop);
    // Hadoop's local file system would leave a .report.html.crc beside it.
    targetFs.setWriteChecksum(false);
    try (OutputStream o = targetFs.create(target, true)) {
      o.write(html.getBytes(StandardCharsets.UTF_8));
    }
    out.println("report: " + targetFs.makeQualified(target) + " (" + data.agents().stream()
        .map(ReportData.UnitFigures::agentEmail).distinct().count() + " agents, "
        + data.departments().stream().map(ReportData.UnitFigures::quarter).distinct().count() + " quarters)");
    return 0;
  }

  /** The parsed arguments of {@code report}. */
  record ReportArgs(String output, String to) {
    static ReportArgs parse(List<String> args) {
      String output = null;
      String to = null;
      for (int i = 0; i < args.size(); i += 2) {
        String flag = args.get(i);
        if (!flag.equals("--output") && !flag.equals("--to")) {
          throw new UsageException("unknown option for report: " + flag + "; options: --output DIR, --to FILE");
        }
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
          throw new UsageException(flag + " needs a value");
        }
        if (flag.equals("--output")) {
          output = args.get(i + 1);
        } else {
          to = args.get(i + 1);
        }
      }
      if (output == null) {
        throw new UsageException("report needs --output DIR (the folder a run wrote)");
      }
      return new ReportArgs(output, to);
    }
  }
}
