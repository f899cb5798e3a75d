package io.github.dyadscore.batch;

import io.github.dyadscore.batch.BatchOptions.Layout;
import io.github.dyadscore.definition.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of an input file, resolved against the options and the definition. Immutable. */
final class Header {

  final Layout layout;
  final String[] names;
  final int coupleColumn;
  /** The partner column (long layout), or -1. */
  final int partnerColumn;
  /**
   * Per item, its column (long) or partner A's column (wide); -1 for a prediction item whose column
   * the file lacks (a study that did not ask for predictions), which counts as unanswered.
   */
  final int[] itemColumnsA;
  /** Per item, partner B's column (wide), or null in the long layout. */
  final int[] itemColumnsB;
  final int[] passThroughColumns;
  /** Whether the file has a column for at least one prediction item (of either partner). */
  final boolean predictionColumns;

  private Header(Layout layout, String[] names, int coupleColumn, int partnerColumn,
      int[] itemColumnsA, int[] itemColumnsB, int[] passThroughColumns, List<Item> items) {
    this.layout = layout;
    this.names = names;
    this.coupleColumn = coupleColumn;
    this.partnerColumn = partnerColumn;
    this.itemColumnsA = itemColumnsA;
    this.itemColumnsB = itemColumnsB;
    this.passThroughColumns = passThroughColumns;
    this.predictionColumns = hasPrediction(items, itemColumnsA)
        || (itemColumnsB != null && hasPrediction(items, itemColumnsB));
  }

  private static boolean hasPrediction(List<Item> items, int[] columns) {
    for (int i = 0; i < columns.length; i++) {
      if (items.get(i).isPrediction() && columns[i] >= 0) {
        return true;
      }
    }
    return false;
  }

  int width() {
    return names.length;
  }

  static Header resolve(String source, String[] raw, BatchOptions options, List<Item> items) {
    String[] names = new String[raw.length];
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < raw.length; c++) {
      names[c] = raw[c].trim();
      Integer previous = index.putIfAbsent(names[c], c);
      if (previous != null) {
        throw new BatchInputException(source, 1, "column '" + CsvText.abbreviate(names[c])
            + "' appears twice in the header (columns " + (previous + 1) + " and " + (c + 1)
            + "); expected unique names");
      }
    }
    Integer couple = index.get(options.coupleColumn());
    if (couple == null) {
      throw new BatchInputException(source, 1, "no couple id column '" + options.coupleColumn()
          + "' in the header " + shorten(names) + "; name it with --couple-column");
    }
    Layout layout = options.layout();
    if (layout == Layout.AUTO) {
      layout = detect(source, names, index, options, items);
    }
    int[] passThrough = new int[options.passThrough().size()];
    for (int p = 0; p < passThrough.length; p++) {
      Integer column = index.get(options.passThrough().get(p));
      if (column == null) {
        throw new BatchInputException(source, 1, "no pass-through column '"
            + options.passThrough().get(p) + "' in the header " + shorten(names));
      }
      passThrough[p] = column;
    }
    if (layout == Layout.LONG) {
      Integer partner = index.get(options.partnerColumn());
      if (partner == null) {
        throw new BatchInputException(source, 1, "no partner column '" + options.partnerColumn()
            + "' in the header " + shorten(names) + "; the long layout needs one (name it with "
            + "--partner-column), or use the wide layout");
      }
      return new Header(layout, names, couple, partner, columns(source, index, items, "", names),
          null, passThrough, items);
    }
    return new Header(layout, names, couple, -1,
        columns(source, index, items, options.prefixA(), names),
        columns(source, index, items, options.prefixB(), names), passThrough, items);
  }

  private static Layout detect(String source, String[] names, Map<String, Integer> index,
      BatchOptions options, List<Item> items) {
    boolean longItems = items.stream().anyMatch(i -> index.containsKey(i.id()));
    boolean wideItems = items.stream().anyMatch(i -> index.containsKey(options.prefixA() + i.id()));
    if (index.containsKey(options.partnerColumn()) && longItems) {
      return Layout.LONG;
    }
    if (wideItems) {
      return Layout.WIDE;
    }
    if (longItems) {
      return Layout.LONG; // without its partner column, which resolve reports
    }
    String first = items.get(0).id();
    throw new BatchInputException(source, 1, "cannot tell the layout from the header "
        + shorten(names) + "; expected a '" + options.partnerColumn() + "' column and item columns "
        + "such as '" + first + "' (long layout), or item columns such as '" + options.prefixA()
        + first + "' and '" + options.prefixB() + first + "' (wide layout)");
  }

  private static int[] columns(String source, Map<String, Integer> index, List<Item> items,
      String prefix, String[] names) {
    int[] columns = new int[items.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      Integer column = index.get(prefix + items.get(i).id());
      if (column == null && items.get(i).isPrediction()) {
        columns[i] = -1;
      } else if (column == null) {
        missing.add(prefix + items.get(i).id());
      } else {
        columns[i] = column;
      }
    }
    if (!missing.isEmpty()) {
      throw new BatchInputException(source, 1, "the header lacks " + missing.size()
          + " item column(s) " + shorten(missing.toArray(new String[0])) + "; every item of the "
          + "questionnaire needs a column (leave its cells empty for items nobody answered)");
    }
    return columns;
  }

  /** At most ten names, each abbreviated: a binary file can have a 10 MB "name". */
  private static String shorten(String[] names) {
    List<String> shown = Arrays.stream(names).limit(names.length <= 12 ? 12 : 10)
        .map(CsvText::abbreviate).toList();
    if (names.length <= 12) {
      return shown.toString();
    }
    return "[" + String.join(", ", shown) + ", ... (" + names.length + " in all)]";
  }
}
