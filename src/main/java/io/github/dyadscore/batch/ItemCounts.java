package io.github.dyadscore.batch;

import io.github.dyadscore.batch.BatchOptions.Imputation;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.ResponseOption;
import io.github.dyadscore.definition.ResponseScale;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How often each option of each item was chosen: the first pass of an imputing run. Counts are
 * integers, so merging chunks in any order gives the same totals, and the median is exact. Not
 * thread-safe; each chunk fills its own and the reader merges them.
 */
final class ItemCounts {

  /** Per item, its options' codes, sorted. */
  private final int[][] codes;
  /** Per item, the point value (before reverse keying) of each code in {@link #codes}. */
  private final double[][] values;
  private final long[][] counts;

  private ItemCounts(int[][] codes, double[][] values) {
    this.codes = codes;
    this.values = values;
    this.counts = new long[codes.length][];
    for (int i = 0; i < codes.length; i++) {
      counts[i] = new long[codes[i].length];
    }
  }

  static ItemCounts of(Definition definition) {
    List<Item> items = definition.items();
    int[][] codes = new int[items.size()][];
    double[][] values = new double[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      ResponseScale scale = definition.responseScale(items.get(i).responseScale()).orElseThrow();
      List<ResponseOption> options = scale.options().stream()
          .sorted(Comparator.comparingInt(ResponseOption::code)).toList();
      codes[i] = options.stream().mapToInt(ResponseOption::code).toArray();
      values[i] = options.stream().mapToDouble(ResponseOption::value).toArray();
    }
    return new ItemCounts(codes, values);
  }

  ItemCounts emptyCopy() {
    return new ItemCounts(codes, values);
  }

  /** Counts one answer; codes that are not options (missing codes) are not counted. */
  void add(int item, int code) {
    int k = Arrays.binarySearch(codes[item], code);
    if (k >= 0) {
      counts[item][k]++;
    }
  }

  void addAll(ItemCounts other) {
    for (int i = 0; i < counts.length; i++) {
      for (int k = 0; k < counts[i].length; k++) {
        counts[i][k] += other.counts[i][k];
      }
    }
  }

  /**
   * Each item's fill-in value, keyed: the sample mean or median x of its point values, as R's
   * {@code mean} and {@code median} compute them over the answered rows, then reverse keyed as
   * {@code lo + hi - x} for a reversed item, where lo and hi are the smallest and largest point
   * values of its response scale (psych's {@code scoreItems} with {@code min} and {@code max}
   * given). NaN for an item nobody answered: it stays unanswered.
   */
  double[] imputedKeyed(Imputation imputation, Definition definition) {
    List<Item> items = definition.items();
    double[] fill = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      double raw = imputation == Imputation.MEAN ? mean(i) : median(i);
      ResponseScale scale = definition.responseScale(items.get(i).responseScale()).orElseThrow();
      fill[i] = items.get(i).reversed() ? scale.minValue() + scale.maxValue() - raw : raw;
    }
    return fill;
  }

  /** The sum of values over the count, the sum taken exactly for whole-number values. */
  private double mean(int item) {
    long n = 0;
    double sum = 0;
    for (int k = 0; k < codes[item].length; k++) {
      n += counts[item][k];
      sum += values[item][k] * counts[item][k];
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** The middle value in sorted order, or the mean of the two middle values for an even count. */
  private double median(int item) {
    int m = codes[item].length;
    Integer[] order = new Integer[m];
    long n = 0;
    for (int k = 0; k < m; k++) {
      order[k] = k;
      n += counts[item][k];
    }
    if (n == 0) {
      return Double.NaN;
    }
    Arrays.sort(order, Comparator.comparingDouble(k -> values[item][k]));
    double lower = valueAt(item, order, (n - 1) / 2);
    double upper = valueAt(item, order, n / 2);
    return n % 2 == 1 ? lower : (lower + upper) / 2;
  }

  /** The value at a 0-based position of the sorted sample. */
  private double valueAt(int item, Integer[] order, long position) {
    long seen = 0;
    for (Integer k : order) {
      seen += counts[item][k];
      if (position < seen) {
        return values[item][k];
      }
    }
    throw new IllegalStateException("position beyond the sample");
  }
}
