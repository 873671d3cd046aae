package fi.mailaudit.parse.msg;

/**
 * An attachment row of an Outlook message, before its media type is settled.
 *
 * @param name the long file name, else the short one, else null
 * @param declaredMediaType PR_ATTACH_MIME_TAG, null when the store has none (most PSTs)
 * @param sizeBytes the size of the attachment data, -1 when the store does not say (an embedded
 *     message inside a MSG file is a storage, not a stream)
 */
public record OutlookAttachment(String name, String declaredMediaType, long sizeBytes) {}
