package io.github.dyadscore.stats;

/**
 * How well the two partners of the sample's couples agree on one item beyond chance: Cohen's
 * kappa and its linearly and quadratically weighted forms, over the complete couples in which
 * both partners answered the item, as R's {@code psych::cohen.kappa(cbind(a, b))} computes them
 * (psych 2.2.9; formulas on {@link CohenKappa}). Partner A is the first rater, B the second; kappa
 * does not depend on which is which.
 *
 * @param item the item's id
 * @param couples the number of couples counted ({@code n.obs})
 * @param categories the number of distinct keyed values either partner gave (psych's categories)
 * @param kappa unweighted kappa, or NaN with fewer than two categories
 * @param linearKappa kappa with weights {@code 1 - |i - j| / (c - 1)}, or NaN likewise
 * @param quadraticKappa kappa with weights {@code 1 - (i - j)^2 / (c - 1)^2}, psych's default
 *     {@code weighted.kappa}, or NaN likewise
 * @since 0.1.0
 */
public record ItemKappa(
    String item,
    long couples,
    int categories,
    double kappa,
    double linearKappa,
    double quadraticKappa) {}
