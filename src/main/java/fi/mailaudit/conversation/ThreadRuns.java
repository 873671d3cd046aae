package fi.mailaudit.conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The threads of one partition of {@link ThreadStage#assignThreads}'s output, one list per thread,
 * read as runs of equal {@code thread_id}. That output keeps each thread whole and contiguous in
 * one partition, so summaries and rules need no second shuffle by thread id: the profile of issue
 * 7 found the shuffles of whole messages (Java serialization) costing more than the rules.
 * Only one thread is held at a time.
 */
public final class ThreadRuns implements Iterator<List<AuditedMessage>> {
  private final Iterator<AuditedMessage> in;
  // Ids of runs already handed out: a repeat means the input broke the contract, which would
  // silently split a thread in two; failing is better than a wrong row.
  private final Set<String> finished = new HashSet<>();
  private AuditedMessage pending;

  private ThreadRuns(Iterator<AuditedMessage> in) {
    this.in = in;
    this.pending = in.hasNext() ? in.next() : null;
  }

  /** The runs of {@code partition}, which must come from {@link ThreadStage#assignThreads}. */
  public static Iterator<List<AuditedMessage>> of(Iterator<AuditedMessage> partition) {
    return new ThreadRuns(partition);
  }

  @Override
  public boolean hasNext() {
    return pending != null;
  }

  @Override
  public List<AuditedMessage> next() {
    if (pending == null) {
      throw new NoSuchElementException();
    }
    String threadId = pending.threadId();
    if (!finished.add(threadId)) {
      throw new IllegalStateException("thread " + threadId + " is not contiguous in its partition:"
          + " threaded messages must come from ThreadStage.assignThreads");
    }
    List<AuditedMessage> run = new ArrayList<>();
    run.add(pending);
    pending = null;
    while (in.hasNext()) {
      AuditedMessage m = in.next();
      if (!Objects.equals(threadId, m.threadId())) {
        pending = m;
        break;
      }
      run.add(m);
    }
    return run;
  }
}
