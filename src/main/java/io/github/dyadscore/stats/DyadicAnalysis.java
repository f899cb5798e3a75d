package io.github.dyadscore.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;

/**
 * Turns {@link CoupleMoments} into a {@link DyadicCorrelation}; the formulas and their sources are
 * documented there.
 */
final class DyadicAnalysis {

  private DyadicAnalysis() {}

  static DyadicCorrelation analyse(String scaleId, CoupleMoments m) {
    long couples = m.n;
    if (couples < 2) {
      return undefined(scaleId, couples);
    }
    double n = couples;
    double d = m.meanA - m.meanB;
    double shiftTerm = n * d * d / 2;
    // Double entry: sum (X - M)^2 over the 2N rows and sum (X - M)(Y - M), M the grand mean.
    double sumSquares = m.sAa + m.sBb + shiftTerm;
    double crossProducts = 2 * m.sAb - shiftTerm;
    double r = crossProducts / sumSquares;
    double z = r * Math.sqrt(n);
    double p = Erf.erfc(Math.abs(z) / Math.sqrt(2));

    double msBetween = (m.sAa + m.sBb + 2 * m.sAb) / (2 * (n - 1));
    double msWithin = (m.sAa + m.sBb - 2 * m.sAb + n * d * d) / (2 * n);
    double icc = (msBetween - msWithin) / (msBetween + msWithin);
    double f;
    long df1;
    long df2;
    if (msBetween >= msWithin) {
      f = msBetween / msWithin;
      df1 = couples - 1;
      df2 = couples;
    } else {
      f = msWithin / msBetween;
      df1 = couples;
      df2 = couples - 1;
    }
    double anovaP = Math.min(1, 2 * upperTailF(f, df1, df2));
    if (Double.isNaN(r) || Double.isNaN(icc)) {
      return undefined(scaleId, couples);
    }
    return new DyadicCorrelation(
        scaleId, couples, r, z, p, msBetween, msWithin, icc, f, df1, df2, anovaP);
  }

  /**
   * {@code P(F > f)} for F on {@code (df1, df2)} degrees of freedom, as the regularized incomplete
   * beta {@code I_{df2 / (df2 + df1 f)}(df2 / 2, df1 / 2)}, which keeps small p-values accurate
   * where {@code 1 - cdf} would cancel.
   */
  static double upperTailF(double f, long df1, long df2) {
    if (Double.isNaN(f)) {
      return Double.NaN;
    }
    if (Double.isInfinite(f)) {
      return 0;
    }
    return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2.0, df1 / 2.0);
  }

  private static DyadicCorrelation undefined(String scaleId, long couples) {
    double nan = Double.NaN;
    return new DyadicCorrelation(scaleId, couples, nan, nan, nan, nan, nan, nan, nan, 0, 0, nan);
  }
}
