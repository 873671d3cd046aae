package fi.mailaudit.parse.pst;

import com.pff.DescriptorIndexNode;
import com.pff.PSTFile;
import com.pff.PSTObject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two things java-libpst 0.9.3 has but does not make public, reached by reflection (libpst sits in
 * the unnamed module, so no --add-opens is needed):
 *
 * <ul>
 *   <li>{@code PSTObject.getStringItem(int)}, for properties without a getter:
 *       PR_SENDER_SMTP_ADDRESS (0x5D01, [MS-OXPROPS] PidTagSenderSmtpAddress), which turns an
 *       Exchange X.500 sender into an e-mail address, and PR_INTERNET_REFERENCES (0x1039).
 *   <li>{@code PSTFile.getChildDescriptorTree()}, the descriptor index grouped by parent: libpst's
 *       own fallback when a folder's contents table is damaged, which {@code
 *       PSTFolder.getChildDescriptorNodes()} does not use (it returns an empty list then).
 * </ul>
 *
 * If a later libpst renames them, the lookups fail soft: null / empty, and the planner's
 * expected-vs-listed counts show the loss.
 */
final class LibpstAccess {
  static final int PR_SENDER_SMTP_ADDRESS = 0x5D01;
  static final int PR_SENT_REPRESENTING_SMTP_ADDRESS = 0x5D02;
  static final int PR_INTERNET_REFERENCES = 0x1039;

  private static final Method GET_STRING_ITEM = method(PSTObject.class, "getStringItem", int.class);
  private static final Method CHILD_TREE = method(PSTFile.class, "getChildDescriptorTree");

  private LibpstAccess() {}

  private static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      Method m = type.getDeclaredMethod(name, parameters);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException | RuntimeException e) {
      return null;
    }
  }

  /** A string property of an item, or null when absent or not reachable. */
  static String string(PSTObject item, int propertyId) {
    if (GET_STRING_ITEM == null) {
      return null;
    }
    try {
      Object value = GET_STRING_ITEM.invoke(item, propertyId);
      return value instanceof String s && !s.isBlank() ? s : null;
    } catch (IllegalAccessException | InvocationTargetException e) {
      return null;
    }
  }

  /**
   * The message descriptor ids whose parent is the given folder, read from the descriptor index
   * instead of the folder's contents table.
   */
  static List<Long> messageIdsByParent(PSTFile pst, long folderId) throws ReflectiveOperationException {
    List<Long> ids = new ArrayList<>();
    if (CHILD_TREE == null) {
      return ids;
    }
    Object tree = CHILD_TREE.invoke(pst);
    if (tree instanceof Map<?, ?> byParent
        && byParent.get((int) folderId) instanceof Iterable<?> children) {
      for (Object child : children) {
        if (child instanceof DescriptorIndexNode node
            && PSTObject.getNodeType(node.descriptorIdentifier) == PSTObject.NID_TYPE_NORMAL_MESSAGE) {
          ids.add((long) node.descriptorIdentifier);
        }
      }
    }
    return ids;
  }
}
