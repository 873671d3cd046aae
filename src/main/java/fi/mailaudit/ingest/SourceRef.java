package fi.mailaudit.ingest;

import java.io.Serializable;

/**
 * Where one mail item came from, so that every parsed message and every reject can be traced back
 * to its bytes.
 *
 * @param sourceFile the input file (a URI or path string as discovered)
 * @param format the archive format of that file
 * @param location the item's place in the file: byte offset for mbox ({@code "@12345"}), the
 *     descriptor id and folder for PST, the entry name inside a zip, {@code "0"} for one-message files
 * @param folder the mail folder path (PST, Maildir, Apple Mail), null when the format has none
 */
public record SourceRef(String sourceFile, InputFormat format, String location, String folder)
    implements Serializable {}
