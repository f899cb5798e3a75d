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
