package fi.mailaudit.ingest.mbox;

import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.parse.Reject;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A sink that keeps everything in order, comparable across reads (byte arrays by content). */
final class CollectingSink implements MboxSink {

  /** One item as a comparable value: kind, location, envelope or reason, bytes (as Latin-1) or detail. */
  record Item(String kind, String location, String label, String content) {}

  final List<RawMessage> messages = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();
  final List<Item> items = new ArrayList<>();

  @Override
  public void message(RawMessage m) {
    messages.add(m);
    items.add(
        new Item(
            "message",
            m.source().location(),
            m.envelopeFrom(),
            new String(m.bytes(), StandardCharsets.ISO_8859_1)));
  }

  @Override
  public void reject(Reject r) {
    rejects.add(r);
    items.add(new Item("reject", r.source().location(), r.reason().code(), r.detail()));
  }
}
