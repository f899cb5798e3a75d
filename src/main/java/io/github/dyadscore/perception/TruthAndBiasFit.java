package io.github.dyadscore.perception;

/**
 * One fit of the truth-and-bias model across couples (West and Kenny 2011, Psychological Review
 * 118(2), 357-378): {@code P = b0 + b_truth T + b_bias B + e}, with {@code P} the predicted scale
 * score, {@code T} the partner's actual score (the truth) and {@code B} the predictor's own score
 * (the bias variable: assumed similarity), every variable centred on the mean of {@code T}. After
 * that centring {@code b0} is the directional bias: how far predictions sit above or below the
 * truth at the truth's mean; {@code b_truth} is the truth force and {@code b_bias} the
 * assumed-similarity force. See {@link TruthAndBiasModel} for the models and data.
 *
 * <p>Every number is {@code NaN} when the model cannot be fitted: too few couples (no more rows
 * than coefficients), a variable without variance, or for {@link Estimator#GLS} no couple with both
 * directions.
 *
 * @param scale the scale's id
 * @param sample which rows the model uses
 * @param estimator ordinary or generalised least squares
 * @param observations the rows (couple and direction) used
 * @param couples the couples they come from
 * @param directionalBias {@code b0}
 * @param directionalBiasSe its standard error
 * @param truthForce {@code b_truth}
 * @param truthForceSe its standard error
 * @param biasForce {@code b_bias}
 * @param biasForceSe its standard error
 * @param sigma the residual standard deviation ({@code sqrt(RSS / (n - p))} for OLS, nlme's
 *     {@code sigma} for GLS)
 * @param rho the within-couple residual correlation (GLS; NaN for OLS)
 * @param logLikelihood the REML log-likelihood as nlme's {@code logLik} (GLS; NaN for OLS)
 * @since 0.1.0
 */
public record TruthAndBiasFit(
    String scale,
    Sample sample,
    Estimator estimator,
    long observations,
    long couples,
    double directionalBias,
    double directionalBiasSe,
    double truthForce,
    double truthForceSe,
    double biasForce,
    double biasForceSe,
    double sigma,
    double rho,
    double logLikelihood) {

  /** Which rows a model uses. */
  public enum Sample {
    /** A's predictions of B: one row per couple. */
    A_ABOUT_B("A_about_B"),
    /** B's predictions of A: one row per couple. */
    B_ABOUT_A("B_about_A"),
    /** Both directions stacked, the partners treated as indistinguishable. */
    BOTH("both");

    private final String label;

    Sample(String label) {
      this.label = label;
    }

    /**
     * The label used in output files.
     *
     * @return {@code A_about_B}, {@code B_about_A} or {@code both}
     */
    public String label() {
      return label;
    }
  }

  /** How a model is estimated. */
  public enum Estimator {
    /** Ordinary least squares: R's {@code lm}. */
    OLS,
    /**
     * Generalised least squares with compound symmetry within couples, by REML: R's {@code
     * nlme::gls(..., correlation = corCompSymm(form = ~ 1 | couple))}.
     */
    GLS
  }
}
