package fi.mailaudit.report;

import java.util.ArrayList;
import java.util.List;

/** Breaks a chart label into lines at spaces, the last line cut with "…" when the text is longer. */
final class CategoryLabel {
  private CategoryLabel() {}

  static List<String> lines(String label, int perLine, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : label.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size() && i < maxLines; i++) {
      String text = lines.get(i);
      boolean last = i == maxLines - 1;
      boolean cut = text.length() > perLine || (last && lines.size() > maxLines);
      out.add(cut ? text.substring(0, Math.min(text.length(), perLine - 1)) + "…" : text);
    }
    return out;
  }
}
