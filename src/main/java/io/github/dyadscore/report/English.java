package io.github.dyadscore.report;

import java.util.Map;

/** The report's own words in English. */
final class English {

  private English() {}

  static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("audience.therapist", "Report for the therapist"),
      Map.entry("perception.none", "{0} gave no predictions that can be compared with {1}'s "
          + "answers."),
      Map.entry("perception.scale.none", "{2}: {0} gave no predictions that can be compared "
          + "with {1}'s answers."),
      Map.entry("perception.withheld", "{3} {0} predicted {1}'s answers on fewer than {2} items: "
          + "too few to show without giving single answers away."),
      Map.entry("perception.hits", "{0} predicted {1}'s answer exactly on {2} of {3} items and "
          + "within one point on {4}."),
      Map.entry("perception.bias.none", "On average {0}'s predictions matched {1}'s answers."),
      Map.entry("perception.bias.higher", "On average {0}'s predictions were {2} points higher "
          + "than {1}'s answers."),
      Map.entry("perception.bias.lower", "On average {0}'s predictions were {2} points lower "
          + "than {1}'s answers."),
      Map.entry("perception.accuracy", "How closely {0}'s predictions followed {1}'s answers "
          + "(a correlation from -1 to 1): {2}."),
      Map.entry("perception.scale", "{0}: {1} expected {2} to score {3}; {2}'s score on the same "
          + "{5} items is {4}."),
      Map.entry("perception.scale.items", "{0}, over {1} predicted items:"));
}
