package fi.mailaudit.parse;

import java.io.Serializable;

/**
 * A mailbox from an address header.
 *
 * @param name the decoded display name, null when absent
 * @param email the address in lower case, null when the header held no parsable address (an
 *     Exchange X.500 DN, for example, is kept in {@code name})
 */
public record Address(String name, String email) implements Serializable {}
