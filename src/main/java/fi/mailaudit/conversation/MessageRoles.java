package fi.mailaudit.conversation;

import java.io.Serializable;

/**
 * What {@link RoleResolver} found about one message.
 *
 * @param sender the sender's role and, for an agent, identity
 * @param direction inbound, outbound or internal
 * @param customerEmail the customer the message was from (inbound) or to (outbound: the first
 *     customer in To, else in Cc), lower case; null for internal mail and foreign system mail.
 *     It is the key threads are kept apart by; pseudonymise it before it leaves the stage.
 */
public record MessageRoles(SenderIdentity sender, Direction direction, String customerEmail)
    implements Serializable {}
