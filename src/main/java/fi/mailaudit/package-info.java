/**
 * mailaudit: audits Finnish written customer service from raw mail archives on Apache Spark.
 * {@link fi.mailaudit.MailAudit} is the command line; {@link fi.mailaudit.MailAuditJob#run()} lists
 * the stages in order — {@code ingest → parse → conversation → (rules → metrics) → output} — one
 * package each.
 */
package fi.mailaudit;
