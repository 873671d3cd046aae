package fi.mailaudit.sampledata;

import java.util.List;
import java.util.Locale;

/**
 * One customer matter of a department (scenarios.txt): its product and whether the customer
 * writes because something went wrong, which makes an apology applicable (SPEC §5.3).
 */
record Scenario(String id, String department, String product, boolean dissatisfied) {

  static List<Scenario> all(PhraseBank bank) {
    return bank.all("scenarios").stream().map(line -> line.split(";", -1))
        .map(f -> new Scenario(f[0], f[1], f[2], Boolean.parseBoolean(f[3].toLowerCase(Locale.ROOT))))
        .toList();
  }

  String section(String part) {
    return id + "." + part;
  }
}
