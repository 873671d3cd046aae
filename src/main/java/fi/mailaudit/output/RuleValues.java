package fi.mailaudit.output;

import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Fills a table's rule columns by name from the rules' flags ({@code RuleResult}: column name →
 * String, Boolean, Integer or Double), so a new rule's flag reaches its declared column without code
 * here; a column no rule fills yet is null. A value of the wrong type is a programming error of a
 * rule, caught by the tests, and stops the run with the column named rather than writing a column
 * BI tools cannot read (SPEC §6 "types stable").
 */
final class RuleValues {
  private RuleValues() {}

  /** The values of {@code columns} in their order, typed; absent flags are null. */
  static Object[] of(StructType columns, Map<String, Object> flags) {
    StructField[] fields = columns.fields();
    Object[] out = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      out[i] = typed(fields[i], flags.get(fields[i].name()));
    }
    return out;
  }

  /** One flag as its column's type: Integer, Double, Boolean, String or Timestamp; null stays null. */
  static Object typed(StructField column, Object value) {
    if (value == null) {
      return null;
    }
    DataType type = column.dataType();
    boolean whole = value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte;
    if (type.equals(DataTypes.IntegerType) && whole) {
      return Math.toIntExact(((Number) value).longValue());
    }
    if (type.equals(DataTypes.DoubleType) && value instanceof Number n) {
      return n.doubleValue();
    }
    if (type.equals(DataTypes.BooleanType) && value instanceof Boolean) {
      return value;
    }
    if (type.equals(DataTypes.StringType) && value instanceof String) {
      return value;
    }
    if (type.equals(DataTypes.TimestampType) && value instanceof String iso) {
      return java.time.Instant.parse(iso); // rules keep instants as ISO strings in their flag maps
    }
    if (type.equals(DataTypes.StringType) && value instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT);
    }
    throw new IllegalStateException("rule column " + column.name() + " is " + type.simpleString()
        + " but a rule gave " + value.getClass().getSimpleName() + " '" + value + "'");
  }
}
