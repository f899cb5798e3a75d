package io.github.dyadscore.report;

import io.github.dyadscore.perception.Direction;
import org.jspecify.annotations.Nullable;

/**
 * How one partner predicted the other, as one audience of a report may see it, with a sentence in
 * plain words in the report's language (see {@link ReportView#perception()}).
 *
 * <p>For every audience but the therapist (and under {@link
 * io.github.dyadscore.couple.Privacy#SCALES_ONLY} for all), a result that rests on fewer than
 * {@link io.github.dyadscore.couple.Privacy#MINIMUM_SHARED_ITEMS} items is withheld: its numbers
 * are NaN and the sentence says why. Over one item an exact hit is the partner's answer; per-item
 * results are never in a view.
 *
 * @param direction who predicts whom
 * @param predictor the predicting partner's name
 * @param target the predicted partner's name
 * @param scale the scale's id, or null for all predicted items
 * @param items the items with a prediction and both self answers
 * @param withheld whether the small-count rule withholds the numbers
 * @param exactHits the percentage of predictions equal to the partner's answer
 * @param withinOneHits the percentage within one point
 * @param bias the mean of prediction minus answer (keyed values)
 * @param accuracy Pearson's r of predictions and answers
 * @param predicted for a scale: the score the predictor expected the partner to have
 * @param actual for a scale: the partner's score on the same items
 * @param words the result in plain words
 */
public record PerceptionResult(
    Direction direction,
    String predictor,
    String target,
    @Nullable String scale,
    int items,
    boolean withheld,
    double exactHits,
    double withinOneHits,
    double bias,
    double accuracy,
    double predicted,
    double actual,
    String words) {}
