package fi.mailaudit;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Teaches Spark's Kryo the job's value types. Java serialization of the message records in the
 * shuffles and caches was a quarter of the audit's CPU in the issue 7 profile; Kryo is several times
 * faster, but Kryo 4 cannot build a record (it sets fields, and a record's fields cannot be set)
 * nor fill the JDK's unmodifiable collections (its default serializer adds to an empty one). So
 * records go through their canonical constructor ({@link RecordSerializer}) and unmodifiable lists,
 * sets and maps are rebuilt as unmodifiable copies with the same elements in the same order.
 */
public final class KryoSetup implements KryoRegistrator {
  /**
   * The types that travel by the hundred thousand: registered, Kryo writes a number instead of the
   * class name with each one. The order fixes the numbers, the same in every JVM of the run.
   */
  private static final List<Class<?>> FREQUENT = List.of(
      fi.mailaudit.conversation.AuditedMessage.class, fi.mailaudit.conversation.MessageText.class,
      fi.mailaudit.conversation.BodySections.class, fi.mailaudit.conversation.AutoReply.class,
      fi.mailaudit.parse.ParsedMessage.class, fi.mailaudit.parse.Address.class,
      fi.mailaudit.parse.Attachment.class, fi.mailaudit.parse.Reject.class, fi.mailaudit.ingest.SourceRef.class,
      fi.mailaudit.conversation.ThreadSummary.class, fi.mailaudit.rules.ThreadScores.class,
      fi.mailaudit.rules.ScoredReply.class, fi.mailaudit.rules.RuleResult.class,
      fi.mailaudit.metrics.UnitKey.class, fi.mailaudit.metrics.UnitMetrics.class,
      fi.mailaudit.metrics.UnitSummary.class, fi.mailaudit.metrics.UnitCard.class,
      fi.mailaudit.metrics.ThreadFacts.class, fi.mailaudit.rules.TemplateDetector.Reply.class,
      fi.mailaudit.rules.TemplateDetector.Fingerprint.class, fi.mailaudit.rules.TemplateDetector.Match.class);

  @Override
  public void registerClasses(Kryo kryo) {
    kryo.addDefaultSerializer(Record.class, RecordSerializer.class);
    for (Class<?> type : unmodifiable(List.of(List.of(), List.of(1), List.of(1, 2, 3),
        Collections.unmodifiableList(new ArrayList<>()), Collections.unmodifiableList(new LinkedList<>()),
        Collections.emptyList(), Collections.singletonList(1), java.util.Arrays.asList(1, 2),
        java.util.stream.Stream.of(1, 2).toList()))) {
      kryo.addDefaultSerializer(type, new Rebuilt(ArrayList::new,
          c -> Collections.unmodifiableList((List<Object>) c)));
    }
    for (Class<?> type : unmodifiable(List.of(Set.of(), Set.of(1), Set.of(1, 2, 3),
        Collections.unmodifiableSet(new LinkedHashSet<>()), Collections.emptySet(), Collections.singleton(1),
        Collections.unmodifiableSortedSet(new TreeSet<>())))) {
      kryo.addDefaultSerializer(type, new Rebuilt(LinkedHashSet::new,
          c -> Collections.unmodifiableSet((Set<Object>) c)));
    }
    for (Class<?> type : unmodifiable(List.of(Map.of(), Map.of(1, 1), Map.of(1, 1, 2, 2),
        Collections.unmodifiableMap(new LinkedHashMap<>()), Collections.emptyMap(), Collections.singletonMap(1, 1),
        Collections.unmodifiableSortedMap(new TreeMap<>())))) {
      kryo.addDefaultSerializer(type, new RebuiltMap());
    }
    FREQUENT.forEach(kryo::register);
  }

  private static List<Class<?>> unmodifiable(List<Object> examples) {
    return examples.stream().<Class<?>>map(Object::getClass).distinct().toList();
  }

  /** A collection written element by element and read back as an unmodifiable copy. */
  private static final class Rebuilt extends Serializer<Collection<Object>> {
    private final java.util.function.IntFunction<Collection<Object>> empty;
    private final Function<Collection<Object>, Collection<Object>> seal;

    Rebuilt(java.util.function.IntFunction<Collection<Object>> empty,
        Function<Collection<Object>, Collection<Object>> seal) {
      super(false, true);
      this.empty = empty;
      this.seal = seal;
    }

    @Override
    public void write(Kryo kryo, Output output, Collection<Object> collection) {
      output.writeInt(collection.size(), true);
      for (Object element : collection) {
        kryo.writeClassAndObject(output, element);
      }
    }

    @Override
    public Collection<Object> read(Kryo kryo, Input input, Class<Collection<Object>> type) {
      int size = input.readInt(true);
      Collection<Object> out = empty.apply(size);
      for (int i = 0; i < size; i++) {
        out.add(kryo.readClassAndObject(input));
      }
      return seal.apply(out);
    }
  }

  /** A map written entry by entry and read back as an unmodifiable map in the same order. */
  private static final class RebuiltMap extends Serializer<Map<Object, Object>> {
    RebuiltMap() {
      super(false, true);
    }

    @Override
    public void write(Kryo kryo, Output output, Map<Object, Object> map) {
      output.writeInt(map.size(), true);
      for (Map.Entry<Object, Object> e : map.entrySet()) {
        kryo.writeClassAndObject(output, e.getKey());
        kryo.writeClassAndObject(output, e.getValue());
      }
    }

    @Override
    public Map<Object, Object> read(Kryo kryo, Input input, Class<Map<Object, Object>> type) {
      int size = input.readInt(true);
      Map<Object, Object> out = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        out.put(kryo.readClassAndObject(input), kryo.readClassAndObject(input));
      }
      return Collections.unmodifiableMap(out);
    }
  }
}
