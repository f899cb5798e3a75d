package io.github.dyadscore.report;

import java.util.Map;

/** The report's own words in German. */
final class German {

  private German() {}

  static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("decimal", ","),
      Map.entry("for.therapist", "Bericht für die Therapeutin oder den Therapeuten"),
      Map.entry("for.partner", "Bericht für {0}"),
      Map.entry("for.couple", "Bericht für {0} und {1}, zum gemeinsamen Lesen"),
      Map.entry("date", "Datum: {0}"),
      Map.entry("partners", "Partner A: {0}. Partner B: {1}."),
      Map.entry("note", "Hinweis: {0}"),
      Map.entry("not.validated", "Dieser Fragebogen ist nicht validiert."),
      Map.entry("fallback", "Hinweis: Einige Texte des Fragebogens gibt es nicht auf Deutsch; "
          + "sie erscheinen auf {0}."),
      Map.entry("scales", "Skalen"),
      Map.entry("range", "möglicher Bereich {0} bis {1}"),
      Map.entry("lower.is.better", "niedriger ist günstiger: eine günstige Antwort ist eine "
          + "niedrige"),
      Map.entry("composite", "Mittelwert aus {0}"),
      Map.entry("composite.sum", "Summe aus {0}"),
      Map.entry("and", "und"),
      Map.entry("score", "{0}: {1} ({2})"),
      Map.entry("no.score", "{0}: kein Wert ({1}; mindestens {2} nötig)"),
      Map.entry("items.answered", "{0} von {1} Fragen beantwortet"),
      Map.entry("scales.scored", "{0} von {1} Skalen mit Wert"),
      Map.entry("standing", "T {0}, Perzentil {1}"),
      Map.entry("band", "Bereich: {0}"),
      Map.entry("difference", "Unterschied, {0} minus {1}: {2}. Mittelwert des Paares: {3}."),
      Map.entry("verdict.reliable", "Verlässlicher Unterschied: größer als {0} Punkte, das "
          + "Höchste, was Messfehler allein in 95 von 100 Fällen erklären."),
      Map.entry("verdict.within", "Im Bereich des Messfehlers: Ein Unterschied von bis zu {0} "
          + "Punkten kann allein vom Messfehler kommen (95-%-Niveau)."),
      Map.entry("verdict.no.reliability", "Nicht beurteilt: Für diese Skala ist keine "
          + "Reliabilität veröffentlicht, daher ist unbekannt, wie groß ein Unterschied sein "
          + "kann, den Messfehler allein erklären."),
      Map.entry("verdict.no.score", "Nicht beurteilt: Ein Unterschied braucht einen Wert für "
          + "beide."),
      Map.entry("agreement", "Beide antworteten bei {0} % der {1} von beiden beantworteten "
          + "Fragen günstig."),
      Map.entry("agreement.none", "Keine Frage dieser Skala wurde von beiden beantwortet."),
      Map.entry("agreement.withheld", "Gemeinsam günstige Antworten: nicht gezeigt, weil eine "
          + "Person weniger als {0} der von beiden beantworteten Fragen günstig beantwortete; "
          + "eine Zahl über so wenige Fragen könnte eine einzelne Antwort verraten."),
      Map.entry("agreement.none.all", "Keine Frage wurde von beiden beantwortet."),
      Map.entry("profiles", "Antwortprofile"),
      Map.entry("profile", "Über die {0} von beiden beantworteten Fragen: Korrelation r = {1}; "
          + "mittlerer absoluter Unterschied {2} Punkte."),
      Map.entry("profile.undefined", "Über die {0} von beiden beantworteten Fragen: Die "
          + "Korrelation ist nicht bestimmt, weil eine Person überall denselben Antwortwert gab; "
          + "mittlerer absoluter Unterschied {1} Punkte."),
      Map.entry("reference.published", "Referenzdaten (Reliabilität, Normen): veröffentlicht, "
          + "{0}."),
      Map.entry("reference.calibration", "Referenzdaten (Reliabilität, Normen): eine "
          + "Kalibrierungsstichprobe, \u201e{0}\u201c, {1} Personen in {2} Paaren, kalibriert am "
          + "{3}."),
      Map.entry("profile.few", "Über die {0} von beiden beantworteten Fragen: zu wenige für "
          + "eine Korrelation (nötig sind mindestens {1}, denn über zwei Fragen ist sie immer +1 "
          + "oder -1); mittlerer absoluter Unterschied {2} Punkte."),
      Map.entry("profile.one", "Nur 1 Frage wurde von beiden beantwortet: Die Korrelation ist "
          + "nicht bestimmt; der absolute Unterschied beträgt {0} Punkte."),
      Map.entry("profile.none", "Die beiden haben keine Frage gemeinsam beantwortet; ihre "
          + "Antwortprofile lassen sich nicht vergleichen."),
      Map.entry("profile.withheld", "Die beiden haben nur {0} Fragen gemeinsam beantwortet; "
          + "Zahlen über weniger als {1} Fragen könnten eine einzelne Antwort verraten und werden "
          + "nicht gezeigt."),
      Map.entry("divergent", "Weit auseinander liegende Antworten (größter Abstand zuerst)"),
      Map.entry("divergent.none", "Keine Frage wurde weit auseinander beantwortet."),
      Map.entry("item.head", "{0} ({1}): Abstand {2}"),
      Map.entry("reversed", "umgepolt"),
      Map.entry("answer.pair", "{0}: {1}; {2}: {3}"),
      Map.entry("counts", "Von den {0} von beiden beantworteten Fragen: {1} gemeinsame Stärken "
          + "(beide günstig), {2} gemeinsame Sorgen (beide ungünstig), {3} mit "
          + "unterschiedlichen Antworten."),
      Map.entry("own", "Eigene Antworten von {0}"),
      Map.entry("own.note", "Nur die eigenen Antworten von {0} werden gezeigt; die Antworten "
          + "von {1} gehören nicht zu diesem Bericht."),
      Map.entry("both", "Antworten beider"),
      Map.entry("own.none", "{0} hat keine Frage beantwortet."),
      Map.entry("missing.code", "{0} (zählt als unbeantwortet)"),
      Map.entry("unanswered", "nicht beantwortet"),
      Map.entry("items", "Antworten auf einzelne Fragen"),
      Map.entry("items.audience", "Antworten auf einzelne Fragen gehören nicht zu einem "
          + "Bericht, den beide gemeinsam lesen, außer beide haben zugestimmt, sie zu teilen."),
      Map.entry("items.privacy", "Nur Skalen: Dieser Bericht lässt alle Antworten auf einzelne "
          + "Fragen weg."),
      Map.entry("footer", "dyadscore {0}"),
      Map.entry("perception.heading", "Den Partner vorhersagen"),
      Map.entry("perception.intro", "Wie gut jeder die Antworten des anderen auf die "
          + "Vorhersagefragen vorhergesagt hat, über die Fragen mit einer Vorhersage und "
          + "beiden eigenen Antworten; nie Frage für Frage."),
      Map.entry("perception.none", "{0} hat keine Vorhersagen gemacht, die sich mit den "
          + "Antworten von {1} vergleichen lassen."),
      Map.entry("perception.scale.none", "{2}: {0} hat keine Vorhersagen gemacht, die sich mit "
          + "den Antworten von {1} vergleichen lassen."),
      Map.entry("perception.withheld", "{3} {0} hat die Antworten von {1} auf weniger als {2} "
          + "Fragen vorhergesagt: zu wenige, um sie zu zeigen, ohne einzelne Antworten zu "
          + "verraten."),
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
