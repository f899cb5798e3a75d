package io.github.dyadscore.report;

import java.util.Map;

/** The report's own words in German. */
final class German {

  private German() {}

  static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("audience.therapist", "Bericht für die Therapeutin oder den Therapeuten"),
      Map.entry("perception.none", "{0} hat keine Vorhersagen gemacht, die sich mit den "
          + "Antworten von {1} vergleichen lassen."),
      Map.entry("perception.scale.none", "{2}: {0} hat keine Vorhersagen gemacht, die sich mit "
          + "den Antworten von {1} vergleichen lassen."),
      Map.entry("perception.withheld", "{3} {0} hat die Antworten von {1} auf weniger als {2} "
          + "Fragen vorhergesagt: zu wenige, um sie zu zeigen, ohne einzelne Antworten zu verraten."),
      Map.entry("perception.hits", "{0} hat die Antwort von {1} bei {2} von {3} Fragen genau "
          + "vorhergesagt und bei {4} bis auf einen Punkt."),
      Map.entry("perception.bias.none", "Im Mittel trafen die Vorhersagen von {0} die Antworten "
          + "von {1}."),
      Map.entry("perception.bias.higher", "Im Mittel lagen die Vorhersagen von {0} {2} Punkte "
          + "über den Antworten von {1}."),
      Map.entry("perception.bias.lower", "Im Mittel lagen die Vorhersagen von {0} {2} Punkte "
          + "unter den Antworten von {1}."),
      Map.entry("perception.accuracy", "Wie eng die Vorhersagen von {0} den Antworten von {1} "
          + "folgten (eine Korrelation von -1 bis 1): {2}."),
      Map.entry("perception.scale", "{0}: {1} erwartete für {2} den Wert {3}; der Wert von {2} "
          + "auf denselben {5} Fragen ist {4}."),
      Map.entry("perception.scale.items", "{0}, über {1} vorhergesagte Fragen:"));
}
