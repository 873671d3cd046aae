/**
 * Reading an output back for people: {@code show} prints a table on the terminal as aligned text,
 * CSV or JSON ({@link fi.mailaudit.report.ShowCommand}, {@link fi.mailaudit.report.TablePrinter}).
 */
package fi.mailaudit.report;
