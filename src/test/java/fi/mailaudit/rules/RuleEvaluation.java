package fi.mailaudit.rules;

import fi.mailaudit.conversation.QuoteSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Runs the rules over the hand-labelled evaluation set and scores them per rule (issue 4 item 5).
 *
 * <p>Categorical flags (greeting kind, thanks reception) are scored per value, each value a rule of
 * its own ("greeting_kind=generic"): a wrong prediction is a false positive for the predicted value
 * and a false negative for the expected one. Boolean flags score their true value. Counts
 * (questions asked / addressed) score items: min(expected, found) true positives per reply. B4
 * is scored as a derived boolean from the labelled counts.
 */
final class RuleEvaluation {
  private final Map<String, Score> scores = new TreeMap<>();
  private final List<String> misses = new ArrayList<>();

  /** True / false positives and false negatives of one rule. */
  static final class Score {
    int tp;
    int fp;
    int fn;

    double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    @Override
    public String toString() {
      return String.format("P %.3f R %.3f (tp %d fp %d fn %d)", precision(), recall(), tp, fp, fn);
    }
  }

  /** Every case of every evaluation file ({@code rules/eval/*.tsv}: one file per rule family). */
  static List<EvalCase> load() {
    try {
      java.net.URL dir = RuleEvaluation.class.getResource("/rules/eval");
      if (dir == null) {
        throw new IllegalStateException("evaluation set rules/eval/ missing");
      }
      List<java.nio.file.Path> files;
      try (var listing = java.nio.file.Files.list(java.nio.file.Path.of(dir.toURI()))) {
        files = listing.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
      }
      List<EvalCase> cases = new ArrayList<>();
      for (java.nio.file.Path file : files) {
        cases.addAll(EvalCase.parseAll(java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8)));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Scores the rules on the cases that pass the filter. */
  static RuleEvaluation run(List<EvalCase> cases, Predicate<EvalCase> filter) {
    RuleSet rules = RuleSet.finnish();
    RuleEvaluation eval = new RuleEvaluation();
    for (EvalCase c : cases) {
      if (!filter.test(c)) {
        continue;
      }
      ReplyInput input =
          new ReplyInput(
              c.reply() == null ? null : QuoteSplitter.split(c.reply()),
              QuoteSplitter.split(c.customer()),
              c.firstName(),
              EvalProducts.of(c.department()),
              "fi");
      eval.score(c, rules.apply(input));
    }
    return eval;
  }

  Map<String, Score> scores() {
    return scores;
  }

  List<String> misses() {
    return misses;
  }

  private void score(EvalCase c, RuleResult found) {
    for (String label : c.expected().keySet()) {
      String expected = c.expected().get(label);
      Object value = found.flags().get(label);
      String actual = value == null ? null : value.toString();
      if (c.reply() == null && !label.equals(RuleColumns.CUSTOMER_THANKED) && !label.equals(RuleColumns.THANKS_RECEPTION)) {
        continue; // no reply: only the thread-level flags exist
      }
      if (!Objects.equals(expected, actual)) {
        misses.add(c.id() + " " + label + ": expected " + expected + ", found " + actual + "  " + found.evidence());
      }
      // The values say how a column is scored: true/false as a boolean, digits as counts, any
      // other value (named, gracious, formal…) as categories. New rule files need no code here.
      String sample = expected != null ? expected : actual;
      if (sample == null || sample.equals("true") || sample.equals("false")) {
        bool(label, "true".equals(expected), "true".equals(actual));
      } else if (sample.chars().allMatch(Character::isDigit)) {
        counted(label, expected, actual);
      } else {
        categorical(label, expected, actual);
      }
    }
    if (c.reply() != null && c.expected().containsKey(RuleColumns.QUESTIONS_ASKED)) {
      bool(RuleColumns.B4_POINTS, b4(c.expected()), found.integer(RuleColumns.B4_POINTS) == 1);
    }
  }

  private static boolean b4(Map<String, String> expected) {
    int asked = Integer.parseInt(expected.get(RuleColumns.QUESTIONS_ASKED));
    int addressed = Integer.parseInt(expected.get(RuleColumns.QUESTIONS_ADDRESSED));
    return asked >= 2 && addressed < asked;
  }

  private void categorical(String label, String expected, String actual) {
    if (Objects.equals(expected, actual)) {
      if (expected != null) {
        score(label + "=" + expected).tp++;
      }
      return;
    }
    if (actual != null) {
      score(label + "=" + actual).fp++;
    }
    if (expected != null) {
      score(label + "=" + expected).fn++;
    }
  }

  private void counted(String label, String expected, String actual) {
    int e = expected == null ? 0 : Integer.parseInt(expected);
    int a = actual == null ? 0 : Integer.parseInt(actual);
    Score s = score(label);
    s.tp += Math.min(e, a);
    s.fp += Math.max(0, a - e);
    s.fn += Math.max(0, e - a);
  }

  private void bool(String label, boolean expected, boolean actual) {
    Score s = score(label);
    if (expected && actual) {
      s.tp++;
    } else if (actual) {
      s.fp++;
    } else if (expected) {
      s.fn++;
    }
  }

  private Score score(String rule) {
    return scores.computeIfAbsent(rule, k -> new Score());
  }
}
