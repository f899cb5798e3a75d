package io.github.dyadscore.stats;

/**
 * Cohen's (1960) kappa and weighted kappa (Cohen 1968, Psychol Bull 70:213-220) of two raters'
 * answers to one item, computed from their contingency table as R's {@code psych::cohen.kappa}
 * does (psych 2.2.9, {@code cohen.kappa1}).
 *
 * <p><b>Categories.</b> psych takes the categories from the data, not from the response scale:
 * the sorted distinct values that either rater gave ({@code levels(as.factor(cbind(x1, x2)))},
 * numeric order), {@code c} of them, and the weights depend on the categories' positions {@code
 * i, j} in that list, not on their values. An option nobody chose is not a category.
 *
 * <p><b>Formulas.</b> With {@code p_ij} the proportion of pairs in cell {@code (i, j)}, row and
 * column margins {@code p_i.}, {@code p_.j} and weights {@code w_ij}:
 *
 * <pre>
 * kappa    = (p_o - p_c) / (1 - p_c),  p_o = sum_i p_ii,  p_c = sum_i p_i. p_.i
 * kappa_w  = (sum w_ij p_ij - sum w_ij p_i. p_.j) / (1 - sum w_ij p_i. p_.j)
 * linear:    w_ij = 1 - |i - j| / (c - 1)
 * quadratic: w_ij = 1 - (i - j)^2 / (c - 1)^2   (psych's default weights)
 * </pre>
 *
 * With fewer than two categories every kappa is NaN: psych returns NA for kappa and stops with an
 * error for the weighted kappa there. Pairs with a missing answer do not count ({@code table}
 * drops them).
 */
final class CohenKappa {

  private CohenKappa() {}

  /**
   * The kappas of one item.
   *
   * @param item the item's id
   * @param table the contingency table of keyed values over all possible values, {@code
   *     table[i * size + j]} the number of pairs with A in value {@code i} and B in value {@code j}
   * @param size the number of possible values
   * @return the kappas
   */
  static ItemKappa of(String item, long[] table, int size) {
    // The categories psych sees: values either rater used.
    int[] used = new int[size];
    int c = 0;
    long n = 0;
    for (int v = 0; v < size; v++) {
      long row = 0;
      long column = 0;
      for (int w = 0; w < size; w++) {
        row += table[v * size + w];
        column += table[w * size + v];
      }
      n += row;
      if (row > 0 || column > 0) {
        used[c++] = v;
      }
    }
    if (c < 2) {
      return new ItemKappa(item, n, c, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] rows = new double[c];
    double[] columns = new double[c];
    double[][] p = new double[c][c];
    for (int i = 0; i < c; i++) {
      for (int j = 0; j < c; j++) {
        p[i][j] = (double) table[used[i] * size + used[j]] / n;
        rows[i] += p[i][j];
        columns[j] += p[i][j];
      }
    }
    double observed = 0;
    double chance = 0;
    double observedLinear = 0;
    double chanceLinear = 0;
    double observedQuadratic = 0;
    double chanceQuadratic = 0;
    double last = c - 1;
    for (int i = 0; i < c; i++) {
      observed += p[i][i];
      chance += rows[i] * columns[i];
      for (int j = 0; j < c; j++) {
        double distance = Math.abs(i - j);
        double linear = 1 - distance / last;
        double quadratic = 1 - distance * distance / (last * last);
        double expected = rows[i] * columns[j];
        observedLinear += linear * p[i][j];
        chanceLinear += linear * expected;
        observedQuadratic += quadratic * p[i][j];
        chanceQuadratic += quadratic * expected;
      }
    }
    return new ItemKappa(item, n, c, (observed - chance) / (1 - chance),
        (observedLinear - chanceLinear) / (1 - chanceLinear),
        (observedQuadratic - chanceQuadratic) / (1 - chanceQuadratic));
  }
}
