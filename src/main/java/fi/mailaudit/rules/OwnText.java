package fi.mailaudit.rules;

import fi.mailaudit.conversation.BodySections;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a message its author wrote now, joined for matching: greeting, new text, wish and,
 * when asked for, the closing. Quoted history, signature and disclaimer are left out (SPEC §4: "only
 * the new text an author wrote is scored"; issue 4: a thanks inside the quoted history is not the
 * agent's).
 */
final class OwnText {
  private OwnText() {}

  /** Greeting, new text, wish (and closing) separated by blank lines; "" for null sections. */
  static String of(BodySections sections, boolean withClosing) {
    if (sections == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    add(parts, sections.greeting());
    add(parts, sections.newText());
    add(parts, sections.wish());
    if (withClosing) {
      add(parts, sections.closing());
    }
    return String.join("\n\n", parts);
  }

  private static void add(List<String> parts, String part) {
    if (part != null && !part.isBlank()) {
      parts.add(part.strip());
    }
  }
}
