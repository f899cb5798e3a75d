package io.github.dyadscore.batch;

import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.internal.DyadscoreVersion;
import io.github.dyadscore.stats.DifferenceReliability;
import io.github.dyadscore.stats.DyadicCorrelation;
import io.github.dyadscore.stats.ItemKappa;
import io.github.dyadscore.stats.ItemReliability;
import io.github.dyadscore.stats.ReliabilityReport;
import io.github.dyadscore.stats.Role;
import io.github.dyadscore.stats.ScaleReliability;
import io.github.dyadscore.stats.ScaleStatistics;
import io.github.dyadscore.stats.ScoreSummary;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@code reliability.csv} (per scale and group), {@code reliability-items.csv} (per item)
 * and {@code reliability-kappa.csv} (the partners' agreement per item): numbers as R's {@code
 * write.csv} writes them (15 significant digits, {@code NA}), like every other output. The library
 * and the command line write these files through this one class, so they agree.
 */
final class ReliabilityFiles {

  private static final String SCALES_HEADER = "scale,group,n_rows,n_any,n_complete,k,raw_alpha,"
      + "std_alpha,feldt_lower,feldt_upper,average_r,omega_total,couples,double_entry_r,z,p,"
      + "anova_icc,f,df1,df2,f_p,score_n,score_mean,score_sd,diff_alpha_A,diff_alpha_B,"
      + "diff_sd_A,diff_sd_B,diff_r_AB,diff_reliability,mean_reliability,alpha_from,"
      + "questionnaire,questionnaire_version,dyadscore_version\n";
  private static final String ITEMS_HEADER = "scale,group,item,answers,mean,sd,r_drop,"
      + "alpha_if_deleted,std_alpha_if_deleted,possibly_miskeyed\n";
  private static final String KAPPA_HEADER =
      "item,couples,categories,kappa,kappa_linear,kappa_quadratic\n";
  private static final String NO_DYADIC = ",NA,NA,NA,NA,NA,NA,NA,NA,NA";
  private static final String NO_DIFFERENCE = ",NA,NA,NA,NA,NA,NA,NA";

  private ReliabilityFiles() {}

  /**
   * Writes the three files.
   *
   * @param alphaFrom how alpha was computed, as the {@code alpha_from} column says it ({@code
   *     pairwise}, {@code complete_cases}, {@code imputed_mean}, {@code imputed_median})
   * @param single the single layout: persons without couples, so only the group {@code all} and
   *     nothing between partners
   */
  static void write(ReliabilityReport report, Definition definition, String alphaFrom,
      boolean single, OutputStream scales, OutputStream items, OutputStream kappas)
      throws IOException {
    Utf8Builder provenance = new Utf8Builder(64).append(',').append(alphaFrom).append(',');
    CsvText.text(provenance, definition.id());
    provenance.append(',');
    CsvText.text(provenance, definition.version());
    provenance.append(',');
    CsvText.text(provenance, DyadscoreVersion.get());
    String tail = provenance.toString();
    Utf8Builder s = new Utf8Builder(4096).append(SCALES_HEADER);
    Utf8Builder i = new Utf8Builder(4096).append(ITEMS_HEADER);
    for (ScaleStatistics scale : report.scales()) {
      if (single) {
        scaleRow(s, scale, "all", scale.everyone(), null, scale.scoresEveryone(), null, tail);
        itemRows(i, scale, "all", scale.everyone());
        continue;
      }
      scaleRow(s, scale, "all", scale.everyone(), scale.dyadic(), scale.scoresEveryone(),
          scale.differenceReliability(), tail);
      scaleRow(s, scale, "A", scale.forRole(Role.A), null, scale.scores(Role.A), null, tail);
      scaleRow(s, scale, "B", scale.forRole(Role.B), null, scale.scores(Role.B), null, tail);
      itemRows(i, scale, "all", scale.everyone());
      itemRows(i, scale, "A", scale.forRole(Role.A));
      itemRows(i, scale, "B", scale.forRole(Role.B));
    }
    Utf8Builder k = new Utf8Builder(4096).append(KAPPA_HEADER);
    for (ItemKappa kappa : report.itemKappas()) {
      CsvText.text(k, kappa.item());
      k.append(',').appendDigits(kappa.couples()).append(',').appendDigits(kappa.categories());
      numbers(k, kappa.kappa(), kappa.linearKappa(), kappa.quadraticKappa());
      k.append('\n');
    }
    s.writeTo(scales);
    i.writeTo(items);
    k.writeTo(kappas);
  }

  private static void scaleRow(Utf8Builder b, ScaleStatistics scale, String group,
      ScaleReliability r, DyadicCorrelation d, ScoreSummary scores, DifferenceReliability dr,
      String provenance) {
    CsvText.text(b, scale.scaleId());
    b.append(',').append(group).append(',').appendDigits(r.personsPassed())
        .append(',').appendDigits(r.personsAnsweringAny())
        .append(',').appendDigits(r.personsComplete())
        .append(',').appendDigits(r.itemCount());
    numbers(b, r.rawAlpha(), r.standardizedAlpha(), r.feldt95().lower(), r.feldt95().upper(),
        r.averageR(), r.omegaTotal());
    if (d == null) {
      b.append(NO_DYADIC);
    } else {
      b.append(',').appendDigits(d.couples());
      numbers(b, d.doubleEntryR(), d.z(), d.p(), d.anovaIcc(), d.f());
      b.append(',').appendDigits(d.fNumeratorDf()).append(',').appendDigits(d.fDenominatorDf());
      numbers(b, d.anovaP());
    }
    b.append(',').appendDigits(scores.n());
    numbers(b, scores.mean(), scores.sd());
    if (dr == null) {
      b.append(NO_DIFFERENCE);
    } else {
      numbers(b, dr.alphaA(), dr.alphaB(), dr.sdA(), dr.sdB(), dr.correlation(),
          dr.difference(), dr.coupleMean());
    }
    b.append(provenance).append('\n');
  }

  private static void itemRows(Utf8Builder b, ScaleStatistics scale, String group,
      ScaleReliability r) {
    for (ItemReliability item : r.items()) {
      CsvText.text(b, scale.scaleId());
      b.append(',').append(group).append(',');
      CsvText.text(b, item.itemId());
      b.append(',').appendDigits(item.answers());
      numbers(b, item.mean(), item.sd(), item.correctedItemTotal(), item.alphaIfDeleted(),
          item.standardizedAlphaIfDeleted());
      b.append(',');
      CsvText.bool(b, item.possiblyMiskeyed());
      b.append('\n');
    }
  }

  private static void numbers(Utf8Builder b, double... values) {
    for (double value : values) {
      CsvText.number(b.append(','), value);
    }
  }
}
