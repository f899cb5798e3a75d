package io.github.dyadscore.calibration;

/**
 * What calibration computed for one scale, from the persons of the chosen roles.
 *
 * <p>Mean and SD are of the scale scores as the definition computes them (method, weights and
 * minimum answered; R's {@code mean} and {@code sd}, denominator {@code n - 1}), over the persons
 * with a score. Alpha is Cronbach's raw alpha as {@code psych::alpha} computes it, on the
 * pairwise-complete covariances of the keyed items, over every person of the roles (psych's {@code
 * nrow(x)}, also for the Feldt interval): pairwise, because it is psych's default and uses every
 * answer given, where a complete-case alpha would silently drop everyone with one missing answer
 * and rest on fewer persons than the norms.
 *
 * @param scaleId the scale's id
 * @param persons persons with a score (the norms' n)
 * @param mean the mean score
 * @param sd the standard deviation of the scores
 * @param alphaPersons persons the alpha was computed over (the reliability's n)
 * @param itemCount items the alpha was computed over (those with variance)
 * @param alpha raw Cronbach's alpha, or NaN
 * @param feldtLower the lower bound of its Feldt 95 % interval, or NaN
 * @param feldtUpper the upper bound, or NaN
 * @param reliabilityWritten whether the alpha went into the definition (it must lie strictly
 *     between 0 and 1)
 * @param normsWritten whether mean and SD went into the definition (the SD must be above 0)
 *
 * @since 0.1.0
 */
public record ScaleCalibration(
    String scaleId,
    long persons,
    double mean,
    double sd,
    long alphaPersons,
    int itemCount,
    double alpha,
    double feldtLower,
    double feldtUpper,
    boolean reliabilityWritten,
    boolean normsWritten) {}
