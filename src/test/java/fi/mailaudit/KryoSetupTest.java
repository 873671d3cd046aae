package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.mailaudit.conversation.AuditedMessage;
import fi.mailaudit.metrics.UnitKey;
import fi.mailaudit.metrics.UnitLevel;
import fi.mailaudit.rules.RuleColumns;
import fi.mailaudit.rules.ThreadScores;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scala.reflect.ClassTag$;

class KryoSetupTest {
  private static final SerializerInstance KRYO = new KryoSerializer(
      new SparkConf(false).set("spark.kryo.registrator", KryoSetup.class.getName())).newInstance();

  static Stream<Object> values() {
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put(RuleColumns.CUSTOMER_THANKED, true);
    flags.put("thanks_reception", null); // null = not applicable, and must stay in its place
    return Stream.of(
        message(),
        message().withThreadId("t_9f2c"),
        new ThreadScores("t_9f2c", List.of(), flags),
        new ThreadScores("t_tyhja", List.of(), Map.of()),
        UnitKey.of(UnitLevel.AGENT, "2026-Q3", "liisa.lahtinen@saimaankuitu.fi", "Laskutus", "saimaankuitu.fi"),
        List.of("a@x", "b@x", "c@x"),
        List.of(),
        Arrays.asList("lasku", null, "muutto"),
        Stream.of("lasku", null).toList(),
        Collections.unmodifiableList(Arrays.asList("kuitu", "1000")),
        Map.of("b1", 1, "b2", 0),
        Collections.singletonMap("greeting_kind", "hei_nimi"),
        java.util.Set.of("fi", "sv"),
        Instant.parse("2026-08-03T07:15:00Z"));
  }

  @ParameterizedTest
  @MethodSource("values")
  void roundTripsEqual(Object value) {
    assertEquals(value, roundTrip(value));
  }

  @Test
  void mapOrderSurvivesSoColumnsKeepTheirOrder() {
    Map<String, Object> flags = new LinkedHashMap<>();
    for (String column : List.of("thanks", "greeting", "apology", "closing")) {
      flags.put(column, column.length());
    }
    ThreadScores back = roundTrip(new ThreadScores("t_1", List.of(), flags));
    assertEquals(List.of("thanks", "greeting", "apology", "closing"), List.copyOf(back.threadFlags().keySet()));
  }

  @Test
  void readBackCollectionsStayUnmodifiable() {
    List<String> back = roundTrip(List.of("hei", "kiitos"));
    assertThrows(UnsupportedOperationException.class, () -> back.add("terveisin"));
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) {
    ByteBuffer bytes = KRYO.serialize(value, ClassTag$.MODULE$.AnyRef());
    return (T) KRYO.deserialize(bytes, ClassTag$.MODULE$.AnyRef());
  }

  private static AuditedMessage message() {
    return new AuditedMessage("k1", "abc@saimaankuitu.fi", null, "file:/vienti/asiakaspalvelu.mbox", "mbox",
        "1024", null, Instant.parse("2026-08-03T07:15:00Z"), "2026-Q3", "outbound", "agent",
        "liisa.lahtinen@saimaankuitu.fi", "Liisa Lahtinen", "Laskutus", "saimaankuitu.fi", null, "fi", false, 42,
        "Re: Laskuvirhe", 0, 2048, 0, "text/plain", null, List.of("q1@asiakas.fi"), List.of("q0@asiakas.fi",
        "q1@asiakas.fi"), "laskuvirhe", true, "k0");
  }
}
