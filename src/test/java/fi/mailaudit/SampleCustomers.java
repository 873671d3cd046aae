package fi.mailaudit;

import fi.mailaudit.sampledata.CorpusFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample's customers as the no-leak checks look for them (SPEC §3): their addresses from the
 * generator's labels and their full names as their mail programs wrote them in {@code From:}
 * (RFC 2047 encoded words decoded). The full name, not the surname alone: customers and agents
 * share surnames (Virtanen), and an agent's name rightly appears in the report.
 */
public final class SampleCustomers {
  private static final Path SAMPLE = Path.of("sample-data");

  private SampleCustomers() {}

  /** Customer addresses, lower case. */
  public static List<String> addresses() throws IOException {
    List<List<String>> rows = CorpusFiles.csv(SAMPLE.resolve("labels/messages.csv"));
    int role = rows.get(0).indexOf("sender_role");
    int email = rows.get(0).indexOf("sender_email");
    Set<String> out = new TreeSet<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() > Math.max(role, email) && row.get(role).equals("customer")) {
        out.add(row.get(email).strip().toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(out);
  }

  /** Customer full names ("Kerttu Mäkelä") from the archives' {@code From:} lines. */
  public static List<String> fullNames() throws IOException {
    List<String> customers = addresses();
    Pattern from = Pattern.compile("(?m)^From: *\"?([^\"<\r\n]+?)\"? *<([^>\r\n]+)>");
    Set<String> names = new TreeSet<>();
    List<Path> files = new ArrayList<>();
    try (var walk = Files.walk(SAMPLE.resolve("archives"))) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path file : files) {
      Matcher m = from.matcher(readLenient(file));
      while (m.find()) {
        String name = org.apache.james.mime4j.codec.DecoderUtil.decodeEncodedWords(m.group(1),
            org.apache.james.mime4j.codec.DecodeMonitor.SILENT).strip();
        if (customers.contains(m.group(2).strip().toLowerCase(Locale.ROOT)) && name.contains(" ")) {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }

  /** UTF-8 where valid; an 8-bit archive's bytes one to one otherwise, so no file stops the scan. */
  private static String readLenient(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
