package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answer types of questions (answer-types.txt): "Milloin…?" asks for a time and "Paljonko…?" for
 * a price; a reply that gives a time or an amount answers that part even without sharing a word
 * with the question (SPEC §5.1 B4 "or refers to it explicitly"). {@link QuestionsRule} adds the
 * type as one more content item of the question and of the reply.
 */
final class AnswerTypes {
  private record Type(String name, Pattern ask, Pattern give, boolean required) {}

  private final List<Type> types = new ArrayList<>();
  // QuestionsRule asks about the same reply once, then again for each question of a required type.
  private final RecentTexts<Set<String>> givenByRecentReply = new RecentTexts<>(1);

  AnswerTypes() {
    List<String[]> asks = new ArrayList<>();
    List<String[]> gives = new ArrayList<>();
    for (String line : RuleResources.lines("answer-types")) {
      String[] f = line.split("\t");
      boolean valid = (f.length == 3 || f.length == 4 && f[3].equals("required"))
          && (f[1].equals("ask") || f[1].equals("give"));
      if (!valid) {
        throw new IllegalStateException(
            "answer-types.txt: expected type<TAB>ask|give<TAB>regex[<TAB>required]: " + line);
      }
      (f[1].equals("ask") ? asks : gives).add(f);
    }
    for (String[] ask : asks) {
      String[] give =
          gives.stream()
              .filter(g -> g[0].equals(ask[0]))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("answer type without a give line: " + ask[0]));
      types.add(new Type("#" + ask[0], Pattern.compile(ask[2]), Pattern.compile(give[2]), ask.length == 4));
    }
  }

  /** The answer types a question asks for, as "#time", "#price". */
  Set<String> asked(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    for (Type t : types) {
      if (t.ask().matcher(lower).find()) {
        out.add(t.name());
      }
    }
    return out;
  }

  /**
   * Whether the question asks for a required type (a time, a count, a price) that the reply gives:
   * "Paljonko gigan liittymä maksaa?" is answered by "Kuitu 1000 on 44,90 €/kk" although the two
   * share no content word.
   */
  boolean requiredTypeGiven(String question, String reply) {
    String lower = question.toLowerCase(Locale.ROOT);
    boolean asks = types.stream().anyMatch(t -> t.required() && t.ask().matcher(lower).find());
    return asks && requiredGiven(question, reply);
  }

  /** Whether a reply gives every required type the question asks for ("Milloin…?" → a time). */
  boolean requiredGiven(String question, String reply) {
    Set<String> given = null;
    String lower = question.toLowerCase(Locale.ROOT);
    for (Type t : types) {
      if (t.required() && t.ask().matcher(lower).find()) {
        given = given == null ? given(reply) : given;
        if (!given.contains(t.name())) {
          return false;
        }
      }
    }
    return true;
  }

  /** The answer types a reply gives, read-only. */
  Set<String> given(String reply) {
    return givenByRecentReply.get(reply, this::findGiven);
  }

  private Set<String> findGiven(String reply) {
    String lower = reply.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    for (Type t : types) {
      if (t.give().matcher(lower).find()) {
        out.add(t.name());
      }
    }
    return Set.copyOf(out);
  }
}
