package io.github.dyadscore.stats;

/**
 * How reliable a couple's difference score {@code D = A - B} and couple mean {@code M = (A + B) /
 * 2} are on one scale, with the inputs they were computed from (Griffin, Murray and Gonzalez 1999,
 * Personal Relationships 6(4), 505-518; the classical formula goes back to Lord 1963):
 *
 * <pre>
 * r_DD = (s_A^2 r_AA + s_B^2 r_BB - 2 s_A s_B r_AB) / (s_A^2 + s_B^2 - 2 s_A s_B r_AB)
 * r_MM = (s_A^2 r_AA + s_B^2 r_BB + 2 s_A s_B r_AB) / (s_A^2 + s_B^2 + 2 s_A s_B r_AB)
 * </pre>
 *
 * <p>In classical test theory each score is a true score plus an error uncorrelated with
 * everything else, so the true variance of {@code A - B} is {@code s_A^2 r_AA + s_B^2 r_BB - 2
 * cov(A, B)} and its observed variance {@code s_A^2 + s_B^2 - 2 cov(A, B)}; {@code r_DD} is their
 * ratio, and {@code r_MM} the same for the sum (the factor 1/2 of the mean cancels). The
 * correlation between the partners' scores lowers {@code r_DD} and raises {@code r_MM}: the more
 * alike partners are, the more of their difference is measurement error, which is why a column of
 * {@code A - B} gaps should be read beside this number.
 *
 * <p><b>Inputs</b>, over the couples in which both partners have a score on the scale, with the
 * scores as the definition computes them: {@code s_A} and {@code s_B} are the standard deviations
 * of partner A's and partner B's scores (denominator {@code N - 1}, R's {@code sd()}); {@code r_AB}
 * is Pearson's correlation between them (R's {@code cor(a, b)}, the partners taken as
 * distinguishable by their role). {@code r_AA} and {@code r_BB} are the raw Cronbach's alphas of
 * the persons in role A and in role B ({@link ScaleStatistics#partnerA()} and {@link
 * ScaleStatistics#partnerB()}: psych's pairwise alpha over every person of the role), because
 * internal consistency is a property of how each partner answered the items, and computing it on
 * every person of the role (also those whose partner is absent) uses all the information psych
 * would.
 *
 * <p>Every figure is NaN when fewer than two couples have both scores, an alpha is NaN, or a
 * denominator is zero (no variance in the differences or the sums).
 *
 * @param scaleId the scale's id
 * @param couples {@code N}, the couples with both scores
 * @param alphaA {@code r_AA}, raw alpha in role A
 * @param alphaB {@code r_BB}, raw alpha in role B
 * @param sdA {@code s_A}
 * @param sdB {@code s_B}
 * @param correlation {@code r_AB}
 * @param difference {@code r_DD}, the reliability of {@code A - B}
 * @param coupleMean {@code r_MM}, the reliability of {@code (A + B) / 2}
 *
 * @since 0.1.0
 */
public record DifferenceReliability(
    String scaleId,
    long couples,
    double alphaA,
    double alphaB,
    double sdA,
    double sdB,
    double correlation,
    double difference,
    double coupleMean) {

  /**
   * Computes both reliabilities from their inputs.
   *
   * @param scaleId the scale's id
   * @param couples the couples with both scores
   * @param alphaA {@code r_AA}
   * @param alphaB {@code r_BB}
   * @param sdA {@code s_A}
   * @param sdB {@code s_B}
   * @param correlation {@code r_AB}
   * @return the record; NaN reliabilities where the formula is undefined
   */
  public static DifferenceReliability of(String scaleId, long couples, double alphaA,
      double alphaB, double sdA, double sdB, double correlation) {
    double trueParts = sdA * sdA * alphaA + sdB * sdB * alphaB;
    double observed = sdA * sdA + sdB * sdB;
    double cross = 2 * sdA * sdB * correlation;
    double difference = couples < 2 ? Double.NaN : ratio(trueParts - cross, observed - cross);
    double mean = couples < 2 ? Double.NaN : ratio(trueParts + cross, observed + cross);
    return new DifferenceReliability(scaleId, couples, alphaA, alphaB, sdA, sdB, correlation,
        difference, mean);
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }

  /** From the couple moments and the two role alphas. */
  static DifferenceReliability of(String scaleId, CoupleMoments m, double alphaA, double alphaB) {
    if (m.n < 2) {
      return of(scaleId, m.n, alphaA, alphaB, Double.NaN, Double.NaN, Double.NaN);
    }
    double sdA = Math.sqrt(m.sAa / (m.n - 1));
    double sdB = Math.sqrt(m.sBb / (m.n - 1));
    double r = m.sAa == 0 || m.sBb == 0 ? Double.NaN : m.sAb / Math.sqrt(m.sAa * m.sBb);
    return of(scaleId, m.n, alphaA, alphaB, sdA, sdB, r);
  }
}
