package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Mail.Part;
import java.util.List;

/**
 * What the renderer adds to a message beyond what the story gave it: attached files after the body
 * ({@code multipart/mixed}) and an inline signature logo (the HTML alternative then sits in a
 * {@code multipart/related} with it, as Outlook sends a signature image). Kept out of {@link Mail}
 * so that a corpus with attachments tells exactly the same story as one without.
 *
 * @param files attached after the message's own attachments
 * @param logo the inline image of the HTML signature; null for none
 */
record Enclosures(List<Part> files, Part logo) {
  static final Enclosures NONE = new Enclosures(List.of(), null);

  Enclosures {
    files = List.copyOf(files);
  }

  boolean isEmpty() {
    return files.isEmpty() && logo == null;
  }
}
