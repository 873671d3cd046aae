package fi.mailaudit.report;

/**
 * The body of the report as it is written: sections with an English heading, the Finnish one beside
 * it, and a short "how to read this"; figures holding one chart each. It counts the charts it
 * writes, and the page tells the browser how many to expect ({@code data-charts-expected}).
 */
final class ReportPage {
  private final StringBuilder html = new StringBuilder(64 * 1024);
  private int charts;

  /** Opens a section; {@code howToRead} is trusted HTML written by this package, never data. */
  void open(String id, String heading, String finnish, String howToRead) {
    html.append("<section id=\"").append(Html.esc(id)).append("\"><h2>").append(Html.esc(heading))
        .append(" <span class=\"band-fi\" lang=\"fi\">").append(Html.esc(finnish)).append("</span></h2>")
        .append("<p class=\"how\"><span class=\"title\">How to read this</span>").append(howToRead).append("</p>");
  }

  void close() {
    html.append("</section>");
  }

  void chartsOpen() {
    html.append("<div class=\"charts\">");
  }

  void chartsClose() {
    html.append("</div>");
  }

  void figure(String caption, String svg) {
    charts++;
    html.append("<figure><figcaption>").append(Html.esc(caption)).append("</figcaption>").append(svg).append("</figure>");
  }

  void empty(String text) {
    html.append("<p class=\"empty\">").append(Html.esc(text)).append("</p>");
  }

  /** Markup built by this package with every value already escaped. */
  void raw(String markup) {
    html.append(markup);
  }

  int charts() {
    return charts;
  }

  String html() {
    return html.toString();
  }
}
