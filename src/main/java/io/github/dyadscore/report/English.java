package io.github.dyadscore.report;

import java.util.Map;

/** The report's own words in English. */
final class English {

  private English() {}

  static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("decimal", "."),
      Map.entry("for.therapist", "Report for the therapist"),
      Map.entry("for.partner", "Report for {0}"),
      Map.entry("for.couple", "Report for {0} and {1}, to read together"),
      Map.entry("date", "Date: {0}"),
      Map.entry("partners", "Partner A: {0}. Partner B: {1}."),
      Map.entry("note", "Note: {0}"),
      Map.entry("not.validated", "this questionnaire is not validated."),
      Map.entry("fallback", "Note: some of the questionnaire's texts are not available in "
          + "English and are shown in {0}."),
      Map.entry("scales", "Scales"),
      Map.entry("range", "possible range {0} to {1}"),
      Map.entry("lower.is.better", "lower is better: a favourable answer is a low one"),
      Map.entry("composite", "the mean of {0}"),
      Map.entry("composite.sum", "the sum of {0}"),
      Map.entry("and", "and"),
      Map.entry("score", "{0}: {1} ({2})"),
      Map.entry("no.score", "{0}: no score ({1}; at least {2} needed)"),
      Map.entry("items.answered", "{0} of {1} items answered"),
      Map.entry("scales.scored", "{0} of {1} scales scored"),
      Map.entry("standing", "T {0}, percentile {1}"),
      Map.entry("band", "band: {0}"),
      Map.entry("difference", "Difference, {0} minus {1}: {2}. Couple mean: {3}."),
      Map.entry("verdict.reliable", "Reliable difference: larger than {0} points, the most that "
          + "measurement error alone explains 95 times in 100."),
      Map.entry("verdict.within", "Within measurement error: a difference of up to {0} points "
          + "could come from measurement error alone (95 % level)."),
      Map.entry("verdict.no.reliability", "Not assessed: this scale has no published "
          + "reliability, so the size of a difference that measurement error alone could explain "
          + "is unknown."),
      Map.entry("verdict.no.score", "Not assessed: a difference needs a score for both "
          + "partners."),
      Map.entry("agreement", "Both answered favourably on {0} % of the {1} items both "
          + "answered."),
      Map.entry("agreement.none", "No item of this scale was answered by both."),
      Map.entry("agreement.withheld", "Shared favourable answers: not shown, because a partner "
          + "answered fewer than {0} of the items both answered favourably, and a figure over so "
          + "few items could reveal a single answer."),
      Map.entry("agreement.none.all", "No item was answered by both."),
      Map.entry("rwg", "Agreement within the couple over this scale's items, r_wg: {0} (1 = "
          + "the same answers, 0 = as far apart as random answers or further)."),
      Map.entry("rwg.undefined", "Agreement within the couple, r_wg: not computed; it needs both "
          + "partners' answers to every item of this scale, all on answer scales of the same "
          + "length."),
      Map.entry("rwg.withheld", "Agreement within the couple, r_wg: not shown in a report "
          + "without both partners' answers: beside both scores it would tell how far apart "
          + "the answers are, item by item on a short scale."),
      Map.entry("distance", "Profile distance D = {0} (D\u00b2 = {1}, the sum of the squared "
          + "gaps). Of D\u00b2, {2} comes from different levels (elevation), {3} from different "
          + "spread (scatter) and {4} from a different pattern (shape)."),
      Map.entry("profiles", "Answer profiles"),
      Map.entry("profile", "Over the {0} items both answered: correlation r = {1}; mean "
          + "absolute difference {2} points."),
      Map.entry("profile.undefined", "Over the {0} items both answered: the correlation is "
          + "undefined because a partner gave the same answer value to every one of them; mean "
          + "absolute difference {1} points."),
      Map.entry("reference.published", "Reference data (reliability, norms): published, {0}."),
      Map.entry("reference.calibration", "Reference data (reliability, norms): a calibration "
          + "sample, \u201c{0}\u201d, {1} persons in {2} couples, calibrated on {3}."),
      Map.entry("profile.few", "Over the {0} items both answered: too few for a correlation "
          + "(at least {1} are needed, as over two items it is always +1 or -1); mean absolute "
          + "difference {2} points."),
      Map.entry("profile.one", "Only 1 item was answered by both: the correlation is undefined; "
          + "the absolute difference is {0} points."),
      Map.entry("profile.none", "The partners answered no item in common, so their answer "
          + "profiles cannot be compared."),
      Map.entry("profile.withheld", "The partners answered only {0} items in common; "
          + "figures over fewer than {1} items could reveal a single answer, so none is shown."),
      Map.entry("divergent", "Items answered far apart (largest gap first)"),
      Map.entry("divergent.none", "No item was answered far apart."),
      Map.entry("item.head", "{0} ({1}): gap {2}"),
      Map.entry("reversed", "reverse-keyed"),
      Map.entry("answer.pair", "{0}: {1}; {2}: {3}"),
      Map.entry("counts", "Of the {0} items both answered: {1} shared strengths (both "
          + "favourable), {2} shared concerns (both unfavourable), {3} with different answers."),
      Map.entry("own", "{0}'s own answers"),
      Map.entry("own.note", "Only {0}'s own answers are shown; {1}'s answers are not part of "
          + "this report."),
      Map.entry("both", "Both partners' answers"),
      Map.entry("own.none", "{0} answered no item."),
      Map.entry("missing.code", "{0} (counts as unanswered)"),
      Map.entry("unanswered", "not answered"),
      Map.entry("items", "Item answers"),
      Map.entry("items.audience", "Item answers are not part of a report the partners read "
          + "together, unless both agreed to share them."),
      Map.entry("items.privacy", "Scales only: this report leaves out every item answer."),
      Map.entry("footer", "dyadscore {0}"),
      // ------------------------------------------------------------ the HTML page
      Map.entry("html.date.pattern", "d MMMM uuuu"),
      Map.entry("html.none", "none"),
      Map.entry("html.heading.couple", "Couple report for {0} and {1}"),
      Map.entry("html.heading.partner", "{0}'s report"),
      Map.entry("html.audience.therapist", "For the therapist: both partners' scale results and "
          + "item answers."),
      Map.entry("html.audience.partner", "For {0} only: both partners' scale results and {0}'s "
          + "own answers; nothing that shows how {1} answered any single item."),
      Map.entry("html.audience.couple.items", "For {0} and {1} to read together: scale results "
          + "and item answers, which both partners agreed to share."),
      Map.entry("html.audience.couple", "For {0} and {1} to read together: scale results and "
          + "counts only."),
      Map.entry("html.audience.scales.only", "Scales only: item answers are left out of this "
          + "report, as asked."),
      Map.entry("html.not.validated", "This questionnaire has not been validated."),
      Map.entry("html.footer", "Made with dyadscore {0} from {1} {2}."),
      Map.entry("html.footer.not.validated", "This questionnaire is not clinically validated."),
      Map.entry("html.version", "{0}, version {1}"),
      Map.entry("html.licence", "Licence: {0}"),
      Map.entry("html.about", "About this questionnaire:"),
      Map.entry("html.partners.label", "The partners in the charts"),
      Map.entry("html.key.a", "{0} (circle, blue)"),
      Map.entry("html.key.b", "{0} (diamond, orange)"),
      Map.entry("html.scales", "Scales"),
      Map.entry("html.chart.numbers", "The numbers behind the {0} chart."),
      Map.entry("html.items.heading", "Item by item"),
      Map.entry("html.talk.heading", "Talk about these"),
      Map.entry("html.item", "Item"),
      Map.entry("html.profile.heading", "How alike your answers are"),
      Map.entry("html.howto.heading", "How to read this report"),
      Map.entry("html.row.score", "Score"),
      Map.entry("html.row.parts", "Parts scored"),
      Map.entry("html.row.items", "Items answered"),
      Map.entry("html.row.percentile", "Percentile"),
      Map.entry("html.row.band", "Band"),
      Map.entry("html.row.gap", "Gap ({0} \u2212 {1})"),
      Map.entry("html.row.mean", "Couple mean"),
      Map.entry("html.row.critical", "Critical difference (95 %)"),
      Map.entry("html.row.beyond", "Gap beyond measurement error?"),
      Map.entry("html.row.reference", "Reference data"),
      Map.entry("html.row.pca", "Positive couple agreement"),
      Map.entry("html.row.rwg", "Agreement within the couple (r_wg)"),
      Map.entry("html.rwg.withheld", "not shown in a report without both partners\u2019 answers"),
      Map.entry("html.withheld", "not shown (too few items)"),
      Map.entry("html.rwg.none", "none (needs every item answered by both)"),
      Map.entry("html.pca.withheld", "Positive couple agreement is not shown on this page: it "
          + "would rest on too few items that each partner answered favourably, so it could "
          + "reveal a single answer."),
      Map.entry("html.pca", "Positive couple agreement: both answered favourably on {0} of the "
          + "{1} items both answered ({2})."),
      Map.entry("html.pca.cell", "{0} of {1} items"),
      Map.entry("html.range", "Possible range {0} to {1} ({2})."),
      Map.entry("html.method.mean", "mean of {0}"),
      Map.entry("html.method.sum", "sum of {0}"),
      Map.entry("html.method.prorated", "sum of {0}, scaled up when some are unanswered"),
      Map.entry("html.count.scales", "{0} scales"),
      Map.entry("html.count.item", "{0} item"),
      Map.entry("html.count.items", "{0} items"),
      Map.entry("html.of", "{0} of {1}"),
      Map.entry("html.no.score", "no score"),
      Map.entry("html.yes", "yes"),
      Map.entry("html.no", "no"),
      Map.entry("html.unknown", "unknown (no published reliability)"),
      Map.entry("html.error.label", "measurement error: {0}"),
      Map.entry("html.chart.title", "{0}: both partners on the scale from {1} to {2}"),
      Map.entry("html.chart.desc.range", "{0}, possible range {1} to {2}."),
      Map.entry("html.chart.desc.partner", "{0}: {1}."),
      Map.entry("html.chart.desc.error", "Gaps up to {0} are within measurement error."),
      Map.entry("html.chart.desc.bands", "Bands:"),
      Map.entry("html.neither", "Neither {0} nor {1} has a score on {2}: too few answers ({3} "
          + "and {4})."),
      Map.entry("html.one.missing", "{0} has no score on {1}: too few answers ({2}), so the two "
          + "cannot be compared here."),
      Map.entry("html.side.at.or.above", "at or above"),
      Map.entry("html.side.above", "above"),
      Map.entry("html.side.at.or.below", "at or below"),
      Map.entry("html.side.below", "below"),
      Map.entry("html.cut.both", "Both are {0} the cut-off of {1} ({2})."),
      Map.entry("html.cut.one", "Only {0} is {1} the cut-off of {2}; {3} is {4} it ({5})."),
      Map.entry("html.band.both", "Both are in the band \u201c{0}\u201d."),
      Map.entry("html.band.each", "{0} is in the band \u201c{1}\u201d, {2} in \u201c{3}\u201d."),
      Map.entry("html.middle", "the middle of the scale ({0})"),
      Map.entry("html.mid.both.above", "Both scored above {0}."),
      Map.entry("html.mid.both.below", "Both scored below {0}."),
      Map.entry("html.mid.one.above.other.at", "Only {0} scored above {2}; {1} scored at it."),
      Map.entry("html.mid.one.above", "Only {0} scored above {2}; {1} scored below it."),
      Map.entry("html.mid.both.at", "Both scored at {0}."),
      Map.entry("html.mid.one.below", "Only {0} scored below {1}; the other scored at it."),
      Map.entry("html.gap.reliable", "The gap of {0} is larger than measurement error alone "
          + "would explain (up to {1})."),
      Map.entry("html.gap.within", "The gap of {0} is within what measurement error alone "
          + "could explain (up to {1})."),
      Map.entry("html.gap.unknown", "The gap is {0}; whether that is more than measurement "
          + "error is unknown, because this scale has no published reliability and standard "
          + "deviation."),
      Map.entry("html.map.heading", "Two scales at once"),
      Map.entry("html.map.intro", "Each partner is a point: {0} across, {1} up. The plus sign "
          + "between the two points is the couple mean."),
      Map.entry("html.map.title", "{0} and {1}"),
      Map.entry("html.map.caption", "{0}: the numbers"),
      Map.entry("html.map.across", "{0} (across)"),
      Map.entry("html.map.up", "{0} (up)"),
      Map.entry("html.map.couple.mean", "couple mean"),
      Map.entry("html.map.missing", "{0} cannot be placed on the map: a score on {1} or {2} is "
          + "missing."),
      Map.entry("html.map.both", "{0} and {1}"),
      Map.entry("html.map.desc", "{0} across, from {1} to {2}; {3} up, from {4} to {5}. {6}: {7} "
          + "across, {8} up. {9}: {10} across, {11} up."),
      Map.entry("html.map.desc.mean", "The couple mean lies halfway between."),
      Map.entry("html.items.not.shown", "Item answers are not shown: this page is for both "
          + "partners to read together, and it shows them only when both partners have agreed "
          + "to share them."),
      Map.entry("html.own.heading", "Your answers ({0})"),
      Map.entry("html.own.explanation", "Only {0}'s own answers are listed; {1}'s answers to "
          + "single items are not part of this page."),
      Map.entry("html.own.intro", "{0}'s answers, item by item."),
      Map.entry("html.strengths", "Shared strengths ({0})"),
      Map.entry("html.strengths.explanation", "Items both partners answered favourably."),
      Map.entry("html.concerns", "Shared concerns ({0})"),
      Map.entry("html.concerns.explanation", "Items both partners answered unfavourably."),
      Map.entry("html.disagreements", "Disagreements ({0})"),
      Map.entry("html.disagreements.explanation", "Items on which the partners' answers were "
          + "not both favourable or both unfavourable (a middle answer counts as neither)."),
      Map.entry("html.talk.none", "No item was answered far apart."),
      Map.entry("html.talk.intro", "The items answered furthest apart, largest gap first: a "
          + "good place to start a conversation."),
      Map.entry("html.items.intro", "{0} items were answered by both partners."),
      Map.entry("html.reversed.note", "worded the other way round: agreeing is the less "
          + "favourable answer"),
      Map.entry("html.wording.missing", "Item {0} (the wording is not shipped)"),
      Map.entry("html.profile.withheld", "Profile similarity is not shown: the partners both "
          + "answered too few items for it to be shown without revealing a single answer."),
      Map.entry("html.profile.none", "The two partners answered no item in common, so their "
          + "answers cannot be compared."),
      Map.entry("html.profile.mad", "On average their answers were {0} points apart."),
      Map.entry("html.profile.undefined", "Over the {0} items both answered, the pattern of the "
          + "answers cannot be compared: one partner gave the same answer everywhere, or too "
          + "few items were answered."),
      Map.entry("html.profile.r", "Over the {0} items both answered, the two partners' answers "
          + "{1} (profile correlation r = {2})."),
      Map.entry("html.r.strong", "go up and down together strongly"),
      Map.entry("html.r.moderate", "go up and down together moderately"),
      Map.entry("html.r.little", "go up and down together a little"),
      Map.entry("html.r.none", "do not go up and down together"),
      Map.entry("html.r.opposite", "tend to go in opposite directions"),
      Map.entry("html.distance", "Profile distance D = {0} (D\u00b2 = {1}, the sum of the squared "
          + "gaps): {2} of D\u00b2 comes from different levels (elevation), {3} from different "
          + "spread (scatter) and {4} from a different pattern (shape)."),
      Map.entry("html.perception.heading", "Predicting the partner"),
      Map.entry("html.perception.intro", "Some questions asked each partner how they think the "
          + "other answered. Here is how close those guesses came, over the items with a guess "
          + "and both partners' own answers; never item by item."),
      Map.entry("html.perception.direction", "How {0} predicted {1}"),
      Map.entry("html.perception.table", "{0}: {1} about {2}"),
      Map.entry("html.perception.all", "All predicted items"),
      Map.entry("html.perception.items", "Items compared"),
      Map.entry("html.perception.bias", "Mean gap, prediction \u2212 answer"),
      Map.entry("html.perception.expected", "Score expected for {0}"),
      Map.entry("html.perception.actual", "{0}'s score on the same items"),
      Map.entry("html.perception.exact", "Exact hits"),
      Map.entry("html.perception.within", "Hits within one point"),
      Map.entry("html.perception.accuracy", "Accuracy (correlation r)"),
      Map.entry("html.howto.charts.term", "The charts"),
      Map.entry("html.howto.charts", "Each scale runs over its full possible range. {0} is the "
          + "blue circle, {1} the orange diamond; the line between them is the gap. Where the "
          + "scale has published cut-offs, the shaded bands show them. The numbers of every "
          + "chart are also in the table beneath it."),
      Map.entry("html.howto.scores.term", "Scale scores"),
      Map.entry("html.howto.scores", "A mean scale is the mean of the answered items, a sum "
          + "scale the sum; items worded the other way round count as (lowest + highest \u2212 "
          + "answer), so higher always means more of what the scale measures. A scale is left "
          + "without a score when too few of its items were answered."),
      Map.entry("html.howto.error.term", "Measurement error"),
      Map.entry("html.howto.error", "Two scores can differ by chance alone. Where a scale has a "
          + "published reliability r and standard deviation SD, a gap counts as larger than "
          + "measurement error when |A \u2212 B| > 1.96 \u00d7 SD \u00d7 \u221a2 \u00d7 "
          + "\u221a(1 \u2212 r) (Jacobson & Truax 1991; Christensen & Mendoza 1986). The "
          + "bracket under the chart, labelled \"measurement error\", has that width and is "
          + "centred on the couple mean: when both marks lie outside it, the gap is larger than "
          + "measurement error. Applying the test to two partners is dyadscore's use of it. "
          + "Without published reliability the report does not say whether a gap is beyond "
          + "error."),
      Map.entry("html.howto.reference.term", "Reference data for {0}"),
      Map.entry("html.howto.reliability", "Reliability {0}: {1}."),
      Map.entry("html.howto.norms", "Norms (mean {0}, SD {1}, {2}): {3}."),
      Map.entry("html.howto.bands", "Bands: {0}."),
      Map.entry("html.howto.pca.term", "Positive couple agreement"),
      Map.entry("html.howto.pca", "The share of a scale's items, among those both partners "
          + "answered, on which both answered favourably (as PREPARE/ENRICH reports it)."),
      Map.entry("html.howto.pca.set", "Here an answer is favourable at {0} or more (after items "
          + "worded the other way round are turned), unfavourable at {1}."),
      Map.entry("html.howto.pca.low.end", "the low end"),
      Map.entry("html.howto.pca.at.most", "{0} or less"),
      Map.entry("html.howto.pca.default", "An answer is favourable above the middle of its "
          + "answer scale, unfavourable below it."),
      Map.entry("html.howto.far.term", "Items answered far apart"),
      Map.entry("html.howto.far", "Items whose answers, after turning those worded the other way "
          + "round, are at least {0} apart."),
      Map.entry("html.howto.far.points", "{0} points"),
      Map.entry("html.howto.far.half", "half the answer scale"),
      Map.entry("html.howto.profile.term", "Profile similarity"),
      Map.entry("html.howto.profile", "Pearson's correlation r between the two partners' answers "
          + "over the items both answered: it reflects whether their answers rise and fall "
          + "together, not whether they are equally high. The mean absolute difference says how "
          + "far apart the answers were on average."),
      Map.entry("html.howto.distance.term", "Profile distance"),
      Map.entry("html.howto.distance", "Cronbach & Gleser's (1953) D\u00b2 is the sum of the "
          + "squared gaps over the items both answered, and D its square root. It splits "
          + "exactly into elevation k (m_A \u2212 m_B)\u00b2, scatter k (s_A \u2212 s_B)\u00b2 "
          + "and shape 2 k s_A s_B (1 \u2212 r), with k items, means m, standard deviations s "
          + "(divided by k) and the profile correlation r."),
      Map.entry("html.howto.rwg.term", "Agreement within the couple"),
      Map.entry("html.howto.rwg", "r_wg over a scale's items (James, Demaree & Wolf 1984, as "
          + "R's multilevel::rwg.j): 1 \u2212 s\u00b2/\u03c3\u00b2 turned into a J-item index, "
          + "where s\u00b2 is the mean of the two partners' variances per item and \u03c3\u00b2 "
          + "the variance of random answers, (A\u00b2 \u2212 1)/12 for A answer options; 1 "
          + "means the same answers, 0 answers as far apart as random ones or further (it is "
          + "never below 0). It needs both partners' answers to every item of the scale."),
      Map.entry("html.howto.perception.term", "Predicting the partner"),
      Map.entry("html.howto.perception", "For the items where a partner guessed the other's "
          + "answer and both answered for themselves (after turning items worded the other way "
          + "round): the mean gap is the mean of guess \u2212 answer, so a positive gap means "
          + "the guesses were too high; the expected score is the scale score the guesses add "
          + "up to, beside the partner's real score on the same items (Kenny & Acitelli 2001). "
          + "A figure over fewer than {0} items is not shown in a report for one partner or for "
          + "the couple, as it could reveal a single answer."),
      Map.entry("html.howto.perception.hits", "Exact hits and hits within one point count the "
          + "guesses that met the answer, and accuracy is Pearson's r between guesses and "
          + "answers."),
      Map.entry("html.range.lower.better", "Lower is better on this scale: a low score is the "
          + "favourable end."),
      Map.entry("html.howto.lower.one", "On the scale {0}, lower is better, so there the "
          + "favourable answers are the low ones (after items worded the other way round are "
          + "turned)."),
      Map.entry("html.howto.lower.many", "On the scales {0}, lower is better, so there the "
          + "favourable answers are the low ones (after items worded the other way round are "
          + "turned)."),
      Map.entry("html.reversed.lower", "worded the other way round: on this lower-is-better "
          + "scale, agreeing is the more favourable answer"),
      Map.entry("html.lower.note", "on this lower-is-better scale, agreeing is the less "
          + "favourable answer"),
      Map.entry("html.howto.gaps.term", "Read gaps with both scores"),
      Map.entry("html.howto.gaps", "A gap alone hides where the partners stand: always read it "
          + "beside both scores."),
      Map.entry("perception.heading", "Predicting the partner"),
      Map.entry("perception.intro", "How well each partner predicted the other's answers to the "
          + "prediction questions, over the items with a prediction and both partners' own "
          + "answers; never item by item."),
      Map.entry("perception.none", "{0} gave no predictions that can be compared with {1}'s "
          + "answers."),
      Map.entry("perception.scale.none", "{2}: {0} gave no predictions that can be compared "
          + "with {1}'s answers."),
      Map.entry("perception.withheld", "{3} {0} predicted {1}'s answers on fewer than {2} items: "
          + "too few to show without giving single answers away."),
      Map.entry("perception.withheld.overlap", "{3} {0}'s predictions of {1} are not shown "
          + "here: set beside the other figures of this section, they would rest on fewer than "
          + "{2} items and give single answers away."),
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
