package io.github.dyadscore.batch;

import io.github.dyadscore.stats.DyadicCorrelation;
import io.github.dyadscore.stats.ItemReliability;
import io.github.dyadscore.stats.ReliabilityReport;
import io.github.dyadscore.stats.Role;
import io.github.dyadscore.stats.ScaleReliability;
import io.github.dyadscore.stats.ScaleStatistics;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@code reliability.csv} and {@code reliability-items.csv}: numbers as R's {@code
 * write.csv} writes them (15 significant digits, {@code NA}), like every other output.
 */
final class ReliabilityFiles {

  private static final String SCALES_HEADER = "scale,group,n_rows,n_any,n_complete,k,raw_alpha,"
      + "std_alpha,feldt_lower,feldt_upper,average_r,couples,double_entry_r,z,p,anova_icc,f,df1,"
      + "df2,f_p\n";
  private static final String ITEMS_HEADER = "scale,group,item,answers,mean,sd,r_drop,"
      + "alpha_if_deleted,std_alpha_if_deleted,possibly_miskeyed\n";

  private ReliabilityFiles() {}

  static void write(ReliabilityReport report, OutputStream scales, OutputStream items)
      throws IOException {
    Utf8Builder s = new Utf8Builder(4096).append(SCALES_HEADER);
    Utf8Builder i = new Utf8Builder(4096).append(ITEMS_HEADER);
    for (ScaleStatistics scale : report.scales()) {
      scaleRow(s, scale, "all", scale.everyone(), scale.dyadic());
      scaleRow(s, scale, "A", scale.forRole(Role.A), null);
      scaleRow(s, scale, "B", scale.forRole(Role.B), null);
      itemRows(i, scale, "all", scale.everyone());
      itemRows(i, scale, "A", scale.forRole(Role.A));
      itemRows(i, scale, "B", scale.forRole(Role.B));
    }
    s.writeTo(scales);
    i.writeTo(items);
  }

  private static void scaleRow(Utf8Builder b, ScaleStatistics scale, String group,
      ScaleReliability r, DyadicCorrelation d) {
    CsvText.text(b, scale.scaleId());
    b.append(',').append(group).append(',').appendDigits(r.personsPassed())
        .append(',').appendDigits(r.personsAnsweringAny())
        .append(',').appendDigits(r.personsComplete())
        .append(',').appendDigits(r.itemCount());
    numbers(b, r.rawAlpha(), r.standardizedAlpha(), r.feldt95().lower(), r.feldt95().upper(),
        r.averageR());
    if (d == null) {
      b.append(",NA,NA,NA,NA,NA,NA,NA,NA,NA");
    } else {
      b.append(',').appendDigits(d.couples());
      numbers(b, d.doubleEntryR(), d.z(), d.p(), d.anovaIcc(), d.f());
      b.append(',').appendDigits(d.fNumeratorDf()).append(',').appendDigits(d.fDenominatorDf());
      numbers(b, d.anovaP());
    }
    b.append('\n');
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
