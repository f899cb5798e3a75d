package io.github.dyadscore.report;

import java.util.Map;

/** The report's own words in German. */
final class German {

  private German() {}

  static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("audience.therapist", "Bericht für die Therapeutin oder den Therapeuten"));
}
