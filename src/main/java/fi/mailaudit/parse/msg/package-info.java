/**
 * Outlook MSG reading with POI HSMF, and the MAPI-to-{@link fi.mailaudit.parse.ParsedMessage} logic
 * shared by the PST, MSG and TNEF readers: {@link fi.mailaudit.parse.msg.OutlookItem} is what a
 * store says, {@link fi.mailaudit.parse.msg.OutlookMessageAssembler} decides headers (transport
 * headers first, MAPI properties as fallback), addresses (X.500 DNs are not e-mail), date and body
 * (text, else HTML, else RTF).
 */
package fi.mailaudit.parse.msg;
