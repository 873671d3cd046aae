package fi.mailaudit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The published schema of every output table (SPEC §6 "covered by a test that fails when it changes
 * unannounced"), pinned in {@code src/test/resources/schema/<table>.v<N>.txt}, one {@code name
 * type nullable} a line. Pinned files are never edited: a changed schema gets a new version and a
 * new file, and the old file stays as the history BI tools can compare against.
 */
class SchemaContractTest {

  @ParameterizedTest
  @EnumSource(OutputTable.class)
  void everyTableMatchesThePinnedSchemaOfItsVersion(OutputTable table) throws IOException {
    String file = pinnedFile(table.dirName(), table.schemaVersion());
    List<String> pinned = read(file);
    List<String> actual = lines(table.schema());
    if (pinned == null) {
      fail("no pinned schema " + file + " for " + table.dirName() + " v" + table.schemaVersion()
          + ": add it with these lines\n" + String.join("\n", actual));
    }
    assertEquals(pinned, actual, table.dirName() + " differs from its published schema " + file
        + ". A renamed, retyped, dropped or added column is a new schema: bump "
        + table.dirName() + "'s VERSION and add " + pinnedFile(table.dirName(), table.schemaVersion() + 1)
        + " (keep the old file as history).");
  }

  @ParameterizedTest
  @EnumSource(OutputTable.class)
  void everyTableHasTheColumnsEveryTableMustHave(OutputTable table) {
    // SPEC §6: schema_version (int) and quarter (string) on every table, the partition last.
    assertEquals("schema_version int false", lines(table.schema()).get(0));
    List<String> all = lines(table.schema());
    assertTrue(all.contains("quarter string false"), table.dirName());
  }

  @Test
  void aRenameARetypeAndANullabilityChangeAreEachCaught() {
    StructType published = CompanyQuarterTable.SCHEMA;
    StructField[] f = published.fields();
    StructField first = f[1];
    assertNotEquals(lines(published), lines(replace(published, 1, new StructField("yritys", first.dataType(), first.nullable(), first.metadata()))));
    assertNotEquals(lines(published), lines(replace(published, 1, new StructField(first.name(), DataTypes.IntegerType, first.nullable(), first.metadata()))));
    assertNotEquals(lines(published), lines(replace(published, 1, new StructField(first.name(), first.dataType(), !first.nullable(), first.metadata()))));
  }

  /** The schema as the pinned files spell it. */
  static List<String> lines(StructType schema) {
    List<String> out = new ArrayList<>();
    for (StructField f : schema.fields()) {
      out.add(f.name() + " " + f.dataType().simpleString() + " " + f.nullable());
    }
    return out;
  }

  private static StructType replace(StructType schema, int index, StructField field) {
    StructField[] fields = schema.fields().clone();
    fields[index] = field;
    return new StructType(fields);
  }

  private static String pinnedFile(String table, int version) {
    return "schema/" + table + ".v" + version + ".txt";
  }

  private static List<String> read(String resource) throws IOException {
    try (InputStream in = SchemaContractTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }
}
