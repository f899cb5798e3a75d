package io.github.dyadscore.report;

import io.github.dyadscore.couple.ScaleComparison;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.score.ScaleScore;

/**
 * One scale as a report shows it: the scale, the range its score can take, both partners' results
 * and their comparison.
 *
 * @param scale the scale's definition (name, description, reference data)
 * @param minimum the lowest possible score with every item answered
 * @param maximum the highest possible score with every item answered
 * @param a partner A's result
 * @param b partner B's result
 * @param comparison the comparison, whose positive agreement is NaN where it is withheld
 * @param agreementWithheld whether the positive agreement is withheld by the small-count rule of
 *     {@link io.github.dyadscore.couple.Privacy} (rather than undefined because no item was
 *     answered by both)
 * @param withinCoupleAgreementWithheld whether the comparison's within-couple agreement r_wg(J)
 *     is withheld by the small-count rule (the scale has a group of fewer than {@link
 *     io.github.dyadscore.couple.Privacy#MINIMUM_SHARED_ITEMS} items that belong to exactly the
 *     same scales), rather than undefined (an item unanswered, or answer scales of different
 *     lengths)
 * @since 0.1.0
 */
public record ScaleResult(
    Scale scale,
    double minimum,
    double maximum,
    ScaleScore a,
    ScaleScore b,
    ScaleComparison comparison,
    boolean agreementWithheld,
    boolean withinCoupleAgreementWithheld) {}
