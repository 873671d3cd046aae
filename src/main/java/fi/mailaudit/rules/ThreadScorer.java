package fi.mailaudit.rules;

import fi.mailaudit.conversation.AutoReply;
import fi.mailaudit.conversation.AuditedMessage;
import fi.mailaudit.conversation.BodySections;
import fi.mailaudit.conversation.Direction;
import fi.mailaudit.conversation.MessageText;
import fi.mailaudit.conversation.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pure core of the rules stage for one thread: every agent reply to the customer becomes a
 * {@link ScoredReply} (the Finnish {@link RuleSet} applied to the reply and its prompt when the
 * reply is a human's and in Finnish, SPEC §4 "Finnish rules score Finnish text only"), and the
 * thread gets its thanks columns (seed 001 "Ei kiitos kiitoksesta"): the first Finnish customer
 * message that thanks, met by the next human agent reply or by none.
 *
 * <p>A rule that throws on some text must not stop the audit: the reply is then written unscored
 * with the failure as its {@link ScoredReply#RULE_ERROR} evidence, and the thread's columns stay
 * null. Not thread-safe (the rules are not); {@link RulesStage} builds one per partition.
 */
public final class ThreadScorer {
  private static final Logger LOG = LoggerFactory.getLogger(ThreadScorer.class);
  private static final String FINNISH = "fi";
  /** The order of {@code ThreadSummarizer}: date, then key; undated messages last. */
  private static final Comparator<AuditedMessage> DATE_ORDER =
      Comparator.comparing(AuditedMessage::sentAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(AuditedMessage::messageKey);

  /** Flags an auto-reply keeps: its own quality (seed 003 §3), the echo (seed 002), passwords. */
  private static final List<String> AUTO_REPLY_FLAGS = List.of(RuleColumns.AUTO_REPLY_ELEMENTS,
      RuleColumns.AUTO_REPLY_GREETING, RuleColumns.AUTO_REPLY_THANKS, RuleColumns.AUTO_REPLY_ABSENCE,
      RuleColumns.AUTO_REPLY_CONTACT, RuleColumns.ECHO_AUTO_REPLY, RuleColumns.PASSWORD_IN_CLEAR);

  private final RuleSet rules;
  /** Thanks and its reception only: customer messages need nothing more (see threadFlags). */
  private final RuleSet reception = RuleSet.thanksReception();
  private final List<String> products;
  private final PromiseLedger promises;

  public ThreadScorer(RuleSet rules, List<String> products) {
    this(rules, products, null);
  }

  /** @param archiveEnd the run's latest message time: promises due after it stay open */
  public ThreadScorer(RuleSet rules, List<String> products, Instant archiveEnd) {
    this.rules = rules;
    this.products = List.copyOf(products);
    this.promises = new PromiseLedger(archiveEnd);
  }

  /** The scores of one thread's messages (any order), with no template information (B6 = 0). */
  public ThreadScores score(String threadId, List<AuditedMessage> thread) {
    return score(threadId, thread, Map.of());
  }

  /**
   * The scores of one thread's messages (any order).
   *
   * @param templateCopies per reply key, to how many other customers a near copy of it went (B6)
   */
  public ThreadScores score(String threadId, List<AuditedMessage> thread, Map<String, Integer> templateCopies) {
    List<AuditedMessage> ordered = new ArrayList<>(thread);
    ordered.sort(DATE_ORDER);
    Map<String, AuditedMessage> byKey = new HashMap<>();
    ordered.forEach(m -> byKey.put(m.messageKey(), m));
    String threadName = ordered.stream()
        .filter(ThreadScorer::isCustomerMail).map(ThreadScorer::firstName)
        .filter(n -> n != null).findFirst().orElse(null);
    List<ScoredReply> replies = new ArrayList<>();
    AuditedMessage lastCustomer = null;
    for (AuditedMessage m : ordered) {
      if (isCustomerMail(m)) {
        lastCustomer = m;
      } else if (isAgentMail(m) || isCompanySystemMail(m)) {
        // Auto-replies have no paired prompt: the customer message they react to is the last one.
        AuditedMessage prompt = m.promptMessageKey() != null ? byKey.get(m.promptMessageKey())
            : m.isAutoReply() ? lastCustomer : null;
        replies.add(reply(m, prompt, threadName, templateCopies.getOrDefault(m.messageKey(), 0)));
      }
    }
    Map<String, Object> flags = new LinkedHashMap<>(threadFlags(ordered, threadName));
    replies = promises.settle(replies, PromiseLedger.companyTimes(ordered), flags);
    replies.stream().filter(r -> Boolean.TRUE.equals(r.flags().get(RuleColumns.CANCELLATION))).findFirst()
        .ifPresent(r -> flags.put(RuleColumns.CANCELLATION_SCORE, r.flags().get(RuleColumns.CANCELLATION_STEPS)));
    return new ThreadScores(threadId, replies, flags);
  }

  /**
   * One row of {@code replies}. A human Finnish reply is scored by every rule. An auto-reply and
   * the company's own system mail (a registration notice) are not scored, but an auto-reply keeps
   * its auto-reply quality and echo flags, and both are checked for passwords sent in clear
   * (SPEC §5.5: a security finding per message, whoever sent it).
   */
  private ScoredReply reply(AuditedMessage m, AuditedMessage prompt, String threadName, int copies) {
    boolean finnish = FINNISH.equals(m.language()) && m.text() != null;
    boolean human = finnish && !m.isAutoReply() && isAgentMail(m);
    RuleResult result = RuleResult.EMPTY;
    boolean scored = human;
    String name = prompt != null && firstName(prompt) != null ? firstName(prompt) : threadName;
    if (m.text() != null) {
      ReplyInput input = new ReplyInput(m.text().sections(), sections(prompt), name, products, FINNISH)
          .withSentAt(m.sentAt())
          .withAutoReply(autoReply(m));
      try {
        result = rules.apply(input);
        if (human) {
          result = BingoCard.of(result).withTemplate(TemplateDetector.isTemplate(copies)).applyTo(result)
              .with(RuleColumns.TEMPLATE_COPIES, copies);
        } else {
          result = only(result, finnish && m.isAutoReply() ? AUTO_REPLY_FLAGS : List.of(RuleColumns.PASSWORD_IN_CLEAR));
        }
      } catch (RuntimeException e) {
        LOG.warn("a rule failed on reply {}; written unscored", m.messageKey(), e);
        scored = false;
        result = RuleResult.EMPTY.withEvidence(ScoredReply.RULE_ERROR, failure(e));
      }
    }
    return new ScoredReply(m.messageKey(), m.messageId(), m.threadId(), prompt == null ? null : prompt.messageKey(),
        prompt == null ? null : prompt.messageId(), m.agentEmail(), m.department(), m.company(), m.sentAt(),
        m.language(), m.quarter(), scored, result.flags(), NameMasking.mask(result.evidence(), name));
  }

  /** The flags (and their evidence) of {@code keep} only. */
  private static RuleResult only(RuleResult result, List<String> keep) {
    RuleResult kept = RuleResult.EMPTY;
    for (String flag : keep) {
      if (result.flags().containsKey(flag)) {
        kept = kept.with(flag, result.flags().get(flag));
      }
      if (result.evidence().containsKey(flag)) {
        kept = kept.withEvidence(flag, result.evidence().get(flag));
      }
    }
    return kept;
  }

  /** The conversation stage's verdict as the rules take it; null for human mail. */
  private static AutoReply autoReply(AuditedMessage m) {
    return m.autoReplyKind() == null ? null
        : new AutoReply(true, AutoReply.Kind.valueOf(m.autoReplyKind().toUpperCase(java.util.Locale.ROOT)), null);
  }

  /**
   * {@code customer_thanked} and {@code thanks_reception} of the thread: false when it holds no
   * customer message at all; null when its customers wrote in other languages only (not scored,
   * as for replies); else whether a customer message thanks and
   * how the next human agent reply met the first that does (or {@code no_reply}).
   */
  private Map<String, Object> threadFlags(List<AuditedMessage> ordered, String threadName) {
    Map<String, Object> flags = new LinkedHashMap<>();
    try {
      for (int i = 0; i < ordered.size(); i++) {
        AuditedMessage c = ordered.get(i);
        if (!isCustomerMail(c) || !FINNISH.equals(c.language()) || c.text() == null) {
          continue;
        }
        String name = firstName(c) != null ? firstName(c) : threadName;
        // Without a reply only the thanks rules look at the customer's text.
        RuleResult alone = reception.apply(new ReplyInput(null, c.text().sections(), name, products, FINNISH));
        flags.put(RuleColumns.CUSTOMER_THANKED, Boolean.TRUE.equals(alone.bool(RuleColumns.CUSTOMER_THANKED)));
        if (Boolean.TRUE.equals(alone.bool(RuleColumns.CUSTOMER_THANKED))) {
          AuditedMessage next = nextHumanReply(ordered, i);
          RuleResult met = next == null ? alone
              : reception.apply(new ReplyInput(next.text().sections(), c.text().sections(), name, products, next.language()));
          flags.put(RuleColumns.THANKS_RECEPTION, met.text(RuleColumns.THANKS_RECEPTION));
          return flags;
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("a rule failed on a customer message of thread {}; its thanks columns stay null", ordered.get(0).threadId(), e);
      return Map.of();
    }
    if (!flags.isEmpty()) {
      flags.put(RuleColumns.THANKS_RECEPTION, null);
      return flags;
    }
    return ordered.stream().anyMatch(ThreadScorer::isCustomerMail) ? Map.of() : ThreadScores.NO_CUSTOMER_MESSAGE;
  }

  private static AuditedMessage nextHumanReply(List<AuditedMessage> ordered, int after) {
    for (int j = after + 1; j < ordered.size(); j++) {
      AuditedMessage m = ordered.get(j);
      if (isAgentMail(m) && !m.isAutoReply() && m.text() != null) {
        return m;
      }
    }
    return null;
  }

  /** A reply B6 compares with the others: a human Finnish agent reply with text. */
  static boolean isTemplateCandidate(AuditedMessage m) {
    return isAgentMail(m) && !m.isAutoReply() && FINNISH.equals(m.language()) && m.text() != null;
  }

  /** The company's own system mail to a customer (no-reply notices): checked for passwords only. */
  static boolean isCompanySystemMail(AuditedMessage m) {
    return m.role() == Role.SYSTEM && m.directionKind() == Direction.OUTBOUND;
  }

  /** An agent's mail to a customer, human or automatic: a row of {@code replies}. */
  static boolean isAgentMail(AuditedMessage m) {
    return m.role() == Role.AGENT && m.directionKind() == Direction.OUTBOUND;
  }

  private static boolean isCustomerMail(AuditedMessage m) {
    return m.role() == Role.CUSTOMER && !m.isAutoReply();
  }

  private static String firstName(AuditedMessage m) {
    MessageText text = m.text();
    return text == null ? null : text.authorFirstName();
  }

  private static BodySections sections(AuditedMessage m) {
    return m == null || m.text() == null ? null : m.text().sections();
  }

  /** What an auditor needs to find the failure in the log: the type and message, no text. */
  private static String failure(RuntimeException e) {
    String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return message.length() <= Evidence.MAX_LENGTH ? message : message.substring(0, Evidence.MAX_LENGTH);
  }
}
