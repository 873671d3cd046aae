package fi.mailaudit.conversation;

import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.Address;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The pure core of the conversation stage for one message: who wrote it in which role, which
 * customer it concerns (as a pseudonym), its quarter, its key, its language and whether a machine
 * wrote it. No Spark here; {@link
 * ConversationStage} runs it per partition.
 */
public final class MessageAuditor {
  private static final Comparator<AuditedMessage> FIRST_COPY =
      Comparator.comparing(AuditedMessage::sourceFile).thenComparing(AuditedMessage::location);

  private final Settings settings;

  /**
   * What the stage needs from the run's options.
   *
   * @param roles the company domains and roster
   * @param pseudonymizer null when the user opted to keep customer identities in clear
   * @param zone the company's time zone (quarters)
   */
  public record Settings(RoleResolver roles, Pseudonymizer pseudonymizer, ZoneId zone)
      implements Serializable {}

  public MessageAuditor(Settings settings) {
    this.settings = settings;
  }

  public AuditedMessage audit(ParsedMessage m) {
    MessageRoles roles = settings.roles().classify(m.from(), m.to(), m.cc(), m.sentAt());
    // Language, auto-reply text cues and word count read the author's new text only (SPEC §4):
    // a Finnish reply on top of an English quote is Finnish and is as long as what was written now.
    BodySections sections = QuoteSplitter.split(m.bodyText());
    AutoReply auto = AutoReplyDetector.detect(m, sections);
    SenderIdentity sender = roles.sender();
    if (sender.role() == Role.AGENT && auto.isMachineMail()) {
      // A newsletter or notice from a company address (uutiskirje@, tilaukset@) has no agent
      // behind it: it is system mail and is never scored as an agent's reply.
      sender = new SenderIdentity(Role.SYSTEM, null, null, null, sender.company());
    }
    String customer = roles.customerEmail();
    if (customer != null && settings.pseudonymizer() != null) {
      customer = settings.pseudonymizer().pseudonym(customer);
    }
    AuditedMessage audited = new AuditedMessage(
        MessageKeys.of(m),
        m.messageId(),
        null,
        m.source().sourceFile(),
        m.source().format().code(),
        m.source().location(),
        m.source().folder(),
        m.sentAt(),
        Quarters.of(m.sentAt(), settings.zone()),
        roles.direction().columnValue(),
        sender.role().columnValue(),
        sender.agentEmail(),
        sender.agentName(),
        sender.department(),
        sender.company(),
        customer,
        LanguageDetector.detect(m, sections),
        auto.isReply(),
        WordCount.of(sections.newText()),
        settings.pseudonymizer() == null ? m.subject() : maskedSubject(m, roles),
        m.attachments().size(),
        m.sizeBytes(),
        0,
        m.bodySource(),
        auto.isAutoReply() ? auto.kind().name().toLowerCase(Locale.ROOT) : null,
        m.inReplyTo(),
        m.references(),
        SubjectNormalizer.normalize(m.subject()),
        sender.role() != Role.CUSTOMER || !ClosingThanks.is(sections.newText()),
        null);
    return scoredMail(sender.role(), roles.direction())
        ? audited.withText(MessageText.of(sections,
            sender.role() == Role.CUSTOMER ? CustomerNameFinder.firstName(m, sections) : null))
        : audited;
  }

  /**
   * Whether the rules read this message: an agent's mail to a customer or a customer's mail
   * (SPEC §5 scores agent replies against the customer messages they answer), and the company's
   * own system mail to customers, which is checked for passwords sent in clear (SPEC §5.5).
   * Internal and foreign system mail carry no text, so their bodies are not held until the rules.
   */
  static boolean scoredMail(Role role, Direction direction) {
    return (role == Role.AGENT || role == Role.CUSTOMER) && direction != Direction.INTERNAL
        || role == Role.SYSTEM && direction == Direction.OUTBOUND;
  }

  /**
   * The subject with the customer's name (from their display name), e-mail addresses and phone
   * numbers masked: SPEC §6 wants the decoded subject, SPEC §3 wants no customer name in clear, and
   * "Matti Virtanen: laskuvirhe" or "Soittopyyntö 040 123 4567" is both.
   */
  static String maskedSubject(ParsedMessage m, MessageRoles roles) {
    String subject = PersonalData.maskContacts(m.subject());
    String customer = roles.customerEmail();
    if (subject == null || customer == null) {
      return subject;
    }
    for (Address a : allAddresses(m)) {
      if (a != null && customer.equalsIgnoreCase(a.email()) && a.name() != null) {
        subject = PersonalData.maskNames(subject, a.name());
      }
    }
    return subject;
  }

  private static List<Address> allAddresses(ParsedMessage m) {
    List<Address> all = new java.util.ArrayList<>();
    all.add(m.from());
    all.addAll(m.to());
    all.addAll(m.cc());
    return all;
  }

  /**
   * Folds two copies of one message: the copy from the first source (by path, then location) is
   * kept, so the choice does not depend on the order Spark meets them; the copies are counted.
   */
  public static AuditedMessage keepOne(AuditedMessage a, AuditedMessage b) {
    AuditedMessage kept = FIRST_COPY.compare(a, b) <= 0 ? a : b;
    return kept.withDuplicateCount(a.duplicateCount() + b.duplicateCount() + 1);
  }
}
