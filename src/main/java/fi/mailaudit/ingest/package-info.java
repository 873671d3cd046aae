/**
 * Stage 1, ingest: what is there to read. {@link fi.mailaudit.ingest.InputDiscovery} walks the
 * input paths and recognises every file's format ({@link fi.mailaudit.ingest.FormatSniffer});
 * {@link fi.mailaudit.ingest.ReadPlanner} cuts the files into read tasks (mbox byte ranges, PST
 * descriptor slices, whole small files) and {@link fi.mailaudit.ingest.TaskGrouper} packs them into
 * Spark partitions of similar size. Nothing here parses a message.
 */
package fi.mailaudit.ingest;
