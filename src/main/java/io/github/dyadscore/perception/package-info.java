/**
 * Predicting the partner: how well each partner of a couple predicts the other's answers, and
 * which forces pull the predictions, per couple and across couples.
 *
 * <p>A questionnaire may pair self items with <b>prediction items</b> ("How do you think your
 * partner answered: ..."; see {@link io.github.dyadscore.definition.Item#predicts()}). For a
 * direction "X about Y" ({@link io.github.dyadscore.perception.Direction}), {@code P} is X's
 * prediction, {@code S_Y} Y's self answer (the truth) and {@code S_X} X's own self answer, all on
 * keyed values. {@link io.github.dyadscore.perception.PerceptionIndices} gives the per-couple
 * indices of Kenny and Acitelli (2001, Journal of Personality and Social Psychology 80(3),
 * 439-448, doi 10.1037/0022-3514.80.3.439): accuracy {@code r(P, S_Y)}, assumed similarity {@code
 * r(P, S_X)}, actual similarity {@code r(S_X, S_Y)} and the regression {@code P ~ S_Y + S_X} across
 * items; {@link io.github.dyadscore.perception.TruthAndBiasModel} fits the truth-and-bias model of
 * West and Kenny (2011, Psychological Review 118(2), 357-378, doi 10.1037/a0022936) across
 * couples.
 *
 * <p>The records are immutable and thread-safe; {@link
 * io.github.dyadscore.perception.TruthAndBiasModel} accumulates couples and is not thread-safe
 * (use one per thread and merge them). A statistic that the data do not define (too few items, a
 * variable without variance) is {@code NaN}, never zero; each record says when.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.dyadscore.perception;

import org.jspecify.annotations.NullMarked;
