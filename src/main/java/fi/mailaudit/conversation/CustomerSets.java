package fi.mailaudit.conversation;

/**
 * Union-find (union by size, path halving) over message and message-id nodes, where each set
 * remembers the one customer it belongs to and refuses to merge with a set of another customer.
 * That refusal is how {@link ThreadBuilder} keeps two customers apart even when a careless reply
 * links them. Memory: three ints and one reference per node, allocated once.
 */
final class CustomerSets {
  private final int[] parent;
  private final int[] size;
  private final int[] messages;
  private final String[] customer;
  private int nodes;

  CustomerSets(int capacity) {
    parent = new int[capacity];
    size = new int[capacity];
    messages = new int[capacity];
    customer = new String[capacity];
  }

  /** Adds a node; a message node counts towards {@link #messageCount}, an id node does not. */
  int add(boolean isMessage, String customerKey) {
    int node = nodes++;
    parent[node] = node;
    size[node] = 1;
    messages[node] = isMessage ? 1 : 0;
    customer[node] = customerKey;
    return node;
  }

  int find(int node) {
    int n = node;
    while (parent[n] != n) {
      parent[n] = parent[parent[n]];
      n = parent[n];
    }
    return n;
  }

  /** Merges the two sets unless they belong to different customers; true when merged or same. */
  boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return true;
    }
    String ca = customer[ra];
    String cb = customer[rb];
    if (ca != null && cb != null && !ca.equals(cb)) {
      return false;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
    messages[ra] += messages[rb];
    customer[ra] = ca != null ? ca : cb;
    return true;
  }

  /** How many message nodes the node's set holds. */
  int messageCount(int node) {
    return messages[find(node)];
  }
}
