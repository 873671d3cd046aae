package fi.mailaudit.conversation;

import static fi.mailaudit.conversation.ThreadMessages.agent;
import static fi.mailaudit.conversation.ThreadMessages.autoReply;
import static fi.mailaudit.conversation.ThreadMessages.customer;
import static fi.mailaudit.conversation.ThreadMessages.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseTimesTest {
  private static final ResponseTimes TIMES = new ResponseTimes(BusinessClock.finnishDefault());

  private static ThreadTimes answered(String first, String reply, double wall, double business) {
    return new ThreadTimes(BusinessClockTest.hki(first), reply, wall, business, false, List.of());
  }

  @Test
  void emptyThreadAndThreadWithoutCustomer() {
    ThreadTimes none = new ThreadTimes(null, null, null, null, false, List.of());
    assertEquals(none, TIMES.of(List.of()));
    assertEquals(
        none,
        TIMES.of(
            List.of(
                agent("tiedote", "2025-03-10T08:00"),
                of("sisäinen", Role.AGENT, Direction.INTERNAL, false, "2025-03-10T09:00"))));
  }

  @Test
  void conversationAcrossAWeekend() {
    // Friday 15:30 question, Monday 08:45 answer: 30 + 45 business minutes, 65 h 15 min elapsed.
    ThreadTimes t =
        TIMES.of(
            List.of(
                customer("pe-kysymys", "2025-03-14T15:30"),
                agent("ma-vastaus", "2025-03-17T08:45"),
                customer("kiitos", "2025-03-17T09:10"),
                agent("ole-hyvä", "2025-03-17T09:20")));
    assertEquals(answered("2025-03-14T15:30", "ma-vastaus", 3915, 75), t);
  }

  @Test
  void aClosingThanksLeavesNoOneWaitingButAFollowUpQuestionDoes() {
    ThreadMessage question = customer("kysymys", "2025-03-10T09:00");
    ThreadMessage answer = agent("vastaus", "2025-03-10T10:00");
    ThreadMessage thanks = closing(customer("kiitos", "2025-03-10T10:30"));
    assertEquals(false, TIMES.of(List.of(question, answer, thanks)).unanswered());
    ThreadMessage followUp = customer("jatkokysymys", "2025-03-10T10:30");
    assertEquals(List.of("jatkokysymys"), TIMES.of(List.of(question, answer, followUp)).unansweredMessageKeys());
    // Feedback is always answered (seed 002): a thank-you that opens a thread counts.
    assertEquals(List.of("kiitos"), TIMES.of(List.of(closing(customer("kiitos", "2025-03-10T10:30"))))
        .unansweredMessageKeys());
  }

  private static ThreadMessage closing(ThreadMessage m) {
    return new ThreadMessage(m.messageKey(), m.messageId(), m.inReplyTo(), m.role(), m.direction(),
        m.autoReply(), m.sentAt(), false);
  }

  @Test
  void conversationAcrossJuhannus() {
    // Thursday before juhannus 14:00; juhannusaatto is closed; answered Monday 10:00.
    ThreadTimes t =
        TIMES.of(
            List.of(
                customer("mökkivaraus", "2025-06-19T14:00"),
                agent("vahvistus", "2025-06-23T10:00")));
    assertEquals(answered("2025-06-19T14:00", "vahvistus", 5520, 240), t);
  }

  @Test
  void autoRepliesSystemMailAndInternalForwardsDoNotStopTheClock() {
    ThreadTimes t =
        TIMES.of(
            List.of(
                customer("reklamaatio", "2025-03-10T09:00"),
                autoReply("kuittaus", Role.AGENT, Direction.OUTBOUND, "2025-03-10T09:00:05"),
                of("tiketti", Role.SYSTEM, Direction.OUTBOUND, false, "2025-03-10T09:01"),
                of("välitys", Role.AGENT, Direction.INTERNAL, false, "2025-03-10T09:30"),
                agent("vastaus", "2025-03-10T11:00")));
    assertEquals(answered("2025-03-10T09:00", "vastaus", 120, 120), t);
  }

  @Test
  void firstCustomerMessageIsNotTheCustomersAutoReply() {
    ThreadTimes t =
        TIMES.of(
            List.of(
                agent("tarjous", "2025-03-10T08:30"),
                autoReply("lomalla", Role.CUSTOMER, Direction.INBOUND, "2025-03-10T08:31"),
                customer("kysymys", "2025-03-24T10:00"),
                agent("vastaus", "2025-03-24T10:20")));
    assertEquals(answered("2025-03-24T10:00", "vastaus", 20, 20), t);
  }

  @Test
  void unansweredMessagesAreThoseAfterTheLastHumanReply() {
    ThreadTimes t =
        TIMES.of(
            List.of(
                customer("kysymys", "2025-03-10T09:00"),
                agent("vastaus", "2025-03-10T09:30"),
                customer("jatko", "2025-03-11T12:00"),
                autoReply("kuittaus", Role.AGENT, Direction.OUTBOUND, "2025-03-11T12:00:03"),
                customer("muistutus", "2025-03-13T08:00"),
                customer("päiväämätön", null)));
    assertEquals(
        new ThreadTimes(
            BusinessClockTest.hki("2025-03-10T09:00"), "vastaus", 30.0, 30.0, true, List.of("jatko", "muistutus")),
        t);
  }

  @Test
  void neverAnsweredThread() {
    ThreadTimes t = TIMES.of(List.of(customer("palaute", "2025-12-23T15:00")));
    assertEquals(
        new ThreadTimes(BusinessClockTest.hki("2025-12-23T15:00"), null, null, null, true, List.of("palaute")), t);
  }

  @Test
  void aReplyBeforeTheFirstCustomerMessageIsNoResponse() {
    ThreadTimes t =
        TIMES.of(
            List.of(agent("tiedote", "2025-03-10T08:00"), customer("kysymys", "2025-03-10T09:00")));
    assertEquals(
        new ThreadTimes(BusinessClockTest.hki("2025-03-10T09:00"), null, null, null, true, List.of("kysymys")), t);
  }
}
