package fi.mailaudit;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Kryo for one record class: its components in declaration order, read back through the canonical
 * constructor, as Java serialization does for records (JLS §8.10; Kryo 4 predates records and would
 * set the final fields, which the JDK forbids for records). Kryo builds one per record class.
 */
public final class RecordSerializer<R extends Record> extends Serializer<R> {
  private final Method[] accessors;
  private final Constructor<R> canonical;

  /** Kryo calls this once per record class (a default serializer is built by reflection). */
  public RecordSerializer(Kryo kryo, Class<R> type) {
    super(false, true);
    RecordComponent[] components = type.getRecordComponents();
    accessors = new Method[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      accessors[i] = components[i].getAccessor();
      accessors[i].setAccessible(true);
      types[i] = components[i].getType();
    }
    try {
      canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new KryoException("record " + type.getName() + " has no canonical constructor", e);
    }
  }

  @Override
  public void write(Kryo kryo, Output output, R record) {
    for (Method accessor : accessors) {
      try {
        kryo.writeClassAndObject(output, accessor.invoke(record));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new KryoException("reading " + accessor + " failed", e);
      }
    }
  }

  @Override
  public R read(Kryo kryo, Input input, Class<R> type) {
    Object[] values = new Object[accessors.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = kryo.readClassAndObject(input);
    }
    try {
      return canonical.newInstance(values);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new KryoException("rebuilding " + type.getName() + " failed", e);
    }
  }
}
