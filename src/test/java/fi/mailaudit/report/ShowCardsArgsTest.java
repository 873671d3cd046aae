package fi.mailaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.mailaudit.UsageException;
import fi.mailaudit.output.OutputTable;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code show cards --unit agent|department|company}: which unit table it reads. */
class ShowCardsArgsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "cards --unit agent, AGENT_QUARTER",
    "cards --unit department, DEPARTMENT_QUARTER",
    "cards --unit company, COMPANY_QUARTER",
    "cards, DEPARTMENT_QUARTER",
    "company_quarter, COMPANY_QUARTER",
  })
  void cardsReadTheUnitTable(String args, OutputTable table) {
    List<String> all = new java.util.ArrayList<>(List.of(args.split(" ")));
    all.addAll(List.of("--output", "/tmp/tulos", "--quarter", "2026-Q3"));
    ShowCommand.ShowArgs parsed = ShowCommand.ShowArgs.parse(all);
    assertEquals(table, parsed.table());
    assertEquals("2026-Q3", parsed.quarter());
    assertNull(parsed.columns());
  }

  @ParameterizedTest
  @ValueSource(strings = {"cards --unit team", "messages --unit agent", "cards --unit", "kortit --unit agent"})
  void nearMissesAreUsageErrors(String args) {
    List<String> all = new java.util.ArrayList<>(List.of(args.split(" ")));
    all.addAll(List.of("--output", "/tmp/tulos"));
    assertThrows(UsageException.class, () -> ShowCommand.ShowArgs.parse(all));
  }
}
