package io.github.dyadscore.report;

import java.util.Map;

/** The report's own words in English. */
final class English {

  private English() {}

  static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("audience.therapist", "Report for the therapist"));
}
