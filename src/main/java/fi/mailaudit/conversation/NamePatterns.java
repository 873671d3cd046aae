package fi.mailaudit.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The compiled patterns of the customer names one thread masked last ({@link PersonalData}), least
 * recently used first out. Not thread-safe: each thread holds its own.
 */
final class NamePatterns {
  /**
   * Enough for the customers of one task's threads in flight (a thread's replies are scored
   * together); a few hundred small patterns per thread.
   */
  static final int DEFAULT_CAPACITY = 256;

  private final Map<String, Pattern> byName;

  NamePatterns(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.byName = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The pattern of a stripped name's forms ({@link PersonalData#nameForms}), compiled on first use. */
  Pattern forName(String strong) {
    return byName.computeIfAbsent(strong, PersonalData::nameForms);
  }

  int size() {
    return byName.size();
  }
}
