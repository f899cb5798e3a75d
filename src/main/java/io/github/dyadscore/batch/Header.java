package io.github.dyadscore.batch;

import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.batch.BatchOptions.Layout;
import io.github.dyadscore.definition.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The columns of an input file, resolved against the options and the definition. Immutable. */
final class Header {

  /** A header name that reads as a number, which no column name is and an answer may be. */
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+[.,]?\\d*|[.,]\\d+)([eE][-+]?\\d+)?");

  final Layout layout;
  final String[] names;
  /** The couple id column, or the person id column of the single layout. */
  final int coupleColumn;
  /** The partner column (long layout), or -1. */
  final int partnerColumn;
  /**
   * Per item, its column (long) or partner A's column (wide); -1 for a prediction item whose column
   * the file lacks (a study that did not ask for predictions), which counts as unanswered.
   */
  final int[] itemColumnsA;
  /** Per item, partner B's column (wide), or null in the long and single layouts. */
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

  /**
   * The columns up to the last one with a name: a row may leave out the unnamed columns at the
   * end of the header (a trailing delimiter, Excel's empty columns), as R's {@code read.csv}
   * fills a short row. Every column dyadscore reads has a name, so it lies within this width.
   */
  int namedWidth() {
    int width = names.length;
    while (width > 0 && names[width - 1].isEmpty()) {
      width--;
    }
    return width;
  }

  static Header resolve(String source, String[] raw, BatchOptions options, List<Item> items) {
    String[] names = new String[raw.length];
    Map<String, Integer> index = new HashMap<>();
    Map<String, int[]> repeated = new HashMap<>();
    for (int c = 0; c < raw.length; c++) {
      names[c] = raw[c].trim();
      Integer previous = index.putIfAbsent(names[c], c);
      if (previous != null) {
        repeated.putIfAbsent(names[c], new int[] {previous, c});
      }
    }
    checkColumnsApart(source, options, items);
    // As R's read.csv: a repeated name (such as the empty names of trailing empty columns) is
    // only an error when it is a column we read.
    for (Map.Entry<String, int[]> r : repeated.entrySet()) {
      if (used(r.getKey(), options, items)) {
        throw new BatchInputException(source, 1, "column '" + CsvText.abbreviate(r.getKey())
            + "' appears twice in the header (columns " + (r.getValue()[0] + 1) + " and "
            + (r.getValue()[1] + 1) + "); expected unique names");
      }
    }
    Integer couple = index.get(options.coupleColumn());
    if (couple == null && options.layout() == Layout.SINGLE) {
      throw new BatchInputException(source, 1, "no person id column '" + options.coupleColumn()
          + "' in the header " + inHeader(names, options, items)
          + "; name it with --id-column");
    }
    if (couple == null) {
      throw new BatchInputException(source, 1, "no couple id column '" + options.coupleColumn()
          + "' in the header " + inHeader(names, options, items)
          + "; name it with --couple-column");
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
            + options.passThrough().get(p) + "' in the header "
            + inHeader(names, options, items));
      }
      passThrough[p] = column;
    }
    if (layout == Layout.SINGLE) {
      return new Header(layout, names, couple, -1, columns(source, index, items, "", names), null,
          passThrough, items);
    }
    if (layout == Layout.LONG) {
      Integer partner = index.get(options.partnerColumn());
      if (partner == null) {
        throw new BatchInputException(source, 1, "no partner column '" + options.partnerColumn()
            + "' in the header " + inHeader(names, options, items)
            + "; the long layout needs one (name it with "
            + "--partner-column), or use the wide layout");
      }
      return new Header(layout, names, couple, partner, columns(source, index, items, "", names),
          null, passThrough, items);
    }
    return new Header(layout, names, couple, -1,
        columns(source, index, items, options.prefixA(), names),
        columns(source, index, items, options.prefixB(), names), passThrough, items);
  }

  /** Whether a header name is one of the columns a run reads. */
  private static boolean used(String name, BatchOptions options, List<Item> items) {
    if (name.equals(options.coupleColumn()) || name.equals(options.partnerColumn())
        || options.passThrough().contains(name)) {
      return true;
    }
    for (Item item : items) {
      String id = item.id();
      if (name.equals(id) || name.equals(options.prefixA() + id)
          || name.equals(options.prefixB() + id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The couple and partner columns must not be item columns, and under {@link
   * Privacy#SCALES_ONLY} no pass-through column may be one: it would copy answers to the outputs.
   */
  private static void checkColumnsApart(String source, BatchOptions options, List<Item> items) {
    Set<String> itemColumns = new HashSet<>();
    for (Item item : items) {
      itemColumns.add(item.id());
      itemColumns.add(options.prefixA() + item.id());
      itemColumns.add(options.prefixB() + item.id());
    }
    for (String role : List.of("couple", "partner")) {
      String column = role.equals("couple") ? options.coupleColumn() : options.partnerColumn();
      if (itemColumns.contains(column)) {
        throw new BatchInputException(source, 1, "the " + role + " column '"
            + CsvText.abbreviate(column) + "' is also an item column of the questionnaire; "
            + "expected a " + role + " column apart from the items (name it with --" + role
            + "-column)");
      }
    }
    if (options.privacy() == Privacy.SCALES_ONLY) {
      for (String column : options.passThrough()) {
        if (itemColumns.contains(column)) {
          throw new BatchInputException(source, 1, "pass-through column '"
              + CsvText.abbreviate(column) + "' is an item column, and --scales-only writes no "
              + "item answer; expected pass-through columns that are not items");
        }
      }
    }
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
        + inHeader(names, options, items) + "; expected a '" + options.partnerColumn()
        + "' column and item columns "
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

  /**
   * The header's names as a message shows them. A header none of whose names is a column the run
   * reads is most likely a first row of answers (a file without a header row): its cells are not
   * shown, since they would print one person's answers. Otherwise the names, with any that reads
   * as a number shown as {@code <a number>}: a column name is not a number, an answer is.
   */
  private static String inHeader(String[] names, BatchOptions options, List<Item> items) {
    boolean header = false;
    for (String name : names) {
      header |= used(name, options, items);
    }
    if (!header) {
      return "(" + names.length + (names.length == 1 ? " column" : " columns") + ", no name "
          + "that is the couple column or an item of the questionnaire, so it may be a first row "
          + "of answers: the file needs a header row; the cells are not shown)";
    }
    String[] shown = new String[names.length];
    for (int c = 0; c < names.length; c++) {
      shown[c] = NUMBER.matcher(names[c]).matches() ? "<a number>" : names[c];
    }
    return shorten(shown);
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
