package io.github.dyadscore.batch;

import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.batch.BatchOptions.Output;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.couple.ProfileDistance;
import io.github.dyadscore.couple.ProfileSimilarity;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.internal.NormativeProfile;
import io.github.dyadscore.internal.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * couples.csv: one line per couple with at least one scored partner: both scores per scale, their
 * difference, absolute difference and mean, whether the difference is reliable, positive couple
 * agreement; the profile similarity; with {@link Output#WITHIN_COUPLE_AGREEMENT}, r_wg(J) per
 * scale; with {@link Output#PROFILE_ANATOMY}, Cronbach and Gleser's D^2 and its parts; with {@link
 * Output#DISTINCTIVE_PROFILES}, the distinctive profile
 * correlation and each partner's normativeness (Furr 2008). The columns beyond the scores cost a
 * few passes over the couple's item arrays, nothing per row of the file.
 *
 * <p>The comparisons are computed here rather than taken from a {@link CoupleReport}, which would
 * score both partners again and build records this line does not need; they are the engine's own
 * computations, so they equal the report's.
 */
final class CouplesWriter implements TableWriter {

  private final List<String> columns;
  private final int scaleCount;
  private final boolean distinctive;
  private final boolean anatomy;
  private final boolean rwg;
  /** The "NA" cells after profile_items of a couple with one partner. */
  private final String absentProfile;

  CouplesWriter(Definition definition, BatchOptions options) {
    List<Scale> scales = definition.scales();
    this.scaleCount = scales.size();
    anatomy = options.outputs().contains(Output.PROFILE_ANATOMY);
    rwg = options.outputs().contains(Output.WITHIN_COUPLE_AGREEMENT);
    distinctive = options.outputs().contains(Output.DISTINCTIVE_PROFILES);
    List<String> names = new ArrayList<>(List.of("couple", "partners"));
    options.passThrough().forEach(name -> names.add(name + "_A"));
    options.passThrough().forEach(name -> names.add(name + "_B"));
    for (Scale scale : scales) {
      String s = scale.id();
      names.addAll(List.of(s + "_A", s + "_B", s + "_diff", s + "_absdiff", s + "_mean",
          s + "_reliable", s + "_pca"));
      if (rwg) {
        names.add(s + "_rwg");
      }
    }
    names.addAll(List.of("profile_r", "profile_mad", "profile_items"));
    int profileColumns = names.size();
    if (anatomy) {
      names.addAll(List.of("profile_d2", "profile_d", "profile_elevation", "profile_scatter",
          "profile_shape"));
    }
    if (distinctive) {
      names.addAll(List.of("profile_distinctive_r", "profile_normativeness_A",
          "profile_normativeness_B"));
    }
    this.columns = List.copyOf(names);
    this.absentProfile = ",NA".repeat(3 + names.size() - profileColumns);
  }

  @Override
  public String fileName() {
    return BatchScorer.COUPLES;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public int chunkCapacity() {
    return 1 << 16;
  }

  @Override
  public void write(ScoredCouple couple, Utf8Builder out) {
    if (couple.persons.isEmpty()) {
      return;
    }
    ScoringEngine engine = couple.engine();
    @Nullable Person a = couple.a;
    @Nullable Person b = couple.b;
    // Under SCALES_ONLY the engine withholds (NaN) what rests on too few items (Privacy).
    Privacy privacy = couple.options().privacy();
    CsvText.text(out, couple.couple());
    boolean complete = a != null && b != null;
    out.append(',').append(complete ? '2' : '1');
    couple.appendPassThrough(out, a);
    couple.appendPassThrough(out, b);
    for (int s = 0; s < scaleCount; s++) {
      double va = a == null ? Double.NaN : a.values[s];
      double vb = b == null ? Double.NaN : b.values[s];
      double diff = va - vb;
      Person.appendScore(out.append(','), a, s);
      Person.appendScore(out.append(','), b, s);
      int from = out.append(',').length();
      int to = CsvText.number(out, diff).length();
      // |diff| is diff's text without its sign: the rounding is the same for both signs.
      out.append(',').appendCopy(out, out.byteAt(from) == '-' ? from + 1 : from, to);
      CsvText.number(out.append(','), (va + vb) / 2);
      out.append(',');
      double critical = complete ? engine.criticalDifference(s) : Double.NaN;
      if (Double.isNaN(diff) || Double.isNaN(critical)) {
        out.append(CsvText.NA);
      } else {
        CsvText.bool(out, Math.abs(diff) > critical);
      }
      CsvText.number(out.append(','),
          complete ? engine.positiveAgreement(s, a.keyed, b.keyed, privacy) : Double.NaN);
      if (rwg) {
        CsvText.number(out.append(','), complete
            ? engine.withinCoupleAgreement(s, a.keyed, b.keyed, privacy) : Double.NaN);
      }
    }
    if (!complete) {
      out.append(absentProfile).append('\n');
      return;
    }
    ProfileSimilarity profile = engine.profile(a.keyed, b.keyed, privacy, anatomy);
    CsvText.number(out.append(','), profile.correlation());
    CsvText.number(out.append(','), profile.meanAbsoluteDifference());
    CsvText.integer(out.append(','), profile.itemsUsed());
    if (anatomy) {
      ProfileDistance distance = profile.distance();
      CsvText.number(out.append(','), distance.squared());
      CsvText.number(out.append(','), distance.distance());
      CsvText.number(out.append(','), distance.elevation());
      CsvText.number(out.append(','), distance.scatter());
      CsvText.number(out.append(','), distance.shape());
    }
    NormativeProfile normative = couple.normativeProfile();
    if (distinctive && normative != null) {
      CsvText.number(out.append(','), normative.distinctiveCorrelation(a.keyed, b.keyed, privacy));
      CsvText.number(out.append(','), normative.normativeness(a.keyed, privacy));
      CsvText.number(out.append(','), normative.normativeness(b.keyed, privacy));
    }
    out.append('\n');
  }
}
