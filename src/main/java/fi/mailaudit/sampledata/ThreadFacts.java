package fi.mailaudit.sampledata;

import java.util.List;

/**
 * The ground truth of one conversation: the columns of {@code labels/threads.csv}.
 * {@code thanksReception} is gracious, dismissive, ignored, no_reply or empty when the customer
 * did not thank (seed 001); {@code promiseOutcome} is kept, broken, open or empty (seed 003).
 */
record ThreadFacts(String threadKey, String kind, String department, String agentEmail,
    String language, String subject, boolean expectedUnanswered, boolean customerThanked,
    String thanksReception, String promiseDeadline, String promiseOutcome,
    String cancellationScore, int messages) {

  static final List<String> COLUMNS = List.of("thread_key", "kind", "department", "agent_email",
      "language", "subject", "expected_unanswered", "customer_thanked", "thanks_reception",
      "promise_deadline", "promise_outcome", "cancellation_score", "messages");

  List<String> row() {
    return List.of(threadKey, kind, department, agentEmail, language, subject,
        String.valueOf(expectedUnanswered), String.valueOf(customerThanked), thanksReception,
        promiseDeadline, promiseOutcome, cancellationScore, String.valueOf(messages));
  }
}
