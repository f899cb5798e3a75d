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
      Map.entry("rwg", "Übereinstimmung des Paares über die Fragen dieser Skala, r_wg: {0} "
          + "(1 = gleiche Antworten, 0 = so weit auseinander wie zufällige Antworten oder "
          + "weiter)."),
      Map.entry("rwg.undefined", "Übereinstimmung des Paares, r_wg: nicht berechnet; sie braucht "
          + "die Antworten beider auf jede Frage dieser Skala, alle auf Antwortskalen gleicher "
          + "Länge."),
      Map.entry("rwg.withheld", "Übereinstimmung des Paares, r_wg: in einem Bericht ohne die "
          + "Antworten beider Partner nicht gezeigt: neben beiden Werten verriete sie, wie weit "
          + "die Antworten auseinanderliegen, auf einer kurzen Skala Frage für Frage."),
      Map.entry("distance", "Profildistanz D = {0} (D\u00b2 = {1}, die Summe der quadrierten "
          + "Abstände). Davon stammen {2} aus verschiedener Höhe (Niveau), {3} aus verschiedener "
          + "Streuung und {4} aus verschiedenem Verlauf (Form)."),
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
      // ------------------------------------------------------------ the HTML page
      Map.entry("html.date.pattern", "d. MMMM uuuu"),
      Map.entry("html.none", "keine Angabe"),
      Map.entry("html.heading.couple", "Paarbericht für {0} und {1}"),
      Map.entry("html.heading.partner", "Bericht für {0}"),
      Map.entry("html.audience.therapist", "Für die Therapeutin oder den Therapeuten: die "
          + "Skalenwerte beider und ihre Antworten auf einzelne Fragen."),
      Map.entry("html.audience.partner", "Nur für {0}: die Skalenwerte beider und die eigenen "
          + "Antworten von {0}; nichts, was zeigt, wie {1} eine einzelne Frage beantwortet hat."),
      Map.entry("html.audience.couple.items", "Für {0} und {1} zum gemeinsamen Lesen: "
          + "Skalenwerte und Antworten auf einzelne Fragen, die zu teilen beide zugestimmt "
          + "haben."),
      Map.entry("html.audience.couple", "Für {0} und {1} zum gemeinsamen Lesen: nur Skalenwerte "
          + "und Anzahlen."),
      Map.entry("html.audience.scales.only", "Nur Skalen: Antworten auf einzelne Fragen sind, "
          + "wie gewünscht, nicht Teil dieses Berichts."),
      Map.entry("html.not.validated", "Dieser Fragebogen ist nicht validiert."),
      Map.entry("html.footer", "Erstellt mit dyadscore {0} aus {1} {2}."),
      Map.entry("html.footer.not.validated", "Dieser Fragebogen ist nicht klinisch validiert."),
      Map.entry("html.version", "{0}, Version {1}"),
      Map.entry("html.licence", "Lizenz: {0}"),
      Map.entry("html.about", "Zu diesem Fragebogen:"),
      Map.entry("html.partners.label", "Die beiden in den Diagrammen"),
      Map.entry("html.key.a", "{0} (Kreis, blau)"),
      Map.entry("html.key.b", "{0} (Raute, orange)"),
      Map.entry("html.scales", "Skalen"),
      Map.entry("html.chart.numbers", "Die Zahlen zum Diagramm {0}."),
      Map.entry("html.items.heading", "Frage für Frage"),
      Map.entry("html.talk.heading", "Darüber sprechen"),
      Map.entry("html.item", "Frage"),
      Map.entry("html.profile.heading", "Wie ähnlich Ihre Antworten sind"),
      Map.entry("html.howto.heading", "So lesen Sie diesen Bericht"),
      Map.entry("html.row.score", "Wert"),
      Map.entry("html.row.parts", "Teilskalen mit Wert"),
      Map.entry("html.row.items", "Fragen beantwortet"),
      Map.entry("html.row.percentile", "Perzentil"),
      Map.entry("html.row.band", "Bereich"),
      Map.entry("html.row.gap", "Abstand ({0} \u2212 {1})"),
      Map.entry("html.row.mean", "Mittelwert des Paares"),
      Map.entry("html.row.critical", "Kritische Differenz (95 %)"),
      Map.entry("html.row.beyond", "Abstand größer als der Messfehler?"),
      Map.entry("html.row.reference", "Referenzdaten"),
      Map.entry("html.row.pca", "Gemeinsam günstige Antworten"),
      Map.entry("html.row.rwg", "Überein\u00adstimmung des Paares (r_wg)"),
      Map.entry("html.rwg.withheld", "nicht gezeigt in einem Bericht ohne die Antworten beider Partner"),
      Map.entry("html.withheld", "nicht gezeigt (zu wenige Fragen)"),
      Map.entry("html.rwg.none", "nicht berechnet (braucht jede Frage von beiden beantwortet)"),
      Map.entry("html.pca.withheld", "Gemeinsam günstige Antworten werden hier nicht gezeigt: "
          + "Die Zahl beruhte auf zu wenigen Fragen, die jede Person günstig beantwortet hat, "
          + "und könnte so eine einzelne Antwort verraten."),
      Map.entry("html.pca", "Gemeinsam günstige Antworten: Beide antworteten bei {0} der {1} von "
          + "beiden beantworteten Fragen günstig ({2})."),
      Map.entry("html.pca.cell", "{0} von {1} Fragen"),
      Map.entry("html.range", "Möglicher Bereich {0} bis {1} ({2})."),
      Map.entry("html.method.mean", "Mittelwert aus {0}"),
      Map.entry("html.method.sum", "Summe aus {0}"),
      Map.entry("html.method.prorated", "Summe aus {0}, hochgerechnet, wenn einige unbeantwortet "
          + "sind"),
      Map.entry("html.count.scales", "{0} Skalen"),
      Map.entry("html.count.item", "{0} Frage"),
      Map.entry("html.count.items", "{0} Fragen"),
      Map.entry("html.of", "{0} von {1}"),
      Map.entry("html.no.score", "kein Wert"),
      Map.entry("html.yes", "ja"),
      Map.entry("html.no", "nein"),
      Map.entry("html.unknown", "unbekannt (keine veröffentlichte Reliabilität)"),
      Map.entry("html.error.label", "Messfehler: {0}"),
      Map.entry("html.chart.title", "{0}: beide auf der Skala von {1} bis {2}"),
      Map.entry("html.chart.desc.range", "{0}, möglicher Bereich {1} bis {2}."),
      Map.entry("html.chart.desc.partner", "{0}: {1}."),
      Map.entry("html.chart.desc.error", "Abstände bis {0} liegen im Bereich des Messfehlers."),
      Map.entry("html.chart.desc.bands", "Bereiche:"),
      Map.entry("html.neither", "Weder {0} noch {1} hat einen Wert auf {2}: zu wenige Antworten "
          + "({3} und {4})."),
      Map.entry("html.one.missing", "{0} hat keinen Wert auf {1}: zu wenige Antworten ({2}), "
          + "daher lassen sich die beiden hier nicht vergleichen."),
      Map.entry("html.side.at.or.above", "auf oder über"),
      Map.entry("html.side.above", "über"),
      Map.entry("html.side.at.or.below", "auf oder unter"),
      Map.entry("html.side.below", "unter"),
      Map.entry("html.cut.both", "Beide liegen {0} dem Grenzwert von {1} ({2})."),
      Map.entry("html.cut.one", "Nur {0} liegt {1} dem Grenzwert von {2}; {3} liegt {4} ihm "
          + "({5})."),
      Map.entry("html.band.both", "Beide liegen im Bereich \u201e{0}\u201c."),
      Map.entry("html.band.each", "{0} liegt im Bereich \u201e{1}\u201c, {2} in \u201e{3}\u201c."),
      Map.entry("html.middle", "der Mitte der Skala ({0})"),
      Map.entry("html.mid.both.above", "Beide liegen über {0}."),
      Map.entry("html.mid.both.below", "Beide liegen unter {0}."),
      Map.entry("html.mid.one.above.other.at", "Nur {0} liegt über {2}; {1} liegt genau darauf."),
      Map.entry("html.mid.one.above", "Nur {0} liegt über {2}; {1} liegt darunter."),
      Map.entry("html.mid.both.at", "Beide liegen genau auf {0}."),
      Map.entry("html.mid.one.below", "Nur {0} liegt unter {1}; die andere Person liegt genau "
          + "darauf."),
      Map.entry("html.gap.reliable", "Der Abstand von {0} ist größer, als Messfehler allein "
          + "erklären würden (bis {1})."),
      Map.entry("html.gap.within", "Der Abstand von {0} liegt in dem, was Messfehler allein "
          + "erklären könnten (bis {1})."),
      Map.entry("html.gap.unknown", "Der Abstand beträgt {0}; ob das mehr als Messfehler ist, "
          + "ist unbekannt, weil für diese Skala keine Reliabilität und Standardabweichung "
          + "veröffentlicht sind."),
      Map.entry("html.map.heading", "Zwei Skalen auf einmal"),
      Map.entry("html.map.intro", "Jede Person ist ein Punkt: {0} nach rechts, {1} nach oben. "
          + "Das Pluszeichen zwischen den beiden Punkten ist der Mittelwert des Paares."),
      Map.entry("html.map.title", "{0} und {1}"),
      Map.entry("html.map.caption", "{0}: die Zahlen"),
      Map.entry("html.map.across", "{0} (nach rechts)"),
      Map.entry("html.map.up", "{0} (nach oben)"),
      Map.entry("html.map.couple.mean", "Mittelwert des Paares"),
      Map.entry("html.map.missing", "{0} lässt sich nicht in die Karte eintragen: Ein Wert auf "
          + "{1} oder {2} fehlt."),
      Map.entry("html.map.both", "{0} und {1}"),
      Map.entry("html.map.desc", "{0} nach rechts, von {1} bis {2}; {3} nach oben, von {4} bis "
          + "{5}. {6}: {7} nach rechts, {8} nach oben. {9}: {10} nach rechts, {11} nach oben."),
      Map.entry("html.map.desc.mean", "Der Mittelwert des Paares liegt in der Mitte dazwischen."),
      Map.entry("html.items.not.shown", "Antworten auf einzelne Fragen werden nicht gezeigt: "
          + "Diese Seite ist zum gemeinsamen Lesen, und sie zeigt sie nur, wenn beide "
          + "zugestimmt haben, sie zu teilen."),
      Map.entry("html.own.heading", "Ihre Antworten ({0})"),
      Map.entry("html.own.explanation", "Nur die eigenen Antworten von {0} stehen hier; die "
          + "Antworten von {1} auf einzelne Fragen gehören nicht zu dieser Seite."),
      Map.entry("html.own.intro", "Die Antworten von {0}, Frage für Frage."),
      Map.entry("html.strengths", "Gemeinsame Stärken ({0})"),
      Map.entry("html.strengths.explanation", "Fragen, die beide günstig beantwortet haben."),
      Map.entry("html.concerns", "Gemeinsame Sorgen ({0})"),
      Map.entry("html.concerns.explanation", "Fragen, die beide ungünstig beantwortet haben."),
      Map.entry("html.disagreements", "Unterschiedliche Antworten ({0})"),
      Map.entry("html.disagreements.explanation", "Fragen, bei denen die Antworten nicht beide "
          + "günstig oder beide ungünstig waren (eine mittlere Antwort zählt als keines von "
          + "beiden)."),
      Map.entry("html.talk.none", "Keine Frage wurde weit auseinander beantwortet."),
      Map.entry("html.talk.intro", "Die am weitesten auseinander beantworteten Fragen, größter "
          + "Abstand zuerst: ein guter Anfang für ein Gespräch."),
      Map.entry("html.items.intro", "{0} Fragen wurden von beiden beantwortet."),
      Map.entry("html.reversed.note", "umgekehrt formuliert: Zustimmen ist die weniger günstige "
          + "Antwort"),
      Map.entry("html.wording.missing", "Frage {0} (der Wortlaut wird nicht mitgeliefert)"),
      Map.entry("html.profile.withheld", "Die Ähnlichkeit der Profile wird nicht gezeigt: Die "
          + "beiden haben zu wenige Fragen gemeinsam beantwortet, um sie zu zeigen, ohne eine "
          + "einzelne Antwort zu verraten."),
      Map.entry("html.profile.none", "Die beiden haben keine Frage gemeinsam beantwortet; ihre "
          + "Antworten lassen sich nicht vergleichen."),
      Map.entry("html.profile.mad", "Im Mittel lagen ihre Antworten {0} Punkte auseinander."),
      Map.entry("html.profile.undefined", "Über die {0} von beiden beantworteten Fragen lässt "
          + "sich das Muster der Antworten nicht vergleichen: Eine Person gab überall dieselbe "
          + "Antwort, oder es wurden zu wenige Fragen beantwortet."),
      Map.entry("html.profile.r", "Über die {0} von beiden beantworteten Fragen {1} die "
          + "Antworten der beiden (Profilkorrelation r = {2})."),
      Map.entry("html.r.strong", "steigen und fallen stark gemeinsam"),
      Map.entry("html.r.moderate", "steigen und fallen mäßig gemeinsam"),
      Map.entry("html.r.little", "steigen und fallen ein wenig gemeinsam"),
      Map.entry("html.r.none", "steigen und fallen nicht gemeinsam"),
      Map.entry("html.r.opposite", "laufen eher gegenläufig"),
      Map.entry("html.distance", "Profildistanz D = {0} (D\u00b2 = {1}, die Summe der "
          + "quadrierten Abstände): {2} von D\u00b2 stammen aus verschiedener Höhe (Niveau), "
          + "{3} aus verschiedener Streuung und {4} aus verschiedenem Verlauf (Form)."),
      Map.entry("html.perception.heading", "Den Partner vorhersagen"),
      Map.entry("html.perception.intro", "Einige Fragen baten jede Person, anzugeben, wie die "
          + "andere wohl geantwortet hat. Hier steht, wie nah diese Schätzungen kamen, über die "
          + "Fragen mit einer Schätzung und beiden eigenen Antworten; nie Frage für Frage."),
      Map.entry("html.perception.direction", "Wie {0} {1} vorhergesagt hat"),
      Map.entry("html.perception.table", "{0}: {1} über {2}"),
      Map.entry("html.perception.all", "Alle vorhergesagten Fragen"),
      Map.entry("html.perception.items", "Verglichene Fragen"),
      Map.entry("html.perception.bias", "Mittlerer Abstand, Vorhersage \u2212 Antwort"),
      Map.entry("html.perception.expected", "Erwarteter Wert für {0}"),
      Map.entry("html.perception.actual", "Wert von {0} auf denselben Fragen"),
      Map.entry("html.perception.exact", "Genaue Treffer"),
      Map.entry("html.perception.within", "Treffer bis auf einen Punkt"),
      Map.entry("html.perception.accuracy", "Genauigkeit (Korrelation r)"),
      Map.entry("html.howto.charts.term", "Die Diagramme"),
      Map.entry("html.howto.charts", "Jede Skala reicht über ihren ganzen möglichen Bereich. {0} "
          + "ist der blaue Kreis, {1} die orange Raute; die Linie dazwischen ist der Abstand. "
          + "Wo die Skala veröffentlichte Grenzwerte hat, zeigen die schattierten Bereiche sie. "
          + "Die Zahlen jedes Diagramms stehen auch in der Tabelle darunter."),
      Map.entry("html.howto.scores.term", "Skalenwerte"),
      Map.entry("html.howto.scores", "Eine Mittelwertskala ist der Mittelwert der beantworteten "
          + "Fragen, eine Summenskala die Summe; umgekehrt formulierte Fragen zählen als "
          + "(niedrigster + höchster Wert \u2212 Antwort), sodass ein höherer Wert immer mehr "
          + "von dem bedeutet, was die Skala misst. Eine Skala bleibt ohne Wert, wenn zu wenige "
          + "ihrer Fragen beantwortet wurden."),
      Map.entry("html.howto.error.term", "Messfehler"),
      Map.entry("html.howto.error", "Zwei Werte können sich allein durch Zufall unterscheiden. "
          + "Wo eine Skala eine veröffentlichte Reliabilität r und Standardabweichung SD hat, "
          + "gilt ein Abstand als größer als der Messfehler, wenn |A \u2212 B| > 1,96 \u00d7 SD "
          + "\u00d7 \u221a2 \u00d7 \u221a(1 \u2212 r) (Jacobson & Truax 1991; Christensen & "
          + "Mendoza 1986). Die Klammer unter dem Diagramm, beschriftet mit \u201eMessfehler\u201c, "
          + "hat diese Breite und ist um den Mittelwert des Paares zentriert: Liegen beide "
          + "Marken außerhalb, ist der Abstand größer als der Messfehler. Den Test auf zwei "
          + "Partner anzuwenden, ist eine Übertragung durch dyadscore. Ohne veröffentlichte "
          + "Reliabilität sagt der Bericht nicht, ob ein Abstand über dem Messfehler liegt."),
      Map.entry("html.howto.reference.term", "Referenzdaten für {0}"),
      Map.entry("html.howto.reliability", "Reliabilität {0}: {1}."),
      Map.entry("html.howto.norms", "Normen (Mittelwert {0}, SD {1}, {2}): {3}."),
      Map.entry("html.howto.bands", "Bereiche: {0}."),
      Map.entry("html.howto.pca.term", "Gemeinsam günstige Antworten"),
      Map.entry("html.howto.pca", "Der Anteil der Fragen einer Skala, unter den von beiden "
          + "beantworteten, die beide günstig beantwortet haben (wie PREPARE/ENRICH ihn "
          + "berichtet)."),
      Map.entry("html.howto.pca.set", "Hier ist eine Antwort günstig ab {0} (nachdem umgekehrt "
          + "formulierte Fragen umgepolt sind), ungünstig bei {1}."),
      Map.entry("html.howto.pca.low.end", "dem unteren Ende"),
      Map.entry("html.howto.pca.at.most", "{0} oder weniger"),
      Map.entry("html.howto.pca.default", "Eine Antwort ist günstig über der Mitte ihrer "
          + "Antwortskala, ungünstig darunter."),
      Map.entry("html.howto.far.term", "Weit auseinander beantwortete Fragen"),
      Map.entry("html.howto.far", "Fragen, deren Antworten, nachdem umgekehrt formulierte "
          + "umgepolt sind, mindestens {0} auseinanderliegen."),
      Map.entry("html.howto.far.points", "{0} Punkte"),
      Map.entry("html.howto.far.half", "die halbe Antwortskala"),
      Map.entry("html.howto.profile.term", "Ähnlichkeit der Profile"),
      Map.entry("html.howto.profile", "Pearsons Korrelation r zwischen den Antworten der beiden "
          + "über die von beiden beantworteten Fragen: Sie zeigt, ob die Antworten gemeinsam "
          + "steigen und fallen, nicht, ob sie gleich hoch sind. Der mittlere absolute "
          + "Unterschied sagt, wie weit die Antworten im Mittel auseinanderlagen."),
      Map.entry("html.howto.distance.term", "Profildistanz"),
      Map.entry("html.howto.distance", "D\u00b2 nach Cronbach & Gleser (1953) ist die Summe der "
          + "quadrierten Abstände über die von beiden beantworteten Fragen, D ihre Wurzel. Sie "
          + "zerfällt genau in Niveau k (m_A \u2212 m_B)\u00b2, Streuung k (s_A \u2212 "
          + "s_B)\u00b2 und Form 2 k s_A s_B (1 \u2212 r), mit k Fragen, Mittelwerten m, "
          + "Standardabweichungen s (geteilt durch k) und der Profilkorrelation r."),
      Map.entry("html.howto.rwg.term", "Übereinstimmung des Paares"),
      Map.entry("html.howto.rwg", "r_wg über die Fragen einer Skala (James, Demaree & Wolf "
          + "1984, wie R's multilevel::rwg.j): 1 \u2212 s\u00b2/\u03c3\u00b2, zu einem Index "
          + "über J Fragen erweitert; s\u00b2 ist der Mittelwert der Varianzen der beiden je "
          + "Frage, \u03c3\u00b2 die Varianz zufälliger Antworten, (A\u00b2 \u2212 1)/12 bei A "
          + "Antwortmöglichkeiten. 1 bedeutet gleiche Antworten, 0 Antworten so weit "
          + "auseinander wie zufällige oder weiter (der Wert ist nie kleiner als 0). Er braucht "
          + "die Antworten beider auf jede Frage der Skala."),
      Map.entry("html.howto.perception.term", "Den Partner vorhersagen"),
      Map.entry("html.howto.perception", "Für die Fragen, bei denen eine Person die Antwort der "
          + "anderen geschätzt hat und beide selbst geantwortet haben (nachdem umgekehrt "
          + "formulierte Fragen umgepolt sind): Der mittlere Abstand ist der Mittelwert von "
          + "Schätzung \u2212 Antwort, ein positiver Abstand heißt also, die Schätzungen waren "
          + "zu hoch; der erwartete Wert ist der Skalenwert, der sich aus den Schätzungen "
          + "ergibt, neben dem echten Wert der anderen Person auf denselben Fragen (Kenny & "
          + "Acitelli 2001). Eine Zahl über weniger als {0} Fragen steht nicht in einem Bericht "
          + "für eine Person oder für das Paar, weil sie eine einzelne Antwort verraten könnte."),
      Map.entry("html.howto.perception.hits", "Genaue Treffer und Treffer bis auf einen Punkt "
          + "zählen die Schätzungen, die die Antwort trafen; die Genauigkeit ist Pearsons r "
          + "zwischen Schätzungen und Antworten."),
      Map.entry("html.range.lower.better", "Auf dieser Skala ist niedriger besser: Ein niedriger "
          + "Wert ist das günstige Ende."),
      Map.entry("html.howto.lower.one", "Auf der Skala {0} ist niedriger besser; dort sind die "
          + "günstigen Antworten die niedrigen (nachdem umgekehrt formulierte Fragen umgepolt "
          + "sind)."),
      Map.entry("html.howto.lower.many", "Auf den Skalen {0} ist niedriger besser; dort sind die "
          + "günstigen Antworten die niedrigen (nachdem umgekehrt formulierte Fragen umgepolt "
          + "sind)."),
      Map.entry("html.reversed.lower", "umgekehrt formuliert: Auf dieser Skala, auf der "
          + "niedriger besser ist, ist Zustimmen die günstigere Antwort"),
      Map.entry("html.lower.note", "auf dieser Skala, auf der niedriger besser ist, ist "
          + "Zustimmen die weniger günstige Antwort"),
      Map.entry("html.howto.gaps.term", "Abstände immer mit beiden Werten lesen"),
      Map.entry("html.howto.gaps", "Ein Abstand allein verbirgt, wo die beiden stehen: Lesen Sie "
          + "ihn immer neben beiden Werten."),
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
      Map.entry("perception.withheld.overlap", "{3} Die Vorhersagen von {0} über {1} werden "
          + "hier nicht gezeigt: neben den anderen Zahlen dieses Abschnitts beruhten sie auf "
          + "weniger als {2} Fragen und verrieten einzelne Antworten."),
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
