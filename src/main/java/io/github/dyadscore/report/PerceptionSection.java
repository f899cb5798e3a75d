package io.github.dyadscore.report;

import io.github.dyadscore.Answers;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.internal.PerceptionEngine;
import io.github.dyadscore.internal.ScoringEngine;
import io.github.dyadscore.perception.CouplePerception;
import io.github.dyadscore.perception.Direction;
import io.github.dyadscore.perception.PartnerPerception;
import io.github.dyadscore.perception.PerceptionIndices;
import io.github.dyadscore.perception.ScalePerception;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds {@link ReportView#perception()}: the two directions of {@link CouplePerception} in plain
 * words, with the small-count rule applied for every reader but the therapist.
 */
final class PerceptionSection {

  private PerceptionSection() {}

  static List<PerceptionResult> of(ReportView view, Answers a, Answers b) {
    Definition definition = view.definition();
    if (definition.items().stream().noneMatch(Item::isPrediction)) {
      return List.of();
    }
    ScoringEngine engine = new ScoringEngine(definition);
    int n = engine.itemCount();
    double[] keyedA = new double[n];
    double[] keyedB = new double[n];
    engine.resolve(a, new int[n], keyedA);
    engine.resolve(b, new int[n], keyedB);
    PerceptionEngine perceptionEngine = new PerceptionEngine(engine);
    CouplePerception perception = perceptionEngine.perceive(keyedA, keyedB);
    boolean rule = view.audience() != Audience.THERAPIST || view.privacy() == Privacy.SCALES_ONLY;
    Privacy scopeRule = rule ? Privacy.SCALES_ONLY : Privacy.SHARE_ITEMS;
    // Hits and accuracy pair each prediction with the other partner's answer to the same item:
    // 14 exact hits of 14 spell out every answer. Only a reader who may see both partners' item
    // answers gets them; everyone else gets what follows from the scale means alone.
    boolean itemLevel = view.itemDetail() == ItemDetail.ALL;
    Words words = new Words(view.language());
    Locale locale = Locale.forLanguageTag(view.language());
    List<PerceptionResult> results = new ArrayList<>();
    for (Direction direction : Direction.values()) {
      PartnerPerception p = perception.direction(direction);
      String predictor = direction == Direction.A_ABOUT_B ? view.nameA() : view.nameB();
      String target = direction == Direction.A_ABOUT_B ? view.nameB() : view.nameA();
      boolean aPredicts = direction == Direction.A_ABOUT_B;
      boolean[] shown = perceptionEngine.shownScopes(aPredicts ? keyedA : keyedB,
          aPredicts ? keyedB : keyedA, scopeRule);
      results.add(result(direction, predictor, target, null, p.items(), Double.NaN, Double.NaN,
          rule, shown[0], itemLevel, words, locale, ""));
      for (int c = 0; c < p.scales().size(); c++) {
        ScalePerception s = p.scales().get(c);
        String name = view.text(definition.scale(s.scale()).orElseThrow().name()).value();
        results.add(result(direction, predictor, target, s.scale(), s.indices(), s.predicted(),
            s.actual(), rule, shown[c + 1], itemLevel, words, locale, name));
      }
    }
    return List.copyOf(results);
  }

  private static PerceptionResult result(Direction direction, String predictor, String target,
      String scale, PerceptionIndices i, double predicted, double actual, boolean rule,
      boolean scopeShown, boolean itemLevel, Words words, Locale locale, String scaleName) {
    int n = i.items();
    if (n == 0) {
      return new PerceptionResult(direction, predictor, target, scale, 0, false, Double.NaN,
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          scale == null ? words.get("perception.none", predictor, target)
              : words.get("perception.scale.none", predictor, target, scaleName));
    }
    if (rule && !Privacy.SCALES_ONLY.shows(n)) {
      return new PerceptionResult(direction, predictor, target, scale, n, true, Double.NaN,
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          words.get("perception.withheld", predictor, target, Privacy.MINIMUM_SHARED_ITEMS,
              scale == null ? "" : scaleName + ":").trim());
    }
    if (!scopeShown) {
      return new PerceptionResult(direction, predictor, target, scale, n, true, Double.NaN,
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          words.get("perception.withheld.overlap", predictor, target,
              Privacy.MINIMUM_SHARED_ITEMS, scale == null ? "" : scaleName + ":").trim());
    }
    String text;
    if (scale == null && !itemLevel) {
      return new PerceptionResult(direction, predictor, target, null, n, false, Double.NaN,
          Double.NaN, i.bias(), Double.NaN, Double.NaN, Double.NaN,
          direction(words, locale, predictor, target, i.bias()));
    }
    if (scale == null) {
      long exact = Math.round(i.exactHits() * n / 100);
      long withinOne = Math.round(i.withinOneHits() * n / 100);
      text = words.get("perception.hits", predictor, target, exact, n, withinOne) + " "
          + direction(words, locale, predictor, target, i.bias());
      if (!Double.isNaN(i.accuracy())) {
        text += " " + words.get("perception.accuracy", predictor, target,
            format(locale, i.accuracy()));
      }
    } else if (Double.isNaN(predicted) || Double.isNaN(actual)) {
      text = words.get("perception.scale.items", scaleName, n) + " "
          + direction(words, locale, predictor, target, i.bias());
    } else {
      text = words.get("perception.scale", scaleName, predictor, target, format(locale, predicted),
          format(locale, actual), n);
    }
    return new PerceptionResult(direction, predictor, target, scale, n, false,
        itemLevel ? i.exactHits() : Double.NaN, itemLevel ? i.withinOneHits() : Double.NaN,
        i.bias(), itemLevel ? i.accuracy() : Double.NaN, predicted, actual, text);
  }

  private static String direction(Words words, Locale locale, String predictor, String target,
      double bias) {
    if (Math.abs(bias) < 0.005) {
      return words.get("perception.bias.none", predictor, target);
    }
    return words.get(bias > 0 ? "perception.bias.higher" : "perception.bias.lower", predictor,
        target, format(locale, Math.abs(bias)));
  }

  private static String format(Locale locale, double value) {
    return String.format(locale, "%.2f", value);
  }
}
