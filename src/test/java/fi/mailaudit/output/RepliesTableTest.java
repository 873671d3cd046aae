package fi.mailaudit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.rules.ScoredReply;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code replies} row adapter without Spark: rule flags reach their columns by name and type,
 * a column no rule fills is null, a wrongly typed flag stops the run naming the column, and no
 * evidence keeps an e-mail address.
 */
class RepliesTableTest {

  @Test
  void requiredColumnsOfSpecSection6AreDeclared() {
    List<String> names = List.of(RepliesTable.SCHEMA.fieldNames());
    for (String column : List.of("message_key", "message_id", "prompt_message_key", "prompt_message_id",
        "agent_email", "department", "company", "sent_at", "language", "scored", "greeting_kind",
        "b1_points", "b2_points", "b3_points", "b4_points", "b5_points", "b6_points", "bingo_points",
        "reply_register", "customer_register", "questions_asked", "questions_addressed", "thanks",
        "thanks_for_contact", "completeness", "has_greeting", "has_thanks_for_contact",
        "has_all_questions_addressed", "has_timeframe", "has_apology", "has_empathy", "has_invitation",
        "has_wishes", "has_closing", "has_signature", "has_structure", "has_mechanics",
        "password_in_clear", "evidence", "schema_version", "quarter")) {
      assertTrue(names.contains(column), column);
    }
  }

  @Test
  void flagsFillTheirColumnsByNameAndMissingRulesAreNull() {
    Map<String, Object> flags = new HashMap<>();
    flags.put("greeting_kind", "generic");
    flags.put("b1_points", 1);
    flags.put("b4_points", 1);
    flags.put("thanks", true);
    flags.put("questions_asked", 2);
    flags.put("completeness", 0.75f); // a Float from a later rule is written as a double
    flags.put("not_a_column", "ignored");
    Row row = RepliesTable.toRow(reply(true, flags, Map.of()));
    assertEquals("generic", get(row, "greeting_kind"));
    assertEquals(1, get(row, "b1_points"));
    assertEquals(2, get(row, "bingo_points"), "B1 + B4 while the other statements are not built");
    assertEquals(true, get(row, "thanks"));
    assertEquals(0.75, (Double) get(row, "completeness"), 1e-9);
    assertNull(get(row, "reply_register"));
    assertNull(get(row, "has_timeframe"));
    assertEquals(RepliesTable.SCHEMA.size(), row.size());
  }

  @Test
  void aRulesOwnBingoPointsWin() {
    Row row = RepliesTable.toRow(reply(true, Map.of("b1_points", 2, "bingo_points", 5), Map.of()));
    assertEquals(5, get(row, "bingo_points"));
  }

  @Test
  void anUnscoredReplyHasNullRuleColumns() {
    Row row = RepliesTable.toRow(reply(false, Map.of(), Map.of()));
    assertEquals(false, get(row, "scored"));
    assertNull(get(row, "greeting_kind"));
    assertNull(get(row, "bingo_points"));
  }

  @Test
  void aWronglyTypedFlagNamesItsColumn() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RepliesTable.toRow(reply(true, Map.of("questions_asked", "kaksi"), Map.of())));
    assertTrue(e.getMessage().contains("questions_asked"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Lähetimme vahvistuksen osoitteeseen matti.virtanen@gmail.com.|Lähetimme vahvistuksen osoitteeseen ***@***.",
      "Kiitos viestistäsi <maija-liisa.korhonen@yritys.fi>!|Kiitos viestistäsi <***@***>!",
      "Hei Matti, kiitos viestistäsi!|Hei Matti, kiitos viestistäsi!",
      "Salasana on ********|Salasana on ********",
      "Tavoitat meidät @kuitu_oy -tililtä.|Tavoitat meidät @kuitu_oy -tililtä."})
  void evidenceKeepsNoAddress(String evidence, String written) {
    Row row = RepliesTable.toRow(reply(true, Map.of(), Map.of("thanks", evidence)));
    scala.collection.Map<String, String> map = row.getAs(RepliesTable.SCHEMA.fieldIndex("evidence"));
    assertEquals(written, map.apply("thanks"));
  }

  private static Object get(Row row, String column) {
    return row.get(RepliesTable.SCHEMA.fieldIndex(column));
  }

  private static ScoredReply reply(boolean scored, Map<String, Object> flags, Map<String, String> evidence) {
    return new ScoredReply("k1", "vastaus@kuitu.fi", "t_1", "k0", "kysymys@gmail.com",
        "liisa.lahtinen@kuitu.fi", "Asiakaspalvelu", "Kuitu Oy", Instant.parse("2026-03-10T10:00:00Z"),
        "fi", "2026-Q1", scored, flags, evidence);
  }
}
