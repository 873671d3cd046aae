package fi.mailaudit.corpora;

import static fi.mailaudit.corpora.ArchiveFacts.attachmentNames;
import static fi.mailaudit.corpora.ArchiveFacts.expectedAddress;
import static fi.mailaudit.corpora.ArchiveFacts.intValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.corpora.ArchiveFacts.Check;
import fi.mailaudit.corpora.ArchiveFacts.Fact;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.pst.PstFolderCount;
import fi.mailaudit.parse.pst.PstPlan;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The PST fact kinds of expected.tsv (Tika's OutlookPSTParserTest, java-libpst's tests, our
 * inspection) as checks on the messages, skipped items and driver plan of an {@link ArchiveRun}.
 * {@code item[i]} counts the folder items from 1, embedded messages left out, as Tika's test does.
 */
final class PstFacts {
  private PstFacts() {}

  static void checks(Map<String, Check> c) {
    c.put("item[i].subject", f -> assertEquals(f.row().value(), f.message().subject()));
    c.put("item[i].from_name", f -> assertEquals(f.row().value(), f.message().from().name()));
    c.put("item[i].from_email", f -> assertEquals(f.row().value(), f.message().from().email()));
    c.put("item[i].from", f -> assertEquals(expectedAddress(f.row().value()), f.message().from()));
    c.put("item[i].to_display", f -> assertTrue(f.message().to().stream().anyMatch(a ->
        f.row().value().equals(a.name()) || f.row().value().equals(a.email())), f.message().to().toString()));
    // IPM.Note is the class we read as mail: the item is a message, not a skipped item.
    c.put("item[i].message_class", f -> {
      assertEquals("NOTE", f.row().value());
      assertTrue(f.run().skipped().stream().noneMatch(s -> s.itemClass().startsWith("IPM.Note")));
      assertNotNull(f.message(), f.row().toString());
    });
    c.put("item[i].client_submit_time", f -> assertEquals(Instant.parse(f.row().value()), f.message().sentAt()));
    // Tika's PST_FOLDER_PATH starts at the store root with "/"; our folder paths are relative.
    c.put("item[i].folder_path", f -> assertEquals(f.row().value(), "/" + f.message().source().folder()));
    // "/ First email.msg/First email.msg/attachment.docx": the item lists the .msg attachment, and
    // the message embedded in it lists the docx.
    c.put("item[i].embedded_resource_path", f -> {
      List<String> path = List.of(f.row().value().strip().replaceFirst("^/\\s*", "").split("/"));
      ParsedMessage parent = f.message();
      assertTrue(attachmentNames(parent).contains(path.get(0)), parent.attachments().toString());
      List<ParsedMessage> embedded = f.run().embeddedIn(parent);
      assertEquals(1, embedded.size(), f.row().toString());
      assertTrue(attachmentNames(embedded.get(0)).contains(path.get(path.size() - 1)));
    });
    c.put("folder[name].item_count", f -> {
      PstFolderCount folder = plan(f).folders().stream().filter(x -> x.folderPath().equals(f.arg()))
          .findFirst().orElseThrow(() -> new AssertionError("no folder " + f.arg() + " in the plan"));
      assertEquals(new PstFolderCount(f.arg(), intValue(f), intValue(f)), folder);
      assertEquals(intValue(f), f.run().topLevel().stream().filter(m -> f.arg().equals(m.source().folder())).count());
    });
    Check topLevel = f -> assertEquals(intValue(f), f.run().topLevel().size(), f.row().toString());
    c.put("top_level_mail_items", topLevel);
    c.put("mail_items", topLevel);
    // Only non-mail items: nothing parsed, nothing rejected, every planned item skipped.
    c.put("ipm_note_items", f -> {
      assertEquals(intValue(f), f.run().messages().size(), f.row().toString());
      assertEquals(List.of(), f.run().rejects());
      assertEquals(plan(f).itemCount(), f.run().skipped().size());
    });
    // libpst's password flag is not in our model: a flagged store is read like any other.
    c.put("password_protected", f -> {
      assertEquals(List.of(), f.run().rejects(), f.row().toString());
      assertEquals(List.of(), plan(f).rejects());
    });
    // Peer facts about a contact list / appointment's contents: we skip such items, by class.
    c.put("distlist(node n).members", f -> assertSkipped(f, "IPM.DistList"));
    c.put("appointment(node n).exceptions", f -> assertSkipped(f, "IPM.Appointment"));
  }

  private static void assertSkipped(Fact f, String itemClass) {
    assertTrue(f.run().skipped().stream().anyMatch(s -> s.source().location().endsWith("#" + f.arg())
        && s.itemClass().equals(itemClass)), f.row() + ": " + f.run().skipped());
  }

  static PstPlan plan(Fact f) {
    return f.run().pstPlans().get(f.run().inputs().get(0).path());
  }
}
