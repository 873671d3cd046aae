package fi.mailaudit.report;

/**
 * The report's only style sheet and script, inline (issue 5 item 4: one self-contained file). Their
 * SHA-256 hashes go into the Content-Security-Policy, so nothing else, not even an inline
 * {@code style=""} attribute or a {@code <script>} that slipped through in evidence, may apply or
 * run. The script only counts the charts the browser drew; the report reads the same without it.
 */
final class ReportStyle {
  static final String CSS =
      """
      :root{--ink:#1d2433;--muted:#5b6475;--line:#d8dce3;--panel:#f6f7f9;--accent:#0072B2;--warn:#b3261e}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.5 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
      header.top{background:#10284a;color:#fff;padding:24px 32px}
      header.top h1{margin:0 0 4px;font-size:26px}
      header.top p{margin:0;color:#d5deea}
      nav{padding:8px 32px;border-bottom:1px solid var(--line);background:var(--panel)}
      nav a{margin-right:18px;color:var(--accent);text-decoration:none;font-weight:600}
      main{padding:8px 32px 32px;max-width:1400px}
      section{margin-top:28px}
      h2{font-size:21px;border-bottom:2px solid var(--ink);padding-bottom:4px;margin-bottom:8px}
      h3{font-size:17px;margin:18px 0 6px}
      .how{background:#eef4fb;border-left:4px solid var(--accent);padding:8px 12px;margin:8px 0 14px;font-size:14px;max-width:980px}
      .how .title{display:block;font-weight:700}
      .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:18px}
      figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:10px;background:#fff}
      figcaption{font-weight:600;margin-bottom:4px}
      svg.chart{width:100%;height:auto;display:block;font-family:inherit}
      table{border-collapse:collapse;margin:8px 0 12px;font-size:14px}
      th,td{border-bottom:1px solid var(--line);padding:5px 10px;text-align:left;vertical-align:top}
      th{background:var(--panel)}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .band-fi{display:block;color:var(--muted);font-style:italic;font-size:13px}
      .insufficient{color:var(--muted);font-style:italic}
      .finding{color:var(--warn);font-weight:600}
      .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:18px}
      article.card{border:1px solid var(--line);border-radius:6px;padding:12px 16px;background:#fff}
      article.card h3{margin-top:0}
      article.card table{width:100%;font-size:13px}
      article.card th,article.card td{padding:4px 6px}
      .who{color:var(--muted);font-size:13px}
      article.card h4{margin:12px 0 2px;font-size:14px}
      .example{border-top:1px dashed var(--line);padding:6px 0;font-size:13px}
      .example .meta{color:var(--muted)}
      .example dl{margin:4px 0;display:grid;grid-template-columns:11.5em 1fr;gap:2px 10px}
      .example dt{font-weight:600}
      .example dd{margin:0}
      .missing{color:var(--warn)}
      .empty{color:var(--muted);font-style:italic}
      footer{padding:16px 32px;color:var(--muted);font-size:13px;border-top:1px solid var(--line)}
      @media print{
        nav{display:none}
        header.top{background:none;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
        header.top p{color:#000}
        main{padding:0;max-width:none}
        body{font-size:11pt}
        .charts,.cards{display:block}
        figure,article.card,table,.how{break-inside:avoid;margin-bottom:10px}
        section{break-before:page}
        section:first-of-type{break-before:auto}
        a{color:inherit;text-decoration:none}
      }
      """;

  /**
   * Counts the charts that have a drawn size: {@code ReportBrowserIT} compares it with the count the
   * renderer wrote into {@code data-charts-expected}.
   */
  static final String SCRIPT =
      "(function(){var n=0;document.querySelectorAll('svg.chart').forEach(function(s){"
          + "var b=s.getBoundingClientRect();if(b.width>0&&b.height>0){n++;}});"
          + "document.body.setAttribute('data-charts',String(n));})();";

  private ReportStyle() {}

  /** The CSP source for an inline element whose text is {@code text}: {@code 'sha256-…'}. */
  static String hash(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
