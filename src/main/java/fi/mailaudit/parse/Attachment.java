package fi.mailaudit.parse;

import java.io.Serializable;

/**
 * An attachment, listed and never extracted (SPEC §2).
 *
 * @param name the decoded file name, null when the part had none
 * @param mediaType the declared media type in lower case, e.g. {@code application/pdf}
 * @param sizeBytes the decoded size in bytes
 */
public record Attachment(String name, String mediaType, long sizeBytes) implements Serializable {}
