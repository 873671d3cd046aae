package fi.mailaudit.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML mail body into the plain text a reader sees, keeping paragraph and line breaks,
 * because the rules count paragraphs, read the greeting line and find quoted history by its lines.
 * jsoup parses without fetching anything: no external entities, no remote images.
 */
public final class HtmlToText {
  private static final java.util.Set<String> BLOCKS =
      java.util.Set.of(
          "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
          "table", "ul", "ol", "hr", "address", "section", "article", "header", "footer");
  private static final java.util.Set<String> INVISIBLE =
      java.util.Set.of("script", "style", "head", "title", "noscript", "template", "xml");
  /** HTML white space in a text node; compiled once, as it runs for every text node of every body. */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \\t\\r\\n]+");

  private HtmlToText() {}

  public static String convert(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    Document document = Jsoup.parse(html);
    document.select(String.join(",", INVISIBLE)).remove();
    StringBuilder out = new StringBuilder(html.length() / 2);
    NodeTraversor.traverse(new TextCollector(out), document.body() == null ? document : document.body());
    return tidy(out);
  }

  /** Collapses runs of blank lines to one and trims trailing spaces of each line. */
  private static String tidy(CharSequence text) {
    String[] lines = text.toString().split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    int blanks = 0;
    for (String line : lines) {
      String trimmed = line.replace('\u00a0', ' ').stripTrailing();
      if (trimmed.isBlank()) {
        blanks++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blanks > 0 ? "\n\n" : "\n");
      }
      out.append(trimmed.stripLeading().isEmpty() ? "" : trimmed);
      blanks = 0;
    }
    return out.toString();
  }

  private static final class TextCollector implements NodeVisitor {
    private final StringBuilder out;

    TextCollector(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        String s = SPACES.matcher(text.getWholeText()).replaceAll(" ");
        if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
          s = s.stripLeading();
        }
        out.append(s);
      } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        newline(element.normalName());
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element
          && BLOCKS.contains(element.normalName())
          && !element.normalName().equals("br")) {
        newline(element.normalName());
      }
    }

    private void newline(String tag) {
      out.append('\n');
      if (tag.equals("p") || tag.startsWith("h") && tag.length() == 2 || tag.equals("blockquote")) {
        out.append('\n');
      }
    }
  }
}
