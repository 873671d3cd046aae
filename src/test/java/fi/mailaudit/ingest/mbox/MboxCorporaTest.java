package fi.mailaudit.ingest.mbox;

import static fi.mailaudit.ingest.mbox.MboxTestSupport.header;
import static fi.mailaudit.ingest.mbox.MboxTestSupport.readAll;
import static fi.mailaudit.ingest.mbox.MboxTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.ingest.RawMessage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real mbox files of other projects, against the facts their own tests assert. */
class MboxCorporaTest {

  private static final MboxOptions PEER_BYTES =
      MboxOptions.defaults().withKeepSeparatorBlankLine(true);

  /** file → expected message count, from expected.tsv. */
  static Map<String, Integer> expectedCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Corpora.Fact fact : Corpora.mboxFacts()) {
      counts.put(fact.file(), fact.messages());
    }
    return counts;
  }

  static Stream<String> mboxFiles() {
    return expectedCounts().keySet().stream();
  }

  @Test
  void expectationsCoverEveryMboxOfTheCorpora() {
    // 9 Tika, 1 mime4j, 7 rjbs, 1 stalwart: a shrinking list would silently test less.
    assertEquals(18, expectedCounts().size(), expectedCounts().toString());
  }

  @ParameterizedTest
  @MethodSource("mboxFiles")
  void countsMessagesAsThePeerTestsDo(String file) {
    byte[] mbox = Corpora.bytes(file);
    for (MboxOptions options : List.of(MboxOptions.defaults(), MboxTestSupport.SMALL_BUFFER)) {
      CollectingSink sink = readAll(mbox, options);
      assertEquals(expectedCounts().get(file), sink.messages.size(), file);
      assertEquals(List.of(), sink.rejects, file);
    }
  }

  @ParameterizedTest
  @MethodSource("mboxFiles")
  void matchesEverySubjectListAndEnvelopeListOfThePeers(String file) {
    List<RawMessage> messages = readAll(Corpora.bytes(file)).messages;
    for (Corpora.Fact fact : Corpora.mboxFacts()) {
      if (!fact.file().equals(file)) {
        continue;
      }
      switch (fact.kind()) {
        case "subjects_sorted", "subjects" -> {
          List<String> expected = Arrays.asList(fact.value().split("\\|"));
          Stream<String> actual = messages.stream().map(m -> header(m.bytes(), "Subject"));
          assertEquals(
              fact.kind().equals("subjects") ? expected : expected.stream().sorted().toList(),
              fact.kind().equals("subjects") ? actual.toList() : actual.sorted().toList(),
              file);
        }
        case "envelope_senders" -> assertEquals(
            Arrays.asList(fact.value().split("\\|")),
            messages.stream().map(m -> m.envelopeFrom().split(" ")[0]).toList(),
            file);
        default -> {}
      }
    }
  }

  @Test
  void simpleMboxKeepsTheEnvelopeLinesAndOffsets() {
    List<RawMessage> messages = readAll(Corpora.bytes("apache-tika/simple.mbox")).messages;
    assertEquals(
        List.of(
            "envelope-sender-mailbox-name Mon Jun 01 10:00:00 2009",
            "envelope-sender-mailbox-name Mon Jun 01 11:00:00 2010"),
        messages.stream().map(RawMessage::envelopeFrom).toList());
    assertEquals(List.of("@0", "@76"), messages.stream().map(m -> m.source().location()).toList());
    assertEquals("\nTest content 1\n", text(messages.get(0).bytes()));
    assertEquals("\nTest content 2", text(messages.get(1).bytes()));
  }

  /** mime4j MboxIteratorTest: message i equals the file mbox.rlug-i byte for byte. */
  @Test
  void rlugMessagesEqualMime4jsExpectedFilesExactly() {
    List<RawMessage> messages =
        readAll(Corpora.bytes("apache-james-mime4j/mbox.rlug"), PEER_BYTES).messages;
    assertEquals(5, messages.size());
    for (int i = 0; i < 5; i++) {
      assertArrayEquals(
          Corpora.bytes("apache-james-mime4j/mbox.rlug-" + i), messages.get(i).bytes(), "" + i);
    }
  }

  /** By default the writer's blank line before the next From_ line is not part of the message. */
  @Test
  void rlugMessagesLoseOnlyTheSeparatorBlankLineByDefault() {
    List<RawMessage> messages = readAll(Corpora.bytes("apache-james-mime4j/mbox.rlug")).messages;
    for (int i = 0; i < 5; i++) {
      byte[] peer = Corpora.bytes("apache-james-mime4j/mbox.rlug-" + i);
      assertArrayEquals(Arrays.copyOf(peer, peer.length - 1), messages.get(i).bytes(), "" + i);
    }
  }

  /** stalwart mail-parser mbox.rs tests::parse_mbox: exact contents after mboxrd un-quoting. */
  @Test
  void stalwartMboxrdUnquotingMatchesThePeerContents() {
    String file = "stalwartlabs-mail-parser/mboxrd_quoting_from_mbox_rs_test.mbox";
    List<RawMessage> peer = readAll(Corpora.bytes(file), PEER_BYTES).messages;
    assertEquals("Message 3\nFrom hello\n>From world\n>>From test\n\n", text(peer.get(2).bytes()));
    assertEquals("Message 4\n> From\n>F\n", text(peer.get(3).bytes()));
    List<RawMessage> ours = readAll(Corpora.bytes(file)).messages;
    assertEquals(
        List.of(
            "Message 1\n",
            "Message 2\n",
            "Message 3\nFrom hello\n>From world\n>>From test\n",
            "Message 4\n> From\n>F\n"),
        ours.stream().map(m -> text(m.bytes())).toList());
    assertEquals("other@domain.com Mon Jan 15  15:30:00  2018", ours.get(3).envelopeFrom());
  }

  @Test
  void quotedLineThatIsNotAFromQuoteIsUntouched() {
    RawMessage message = readAll(Corpora.bytes("apache-tika/quoted.mbox")).messages.get(0);
    assertTrue(text(message.bytes()).endsWith("\n> quoted stuff"), text(message.bytes()));
  }

  /** rjbs t/01mbox.t: X-Test comes after Content-Length (resp. Lines) and must survive. */
  @Test
  void mboxcl3KeepsTheHeadersAfterContentLength() {
    List<RawMessage> messages = readAll(Corpora.bytes("rjbs-Email-Folder/mboxes/mboxcl3")).messages;
    assertEquals(
        List.of("Just a bwahaha", "Just another bwahaha"),
        messages.stream().map(m -> header(m.bytes(), "X-Test")).toList());
  }

  @Test
  void mboxcl2BodyLineStartingWithFromStaysInTheFirstMessage() {
    for (String file : List.of("mboxcl2", "mboxcl2.lies")) {
      List<RawMessage> messages =
          readAll(Corpora.bytes("rjbs-Email-Folder/mboxes/" + file)).messages;
      assertTrue(text(messages.get(0).bytes()).contains("\n\nFrom perl5-porters:\n"), file);
    }
  }

  /**
   * testmbox.mac is testmbox.dos with CRLF turned into CR (checked below), so message for message
   * the CR-only read must give the CRLF read with LF line ends: no line end lost or doubled.
   */
  @Test
  void macFileGivesTheDosMessagesWithLfLineEnds() {
    byte[] dosFile = Corpora.bytes("rjbs-Email-Folder/mboxes/testmbox.dos");
    byte[] macFile = Corpora.bytes("rjbs-Email-Folder/mboxes/testmbox.mac");
    assertEquals(text(dosFile).replace("\r\n", "\r"), text(macFile));
    List<RawMessage> dos = readAll(dosFile).messages;
    List<RawMessage> mac = readAll(macFile).messages;
    assertEquals(10, mac.size());
    for (int i = 0; i < dos.size(); i++) {
      String crlf = text(dos.get(i).bytes());
      assertEquals(crlf.replace("\r\n", ""), crlf.replace("\n", "").replace("\r", ""), "dos " + i);
      assertEquals(crlf.replace("\r\n", "\n"), text(mac.get(i).bytes()), "mac " + i);
      assertEquals(dos.get(i).envelopeFrom(), mac.get(i).envelopeFrom());
      assertFalse(mac.get(i).envelopeFrom().contains("\r"));
    }
  }
}
