package fi.mailaudit.sampledata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ground truth of one agent reply, as the generator intended it: the columns of
 * {@code labels/replies.csv}. Completeness elements are {@code present}, {@code absent},
 * {@code half} (a vague "mahdollisimman pian", SPEC §5.3) or {@code n/a}.
 */
record ReplyFacts(Map<String, String> values) {
  static final List<String> COLUMNS = List.of(
      "kind", "reply_register", "customer_register", "greeting_kind", "thanks",
      "thanks_for_contact", "b1_points", "b2_vague", "b3_register_mismatch", "b4_question_ignored",
      "b5_stock_phrase", "template_id", "questions_asked", "questions_addressed", "has_greeting",
      "has_thanks_for_contact", "has_all_questions_addressed", "has_timeframe", "has_apology",
      "has_empathy", "has_invitation", "has_wishes", "has_closing", "has_signature",
      "promise_deadline", "cancellation_steps", "cancellation_score", "password_sent");

  static Builder builder(String kind) {
    return new Builder().set("kind", kind);
  }

  String get(String column) {
    return values.getOrDefault(column, "");
  }

  /** Collects the values; unknown column names fail at once. */
  static final class Builder {
    private final Map<String, String> values = new LinkedHashMap<>();

    Builder set(String column, Object value) {
      if (!COLUMNS.contains(column)) {
        throw new IllegalArgumentException("not a reply label column: " + column);
      }
      values.put(column, String.valueOf(value));
      return this;
    }

    Builder element(String name, Boolean present) {
      return set("has_" + name, present == null ? "n/a" : present ? "present" : "absent");
    }

    ReplyFacts build() {
      return new ReplyFacts(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }
  }
}
