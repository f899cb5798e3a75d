package io.github.dyadscore.batch;

import io.github.dyadscore.perception.TruthAndBiasFit;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Writes {@code truth-and-bias.csv}: one row per scale, sample and estimator, numbers as R's
 * {@code write.csv} writes them (15 significant digits, {@code NA}).
 */
final class TruthAndBiasFile {

  private static final String HEADER = "scale,sample,estimator,n,couples,b0,se_b0,b_truth,"
      + "se_truth,b_bias,se_bias,sigma,rho,loglik\n";

  private TruthAndBiasFile() {}

  static void write(TruthAndBiasResult result, OutputStream out) throws IOException {
    Utf8Builder b = new Utf8Builder(4096).append(HEADER);
    for (TruthAndBiasFit f : result.fits()) {
      CsvText.text(b, f.scale());
      b.append(',').append(f.sample().label()).append(',')
          .append(f.estimator().name().toLowerCase(Locale.ROOT))
          .append(',').appendDigits(f.observations()).append(',').appendDigits(f.couples());
      for (double value : new double[] {f.directionalBias(), f.directionalBiasSe(),
          f.truthForce(), f.truthForceSe(), f.biasForce(), f.biasForceSe(), f.sigma(), f.rho(),
          f.logLikelihood()}) {
        CsvText.number(b.append(','), value);
      }
      b.append('\n');
    }
    b.writeTo(out);
  }
}
