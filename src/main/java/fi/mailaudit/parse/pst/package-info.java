/**
 * Outlook PST / OST reading with java-libpst, in two steps that fit Spark: {@link
 * fi.mailaudit.parse.pst.PstPlanner} walks the folder tree on the driver and cuts the item
 * descriptor ids into {@link fi.mailaudit.parse.pst.PstSlice}s without loading any item; {@link
 * fi.mailaudit.parse.pst.PstSliceReader} loads each item of a slice on an executor, one PSTFile per
 * task, one try/catch per item. Mail items become {@link fi.mailaudit.parse.ParsedMessage}s (embedded
 * messages too), damaged items {@link fi.mailaudit.parse.Reject}s, non-mail items {@link
 * fi.mailaudit.parse.pst.PstSkippedItem}s; per folder, expected = emitted + rejected + skipped.
 */
package fi.mailaudit.parse.pst;
