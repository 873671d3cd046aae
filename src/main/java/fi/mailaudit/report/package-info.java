/**
 * Reading an output back for people: {@code show} prints a table on the terminal as aligned text,
 * CSV or JSON ({@link fi.mailaudit.report.ShowCommand}, {@link fi.mailaudit.report.TablePrinter});
 * {@code report} writes one self-contained HTML file ({@link fi.mailaudit.report.ReportCommand}): a
 * thin Spark loader turns the tables and the manifest into {@link fi.mailaudit.report.ReportData},
 * and the pure {@link fi.mailaudit.report.HtmlReport} renders it with inline SVG charts.
 */
package fi.mailaudit.report;
