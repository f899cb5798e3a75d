package io.github.dyadscore.stats;

import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.ResponseOption;
import io.github.dyadscore.definition.ResponseScale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per item, the contingency table of the two partners' keyed answers over the complete couples
 * that both answered it: what {@link CohenKappa} needs. Memory is the square of each item's
 * number of options, independent of the number of couples; counts are integers, so merging in any
 * order gives the same tables. Not thread-safe.
 */
final class KappaTables {

  private final String[] itemIds;
  /** Per item, its possible keyed values, sorted and distinct. */
  private final double[][] values;
  private final long[][] tables;

  KappaTables(Definition definition) {
    List<Item> items = definition.items();
    itemIds = new String[items.size()];
    values = new double[items.size()][];
    tables = new long[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      ResponseScale scale = definition.responseScale(item.responseScale()).orElseThrow();
      double lo = scale.minValue();
      double hi = scale.maxValue();
      itemIds[i] = item.id();
      values[i] = scale.options().stream().mapToDouble(ResponseOption::value)
          .map(v -> item.reversed() ? lo + hi - v : v).distinct().sorted().toArray();
      tables[i] = new long[values[i].length * values[i].length];
    }
  }

  /** Adds one complete couple's keyed answers (NaN for unanswered). */
  void add(double[] keyedA, double[] keyedB) {
    for (int i = 0; i < tables.length; i++) {
      int a = Arrays.binarySearch(values[i], keyedA[i]);
      int b = Arrays.binarySearch(values[i], keyedB[i]);
      if (a >= 0 && b >= 0) { // NaN is never found
        tables[i][a * values[i].length + b]++;
      }
    }
  }

  void merge(KappaTables other) {
    for (int i = 0; i < tables.length; i++) {
      for (int c = 0; c < tables[i].length; c++) {
        tables[i][c] += other.tables[i][c];
      }
    }
  }

  List<ItemKappa> result() {
    List<ItemKappa> result = new ArrayList<>(tables.length);
    for (int i = 0; i < tables.length; i++) {
      result.add(CohenKappa.of(itemIds[i], tables[i], values[i].length));
    }
    return result;
  }
}
