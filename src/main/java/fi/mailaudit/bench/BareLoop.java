package fi.mailaudit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The bare baseline (issue 7): mime4j parses each message, the body text part is decoded and run
 * through Lucene's FinnishAnalyzer, nothing else: no Spark, no conversations, no output. What the
 * audit costs on top of this is the price of everything it does beyond reading. The messages are
 * loaded before the clock starts, so this is the CPU cost alone, an upper bound on the loop's speed.
 *
 * <p>Prints one JSON object: messages, bytes, tokens, seconds, threads.
 */
public final class BareLoop {
  private BareLoop() {}

  /** {@code BareLoop THREADS CORPUS_DIR}. */
  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    List<byte[]> messages = CorpusMessages.load(Path.of(args[1]));
    long bytes = messages.stream().mapToLong(m -> m.length).sum();
    long start = System.nanoTime();
    long tokens = run(messages, threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("messages", messages.size());
    result.put("bytes", bytes);
    result.put("tokens", tokens);
    result.put("seconds", seconds);
    result.put("threads", threads);
    System.out.println(new ObjectMapper().writeValueAsString(result));
  }

  /** Parses and tokenises every message on {@code threads} threads; returns the tokens counted. */
  static long run(List<byte[]> messages, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = (int) ((long) messages.size() * t / threads);
        int last = (int) ((long) messages.size() * (t + 1) / threads);
        parts.add(pool.submit(() -> tokens(messages.subList(first, last))));
      }
      long tokens = 0;
      for (Future<Long> part : parts) {
        tokens += part.get();
      }
      return tokens;
    } finally {
      pool.shutdownNow();
    }
  }

  // One builder and analyzer per thread: neither is meant to be shared between threads.
  private static long tokens(List<byte[]> messages) throws IOException {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
    long tokens = 0;
    try (FinnishAnalyzer analyzer = new FinnishAnalyzer()) {
      for (byte[] raw : messages) {
        Message message = builder.parseMessage(new ByteArrayInputStream(raw));
        String text = (message.getSubject() == null ? "" : message.getSubject() + "\n") + firstText(message);
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          stream.reset();
          while (stream.incrementToken()) {
            tokens += term.length() > 0 ? 1 : 0;
          }
          stream.end();
        }
        message.dispose();
      }
    }
    return tokens;
  }

  /**
   * The body as the audit chooses it (SPEC §2, the parser's BodyChooser): the first text/plain part
   * that is no attachment, else the first text/html one (not converted: the loop is bare), decoded
   * with its declared charset; "" when there is none. Attachments are decoded by mime4j while it
   * builds the message, as the audit's parser decodes them to count their size.
   */
  static String firstText(Entity entity) throws IOException {
    String plain = firstText(entity, "text/plain");
    return plain.isEmpty() ? firstText(entity, "text/html") : plain;
  }

  private static String firstText(Entity entity, String mimeType) throws IOException {
    Body body = entity.getBody();
    if (body instanceof TextBody text && mimeType.equals(entity.getMimeType()) && !isAttachment(entity)) {
      try (Reader reader = text.getReader()) {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
          out.append(buffer, 0, n);
        }
        return out.toString();
      }
    }
    if (body instanceof Multipart multipart) {
      for (Entity part : multipart.getBodyParts()) {
        String text = firstText(part, mimeType);
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return "";
  }

  /** As the audit's MimeCollector: a text part with a file name or disposition attachment is a file. */
  private static boolean isAttachment(Entity entity) {
    return "attachment".equalsIgnoreCase(entity.getDispositionType()) || entity.getFilename() != null
        || entity.getHeader().getField("Content-Type") instanceof ContentTypeField type
            && type.getParameter("name") != null;
  }
}
