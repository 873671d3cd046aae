/**
 * Writes mailaudit's demonstration and benchmark corpora (SPEC §7 sample-data/): a fictional
 * Finnish company's customer-service mail, composed move by move from phrase banks under
 * {@code resources/sampledata/} so replies range from seed 003's model reply to seed 002's
 * template bingo, rendered as real MIME and written as mbox, EML and Maildir, with the ground
 * truth as CSV labels. Entry point: {@link fi.mailaudit.sampledata.SampleCorpusGenerator}.
 */
package fi.mailaudit.sampledata;
