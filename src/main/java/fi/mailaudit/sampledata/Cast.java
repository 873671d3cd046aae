package fi.mailaudit.sampledata;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Who writes: the company with its departments, agents and products, and the customers. The
 * sample's company is read from {@code company.txt}; the large mode builds peers of it with
 * agents drawn from the name banks.
 */
final class Cast {
  /** A mailbox owner. */
  record Addr(String name, String email) {}

  /** One department and its shared mailbox. */
  record Department(String name, String mailbox) {}

  /** An agent as the roster lists them; {@code registerPolicy} is match, formal or informal. */
  record Agent(String email, String first, String last, String department, String title,
      String phone, Quality quality, String registerPolicy, LocalDate validFrom, LocalDate validTo) {
    Addr addr() {
      return new Addr(first + " " + last, email);
    }

    boolean activeOn(LocalDate day) {
      return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    Register registerFor(Customer customer) {
      return switch (registerPolicy) {
        case "formal" -> Register.FORMAL;
        case "informal" -> Register.INFORMAL;
        default -> customer.relaxed() ? Register.INFORMAL : Register.FORMAL;
      };
    }
  }

  /** A customer; {@code language} is fi, sv or en. */
  record Customer(String first, String last, String email, String language, boolean relaxed) {
    Addr addr() {
      return new Addr(first + " " + last, email);
    }
  }

  /** The company of one corpus. */
  record Company(String name, String domain, String city, List<Department> departments,
      List<Agent> agents, List<String> products) {
    Department department(String name) {
      return departments.stream().filter(d -> d.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no department " + name));
    }

    List<Agent> agentsOf(String department) {
      return agents.stream().filter(a -> a.department().equals(department)).toList();
    }

    Addr noReply() {
      return new Addr(name, "no-reply@" + domain);
    }
  }

  private Cast() {}

  static Company sampleCompany(PhraseBank bank) {
    String[] c = bank.all("company").get(0).split(";", -1);
    List<Department> departments = bank.all("departments").stream()
        .map(l -> l.split(";", -1)).map(f -> new Department(f[0], f[1])).toList();
    List<Agent> agents = new ArrayList<>();
    for (String line : bank.all("agents")) {
      String[] f = line.split(";", -1);
      agents.add(new Agent(f[0], f[1], f[2], f[3], f[4], f[5],
          Quality.valueOf(f[6].toUpperCase(Locale.ROOT)), f[7], date(f[8]), date(f[9])));
    }
    return new Company(c[0], c[1], c[2], departments, List.copyOf(agents), bank.all("products"));
  }

  /**
   * A peer company for the large mode: same departments and products, agents drawn from the
   * name banks with the same spread of qualities as the sample.
   */
  static Company largeCompany(PhraseBank bank, int index, Random rng) {
    List<String> peers = bank.all("large.companies");
    String[] c = peers.get(index % peers.size()).split(";", -1);
    String domain = index < peers.size() ? c[1] : c[1].replace(".fi", index / peers.size() + ".fi");
    Company sample = sampleCompany(bank);
    List<Department> departments = sample.departments().stream()
        .map(d -> new Department(d.name(), d.mailbox().replace(sample.domain(), domain))).toList();
    List<Agent> agents = new ArrayList<>();
    for (Agent a : sample.agents()) {
      String first = bank.pick("first.fi", rng);
      String last = bank.pick("last.fi", rng);
      agents.add(new Agent(ascii(first + "." + last) + "@" + domain, first, last, a.department(),
          a.title(), a.phone(), a.quality(), a.registerPolicy(), null, null));
    }
    return new Company(c[0], domain, c[2], departments, List.copyOf(agents), sample.products());
  }

  /** A customer writing in {@code language}, on a webmail domain as real customers do. */
  static Customer customer(PhraseBank bank, String language, Random rng) {
    String first = bank.pick("first." + language, rng);
    String last = bank.pick("last." + language, rng);
    String domain = bank.pick("webmail", rng);
    String local = switch (rng.nextInt(4)) {
      case 0 -> first + "." + last;
      case 1 -> first + last + (rng.nextInt(90) + 10);
      case 2 -> first.charAt(0) + last;
      default -> first + "_" + last.charAt(0);
    };
    return new Customer(first, last, ascii(local) + "@" + domain, language, rng.nextInt(100) < 45);
  }

  /** Mail addresses drop Finnish letters the way people type them: ä→a, ö→o, å→a. */
  static String ascii(String s) {
    String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return n.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9._-]", "");
  }

  private static LocalDate date(String s) {
    return s.isBlank() ? null : LocalDate.parse(s);
  }
}
