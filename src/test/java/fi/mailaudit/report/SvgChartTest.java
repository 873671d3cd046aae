package fi.mailaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The charts' geometry: bars proportional to their values, axes labelled, gaps said, not drawn. */
class SvgChartTest {
  private static List<Double> heights(String svg) {
    List<Double> out = new ArrayList<>();
    Matcher m = Pattern.compile("<rect class=\"bar\"[^>]* height=\"([0-9.]+)\"").matcher(svg);
    while (m.find()) {
      out.add(Double.parseDouble(m.group(1)));
    }
    return out;
  }

  @Test
  void barsAreProportionalOnAFixedPercentAxis() {
    String svg = new BarChart("Kiitokset", List.of("Laskutus", "Tekninen tuki"),
        List.of(ChartSeries.of("thanks rate", List.of(0.25, 1.0)), ChartSeries.of("completeness", List.of(0.5, 0.125))),
        ChartAxis.percent("share of scored replies")).svg();
    // Drawn category by category: Laskutus' two bars, then Tekninen tuki's.
    assertEquals(List.of(56.0, 112.0, 224.0, 28.0), heights(svg));
    assertEquals(SvgFrame.PLOT_HEIGHT, 224.0);
    for (String tick : List.of(">0 %<", ">25 %<", ">50 %<", ">75 %<", ">100 %<", ">share of scored replies<",
        ">thanks rate<", ">completeness<", ">Laskutus<", ">Tekninen tuki<")) {
      assertTrue(svg.contains(tick), tick);
    }
  }

  @Test
  void aMissingValueDrawsItsReasonNotAZeroBar() {
    String svg = new BarChart("Bingo", List.of("Laskutus", "Asiakaspalvelu"),
        List.of(new ChartSeries("bingo points", Arrays.asList(3.0, null), Arrays.asList(null, "too few replies (4)"))),
        ChartAxis.bingoPoints()).svg();
    assertEquals(List.of(96.0), heights(svg));
    assertTrue(svg.contains(">too few replies (4)</text>"));
    assertTrue(svg.contains(">7</text>") && svg.contains(">bingo points (0–7)</text>"));
  }

  @Test
  void seriesAndCategoriesMustAgree() {
    assertThrows(IllegalArgumentException.class, () -> new BarChart("x", List.of("a", "b"),
        List.of(ChartSeries.of("s", List.of(1.0))), ChartAxis.bingoPoints()));
    assertThrows(IllegalArgumentException.class, () -> new LineChart("x", List.of("2026-Q1"),
        List.of(ChartSeries.of("s", List.of(1.0, 2.0))), ChartAxis.bingoPoints()));
  }

  @Test
  void aLineBreaksAtAMissingQuarterInsteadOfFallingToZero() {
    String svg = new LineChart("Bingo", List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"),
        List.of(ChartSeries.of("Laskutus", Arrays.asList(1.0, null, 2.0, 7.0))), ChartAxis.bingoPoints()).svg();
    Matcher path = Pattern.compile("<path class=\"line\" d=\"([^\"]+)\"").matcher(svg);
    assertTrue(path.find());
    // Four slots of 554 / 4 = 138.5 px: x = 70 + 138.5 × (i + 0.5); y = 264 − points × 224 / 7.
    assertEquals("M139.3 232.0 M416.3 200.0 L554.8 40.0", path.group(1));
    assertEquals(3, svg.split("<circle class=\"point\"", -1).length - 1);
    assertTrue(svg.contains(">2026-Q4</tspan>"));
  }

  @Test
  void theEmptyChartHasItsAxisAndNoShapes() {
    String svg = new BarChart("tyhjä", List.of(), List.of(), ChartAxis.percent("share")).svg();
    assertTrue(svg.startsWith("<svg class=\"chart\"") && svg.endsWith("</svg>"));
    assertEquals(List.of(), heights(svg));
  }

  @ParameterizedTest
  @CsvSource({"180.1, 200, 50", "7.3, 8, 2", "45, 50, 10", "0, 1, 0.2", "0.4, 0.4, 0.1", "1000, 1000, 200"})
  void niceAxesEndJustAboveTheData(double dataMax, double max, double step) {
    ChartAxis axis = ChartAxis.nice(dataMax, "hours", ReportFormat::hours);
    assertEquals(max, axis.max(), 1e-9);
    assertEquals(step, axis.step(), 1e-9);
    assertTrue(axis.ticks().size() <= 6);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Laskutus|20|Laskutus", "Tekninen tuki|8|Tekninen/tuki", "Asiakaspalvelu (Saimaan Kuitu Oy)|14|Asiakaspalvelu/(Saimaan Kuit…",
      "Asiakaspalvelukeskuksen|10|Asiakaspa…"})
  void longLabelsWrapIntoTwoLines(String label, int perLine, String expected) {
    assertEquals(List.of(expected.split("/")), CategoryLabel.lines(label, perLine, 2));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {"null, –", "0.0, 0 %", "0.625, 63 %", "1.0, 100 %"})
  void percentages(Double share, String expected) {
    assertEquals(expected, ReportFormat.percent(share));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {"null, –", "45, 45 min", "119, 119 min", "150, 2.5 h", "5000, 3.5 days"})
  void durationsInTheUnitAPersonReads(Double minutes, String expected) {
    assertEquals(expected, ReportFormat.duration(minutes));
  }
}
