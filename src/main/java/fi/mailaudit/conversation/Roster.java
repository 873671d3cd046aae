package fi.mailaudit.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The agent roster (SPEC §3): CSV {@code email,agent_name,department,company[,valid_from,valid_to]}
 * with that header line, dates ISO {@code yyyy-MM-dd} and inclusive, fields optionally in double
 * quotes ("Virtanen, Maija"). Blank lines and lines starting with {@code #} are skipped. Any other
 * problem is an {@link IllegalArgumentException} naming the file, the line and the problem, because
 * a roster is configuration: a silently skipped row would move an agent's replies to "unknown".
 */
public final class Roster implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> COLUMNS =
      List.of("email", "agent_name", "department", "company", "valid_from", "valid_to");
  private static final int REQUIRED_COLUMNS = 4;

  private final Map<String, List<RosterEntry>> byEmail;

  private Roster(Map<String, List<RosterEntry>> byEmail) {
    this.byEmail = byEmail;
  }

  /** A roster with no rows: every agent is recognised by company domain only. */
  public static Roster empty() {
    return new Roster(Map.of());
  }

  /** Reads a roster file (UTF-8, a BOM tolerated). */
  public static Roster read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read roster " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses roster CSV text; {@code sourceName} names it in error messages. */
  public static Roster parse(String csv, String sourceName) {
    try {
      return parse(new StringReader(csv), sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Roster parse(Reader reader, String sourceName) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    Map<String, List<RosterEntry>> byEmail = new HashMap<>();
    Map<RosterEntry, Integer> lineOf = new HashMap<>();
    int columns = -1;
    int lineNo = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      Problem at = new Problem(sourceName, lineNo);
      List<String> fields = CsvLine.split(line, at);
      if (columns < 0) {
        columns = header(fields, at);
        continue;
      }
      RosterEntry entry = entry(fields, columns, at);
      List<RosterEntry> rows = byEmail.computeIfAbsent(entry.email(), k -> new ArrayList<>());
      for (RosterEntry earlier : rows) {
        if (earlier.overlaps(entry)) {
          throw at.error(
              entry.email() + " already has a row valid in the same period (line "
                  + lineOf.get(earlier) + "); give the rows valid_from/valid_to that do not overlap");
        }
      }
      rows.add(entry);
      lineOf.put(entry, lineNo);
    }
    if (columns < 0) {
      throw new Problem(sourceName, lineNo).error("no header line " + String.join(",", COLUMNS));
    }
    byEmail.values().forEach(rows -> rows.sort(LATEST_FIRST));
    return new Roster(byEmail);
  }

  /** Latest period first, so that an undated lookup takes the agent's current row. */
  private static final Comparator<RosterEntry> LATEST_FIRST =
      Comparator.comparing(RosterEntry::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
          .reversed();

  private static int header(List<String> fields, Problem at) {
    List<String> names = fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
    boolean known =
        (names.size() == REQUIRED_COLUMNS || names.size() == COLUMNS.size())
            && names.equals(COLUMNS.subList(0, names.size()));
    if (!known) {
      throw at.error(
          "header is " + String.join(",", names) + ", expected " + String.join(",", COLUMNS)
              + " (the last two optional)");
    }
    return names.size();
  }

  private static RosterEntry entry(List<String> fields, int columns, Problem at) {
    if (fields.size() != columns && fields.size() != REQUIRED_COLUMNS) {
      throw at.error(fields.size() + " fields, the header has " + columns);
    }
    String email = fields.get(0).strip().toLowerCase(Locale.ROOT);
    int atSign = email.indexOf('@');
    if (atSign <= 0 || atSign != email.lastIndexOf('@') || atSign == email.length() - 1) {
      throw at.error("'" + fields.get(0) + "' is not an e-mail address");
    }
    for (int i = 1; i < REQUIRED_COLUMNS; i++) {
      if (fields.get(i).isBlank()) {
        throw at.error(COLUMNS.get(i) + " is empty");
      }
    }
    LocalDate from = fields.size() > 4 ? date(fields.get(4), "valid_from", at) : null;
    LocalDate to = fields.size() > 5 ? date(fields.get(5), "valid_to", at) : null;
    if (from != null && to != null && to.isBefore(from)) {
      throw at.error("valid_to " + to + " is before valid_from " + from);
    }
    return new RosterEntry(
        email, fields.get(1).strip(), fields.get(2).strip(), fields.get(3).strip(), from, to);
  }

  private static LocalDate date(String text, String column, Problem at) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw at.error(column + " '" + text.strip() + "' is not a date yyyy-MM-dd");
    }
  }

  /**
   * The row for an address on a local date; with no date (a message without a Date header) the
   * address's latest row. Empty when the address has no row valid then.
   */
  public Optional<RosterEntry> lookup(String email, LocalDate date) {
    if (email == null) {
      return Optional.empty();
    }
    List<RosterEntry> rows = byEmail.getOrDefault(email.toLowerCase(Locale.ROOT), List.of());
    if (date == null) {
      return rows.stream().findFirst();
    }
    return rows.stream().filter(r -> r.validOn(date)).findFirst();
  }

  /** True when the address has any row, valid or not. */
  public boolean knows(String email) {
    return email != null && byEmail.containsKey(email.toLowerCase(Locale.ROOT));
  }

  /**
   * The one company the roster names for the addresses in {@code domain} (or its subdomains); empty
   * when it has none there or names more than one.
   */
  public Optional<String> companyOfDomain(String domain) {
    Set<String> companies = new TreeSet<>();
    byEmail.forEach((email, rows) -> {
      String host = email.substring(email.lastIndexOf('@') + 1);
      if (host.equals(domain) || host.endsWith("." + domain)) {
        rows.forEach(r -> companies.add(r.company()));
      }
    });
    return companies.size() == 1 ? Optional.of(companies.iterator().next()) : Optional.empty();
  }

  /** The number of rows. */
  public int size() {
    return byEmail.values().stream().mapToInt(List::size).sum();
  }

  /** Where in the file a problem is; builds the exception so that every message reads alike. */
  record Problem(String source, int line) {
    IllegalArgumentException error(String what) {
      return new IllegalArgumentException("roster " + source + " line " + line + ": " + what);
    }
  }
}
