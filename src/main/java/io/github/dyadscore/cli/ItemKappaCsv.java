package io.github.dyadscore.cli;

import io.github.dyadscore.stats.ItemKappa;
import io.github.dyadscore.stats.ReliabilityReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleFunction;

/**
 * {@code reliability-kappa.csv}: per item, how well the partners agree on it beyond chance, over
 * the complete couples in which both answered it (Cohen's kappa, linearly and quadratically
 * weighted, as {@code psych::cohen.kappa} computes them; see {@link ItemKappa}).
 */
final class ItemKappaCsv {

  private ItemKappaCsv() {}

  static void write(ReliabilityReport report, Path file, DoubleFunction<String> number)
      throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("item,couples,categories,kappa,kappa_linear,kappa_quadratic\n");
      for (ItemKappa k : report.itemKappas()) {
        w.write(k.item() + "," + k.couples() + "," + k.categories() + ","
            + number.apply(k.kappa()) + "," + number.apply(k.linearKappa()) + ","
            + number.apply(k.quadraticKappa()) + "\n");
      }
    }
  }
}
