package io.github.dyadscore.stats;

/**
 * Everything the reliability analysis reports for one scale.
 *
 * @param scaleId the scale's id
 * @param composite whether the scale is a composite, analysed over the union of its items
 * @param everyone internal consistency over all persons, both roles together
 * @param partnerA internal consistency over the persons in role A
 * @param partnerB internal consistency over the persons in role B
 * @param dyadic the partners' similarity on the scale score
 * @param differenceReliability the reliability of the partners' difference and of the couple
 *     mean, with its inputs
 * @param scoresEveryone the distribution of the scale's scores over all persons
 * @param scoresA the distribution of the scale's scores in role A
 * @param scoresB the distribution of the scale's scores in role B
 * @since 0.1.0
 */
public record ScaleStatistics(
    String scaleId,
    boolean composite,
    ScaleReliability everyone,
    ScaleReliability partnerA,
    ScaleReliability partnerB,
    DyadicCorrelation dyadic,
    DifferenceReliability differenceReliability,
    ScoreSummary scoresEveryone,
    ScoreSummary scoresA,
    ScoreSummary scoresB) {

  /**
   * The internal consistency for one role.
   *
   * @param role the role
   * @return {@link #partnerA()} or {@link #partnerB()}
   */
  public ScaleReliability forRole(Role role) {
    return role == Role.A ? partnerA : partnerB;
  }

  /**
   * The distribution of the scale's scores for one role.
   *
   * @param role the role
   * @return {@link #scoresA()} or {@link #scoresB()}
   */
  public ScoreSummary scores(Role role) {
    return role == Role.A ? scoresA : scoresB;
  }
}
