package fi.mailaudit.parse.pst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.Attachment;
import fi.mailaudit.parse.MailHeaders;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.msg.OutlookCorpora;
import java.io.File;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public test PSTs through planner and reader, against /work/shared/corpora/expected.tsv.
 *
 * <p>testPST.pst rows and our equivalent: 8 messages (7 IPM.Note + 1 embedded); item[1] subject,
 * from_name, from_email, to_display (our To address), message_class NOTE (emitted as a message),
 * client_submit_time (sentAt), folder_path (folder without Tika's leading "/"); item[6] from;
 * item[7] embedded_resource_path (parent lists "First email.msg", the embedded message lists
 * "attachment.docx"); xml_contains "Gary Murphy commented on TIKA-1250" (body) and "Racine (pour la
 * recherche)" (a planned folder); folder item_count 7; top_level_mail_items 7.
 *
 * <p>Not asserted as written: item[6].to_email is the X.500 DN of the MAPI recipient table, while we
 * take To from the transport headers (hong-thai.nguyen@polyspot.com, asserted instead);
 * recursive_metadata_count 10 and extracted_embedded_files 9 count Tika's container and the docx
 * as documents (our equivalent: 8 messages, 2 listed attachments); xml_contains "This is a docx
 * attachment." is text inside the docx, which SPEC §2 says we never extract.
 */
class PstCorpusTest {
  private static final String TOP = "Début du fichier de données Outlook";

  private static PstSliceResult readAll(String corpusPath, int sliceSize) {
    File file = OutlookCorpora.file(corpusPath);
    PstPlan plan = PstPlanner.plan(file, corpusPath, sliceSize);
    assertEquals(List.of(), plan.rejects());
    return PstSliceReader.read(file, corpusPath, plan.slices());
  }

  private static Map<String, ParsedMessage> byLocation(List<ParsedMessage> messages) {
    return messages.stream().collect(Collectors.toMap(m -> m.source().location(), m -> m));
  }

  @Test
  void testPstGivesEightMessagesWithTheFactsTikaAsserts() {
    PstSliceResult result = readAll("apache-tika/testPST.pst", 3);
    assertEquals(8, result.results().size());
    assertEquals(8, result.messages().size());
    assertEquals(List.of(), result.skipped());
    Map<String, ParsedMessage> byLocation = byLocation(result.messages());

    ParsedMessage first = byLocation.get(TOP + "#2097188");
    assertEquals("Re: Feature Generators", first.subject());
    assertEquals(new Address("Jörn Kottmann", "kottmann@gmail.com"), first.from());
    assertEquals(List.of(new Address(null, "users@opennlp.apache.org")), first.to());
    assertEquals(Instant.parse("2014-02-26T07:50:04Z"), first.sentAt());
    assertEquals(TOP, first.source().folder());
    assertEquals(InputFormat.PST, first.source().format());
    assertEquals("530D9CAC.5080901@gmail.com", first.messageId());
    assertEquals(List.of("CAJ+FrY6C_Hp_b-Pzx2VqUqnonx9Dei8kcXDV7j1wPT99mNKsuA@mail.gmail.com"), first.inReplyTo());
    assertEquals("bulk", first.header(MailHeaders.PRECEDENCE));
    assertEquals("text/plain", first.bodySource());

    ParsedMessage couchbase = byLocation.get(TOP + "#2097348");
    assertEquals(new Address("Couchbase", "couchbase@couchbase.com"), couchbase.from());
    assertEquals(List.of(new Address(null, "hong-thai.nguyen@polyspot.com")), couchbase.to());

    ParsedMessage jira = byLocation.get(TOP + "#2097316");
    assertTrue(jira.bodyText().contains("Gary Murphy commented on TIKA-1250"), jira.bodyText());
  }

  @Test
  void exchangeSenderWithoutSmtpAddressKeepsNameAndNoEmail() {
    Map<String, ParsedMessage> byLocation =
        byLocation(readAll("apache-tika/testPST.pst", 500).messages());
    ParsedMessage forward = byLocation.get(TOP + "#2097380");
    assertEquals("FW: First email", forward.subject());
    // PR_SENDER_EMAIL_ADDRESS is "/o=PF/ou=Exchange Administrative Group…": not an e-mail address.
    assertEquals(new Address("Luis Filipe da Cruz Nassif", null), forward.from());
    assertEquals(List.of(new Address("lfcnassif@gmail.com", "lfcnassif@gmail.com")), forward.to());
    assertEquals(Instant.parse("2020-11-26T22:18:29.446Z"), forward.sentAt());
    assertEquals("2915856a7d3449e68529f3e61b8d26bc@pf.gov.br", forward.header(MailHeaders.MESSAGE_ID).replaceAll("[<>]", ""));
    assertEquals(
        List.of(new Attachment("First email.msg", "application/vnd.ms-outlook", 24308)),
        forward.attachments());
  }

  @Test
  void embeddedMessageIsItsOwnMessage() {
    Map<String, ParsedMessage> byLocation =
        byLocation(readAll("apache-tika/testPST.pst", 500).messages());
    ParsedMessage embedded = byLocation.get(TOP + "#2097380#att0");
    assertEquals("First email", embedded.subject());
    assertEquals(TOP, embedded.source().folder());
    assertEquals("3148510c2360443396a78d35e0888de9@pf.gov.br", embedded.messageId());
    assertEquals(List.of("attachment.docx"), embedded.attachments().stream().map(Attachment::name).toList());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        embedded.attachments().get(0).mediaType());
    // The forward answers the embedded original: the thread link survives the PST.
    assertEquals(List.of(embedded.messageId()), byLocation.get(TOP + "#2097380").inReplyTo());
  }

  @Test
  void testPstPlanKeepsFolderNamesAndCounts() {
    PstPlan plan = PstPlanner.plan(OutlookCorpora.file("apache-tika/testPST.pst"), "t.pst", 3);
    assertTrue(plan.folders().contains(new PstFolderCount(TOP, 7, 7)));
    assertTrue(plan.folders().contains(new PstFolderCount(TOP + "/Éléments supprimés", 0, 0)));
    assertTrue(plan.folders().contains(new PstFolderCount("Racine (pour la recherche)", 0, 0)));
    // Search folders link to items elsewhere; planning them would count items twice.
    assertFalse(plan.folders().stream().anyMatch(f -> f.folderPath().contains("SPAM Search Folder")));
    assertEquals(List.of(3, 3, 1), plan.slices().stream().map(PstSlice::size).toList());
    assertEquals(7, plan.itemCount());
  }

  @Test
  void variousBodyTypesGivesFourMessagesWithBodies() {
    List<ParsedMessage> messages = readAll("apache-tika/testPST_variousBodyTypes.pst", 500).messages();
    assertEquals(
        List.of("original email", "FW: original email", "FW: original email", "FW: original email"),
        messages.stream().map(ParsedMessage::subject).toList());
    for (ParsedMessage m : messages) {
      assertEquals("Top of Outlook data file/Inbox/tmp", m.source().folder());
      assertFalse(m.bodyText().isBlank(), m.source().location());
      // Exchange sender in MAPI, but the transport headers carry the SMTP From.
      assertEquals(new Address("Allison, Timothy B.", "tallison@mitre.org"), m.from());
    }
  }

  @Test
  void contactsDistListsAndAppointmentsAreSkippedNotRejected() {
    for (String pst :
        List.of("rjohnsondev-java-libpst/dist-list.pst", "rjohnsondev-java-libpst/passworded.pst")) {
      File file = OutlookCorpora.file(pst);
      PstPlan plan = PstPlanner.plan(file, pst, 500);
      PstSliceResult result = PstSliceReader.read(file, pst, plan.slices());
      assertEquals(List.of(), result.results(), pst);
      assertEquals(plan.itemCount(), result.skipped().size(), pst);
      Map<String, Long> skippedPerFolder =
          result.skipped().stream()
              .collect(Collectors.groupingBy(PstSkippedItem::folderPath, Collectors.counting()));
      for (PstFolderCount folder : plan.folders()) {
        assertEquals(
            folder.expected(),
            skippedPerFolder.getOrDefault(folder.folderPath(), 0L).intValue(),
            pst + " " + folder.folderPath());
      }
    }
  }

  @Test
  void distListClassesAreTheNonMailOnes() {
    File file = OutlookCorpora.file("rjohnsondev-java-libpst/dist-list.pst");
    PstSliceResult result =
        PstSliceReader.read(file, "d.pst", PstPlanner.plan(file, "d.pst", 500).slices());
    assertEquals(
        List.of("IPM.Appointment", "IPM.Contact", "IPM.DistList", "IPM.Microsoft.ScheduleData.FreeBusy"),
        result.skipped().stream().map(PstSkippedItem::messageClass).sorted().toList());
    assertNull(result.skipped().stream().filter(s -> s.folderPath().isEmpty()).findAny().orElse(null));
  }
}
