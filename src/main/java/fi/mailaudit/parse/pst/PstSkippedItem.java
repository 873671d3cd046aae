package fi.mailaudit.parse.pst;

import java.io.Serializable;

/**
 * A PST item that was read fine but is not mail (contact, distribution list, appointment, task,
 * sticky note, free/busy data…). Neither a message nor a reject: the manifest counts these per
 * folder so that expected = emitted + rejected + skipped can be checked.
 *
 * @param folderPath the folder it sits in
 * @param descriptorId its descriptor id
 * @param messageClass its PR_MESSAGE_CLASS, e.g. {@code IPM.Contact}
 */
public record PstSkippedItem(String folderPath, long descriptorId, String messageClass)
    implements Serializable {}
