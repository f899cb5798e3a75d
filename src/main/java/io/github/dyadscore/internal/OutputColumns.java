package io.github.dyadscore.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The column names the batch outputs make of scale ids and pass-through columns, and the check
 * that they stay unique and unambiguous: two names clash when they are equal, equal once case is
 * ignored (SPSS, SAS and Stata fold case), or equal once R's {@code read.csv} has made syntactic
 * names of them ({@code make.names}: {@code a-b} and {@code a.b} both become {@code a.b}, and
 * {@code read.csv} would silently rename the second {@code a.b.1}). Every suffix is reserved for
 * every scale, whether or not it has norms or bands, so adding reference data later cannot make a
 * valid definition invalid.
 */
public final class OutputColumns {

  /** A column one file gets from a scale or pass-through column, and what it holds. */
  private record Column(String file, String name, String owner, String what) {}

  private static final String PERSONS = "persons.csv";
  private static final String COUPLES = "couples.csv";
  private static final String PAIRWISE = "pairwise.csv";

  /** Per file, the columns every run writes. */
  private static final Map<String, List<String>> FIXED = Map.of(
      PERSONS, List.of("couple", "partner"),
      COUPLES, List.of("couple", "partners", "profile_r", "profile_mad", "profile_items"),
      PAIRWISE, List.of("couple", "role"));

  /** The suffixes a scale id gets, per file, with what the column holds. */
  private static final Map<String, Map<String, String>> SCALE_SUFFIXES = Map.of(
      PERSONS, ordered("", "its score", "_answered", "its items answered", "_status",
          "its status", "_z", "its z score", "_t", "its T score", "_percentile",
          "its percentile", "_band", "its band"),
      COUPLES, ordered("_A", "partner A's score", "_B", "partner B's score", "_diff",
          "the difference", "_absdiff", "the absolute difference", "_mean", "the couple mean",
          "_reliable", "the reliable-difference flag", "_pca", "the positive agreement"),
      PAIRWISE, ordered("_actor", "the actor's score", "_partner", "the partner's score"));

  private static final Set<String> R_RESERVED = Set.of("if", "else", "repeat", "while",
      "function", "for", "next", "break", "TRUE", "FALSE", "NULL", "Inf", "NaN", "NA",
      "NA_integer_", "NA_real_", "NA_complex_", "NA_character_", "in");

  private OutputColumns() {}

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /**
   * The name R's {@code make.names} makes of a column name: every character other than a letter,
   * digit, dot or underscore becomes a dot; a name that does not start with a letter (or a dot not
   * followed by a digit) gets a leading {@code X}; a reserved word gets a trailing dot.
   *
   * @param name a column name
   * @return the syntactic name
   */
  public static String rName(String name) {
    StringBuilder b = new StringBuilder(name.length() + 1);
    name.codePoints().forEach(c -> b.append(Character.isLetterOrDigit(c) || c == '.' || c == '_'
        ? Character.toString(c) : "."));
    String made = b.toString();
    boolean valid = !made.isEmpty() && (Character.isLetter(made.codePointAt(0))
        || made.charAt(0) == '.' && (made.length() == 1 || !Character.isDigit(made.charAt(1))));
    if (!valid) {
      made = "X" + made;
    }
    return R_RESERVED.contains(made) ? made + "." : made;
  }

  /** The key under which two names clash. */
  private static String key(String name) {
    return rName(name).toLowerCase(Locale.ROOT);
  }

  /**
   * The first clash of each scale's columns with a fixed column or an earlier scale's column.
   *
   * @param scaleIds the scale ids, in definition order
   * @return per clashing scale id, in order, the message of its problem
   */
  public static Map<String, String> scaleClashes(List<String> scaleIds) {
    Map<String, Map<String, Column>> taken = fixedColumns();
    Map<String, String> clashes = new LinkedHashMap<>();
    for (String id : scaleIds) {
      List<Column> columns = scaleColumns(id);
      String clash = firstClash(columns, taken, "scale id " + JsonTree.quote(id),
          "expected scale ids whose output columns differ");
      if (clash != null) {
        clashes.put(id, clash);
      } else {
        columns.forEach(c -> taken.get(c.file()).put(key(c.name()), c));
      }
    }
    return clashes;
  }

  /**
   * The first clash of the columns made of pass-through columns with the fixed columns, the
   * scales' columns and each other.
   *
   * @param passThrough the pass-through column names, in order
   * @param scaleIds the definition's scale ids
   * @return the message, or null when every name is unique
   */
  public static String passThroughClash(List<String> passThrough, List<String> scaleIds) {
    Map<String, Map<String, Column>> taken = fixedColumns();
    for (String id : scaleIds) {
      scaleColumns(id).forEach(c -> taken.get(c.file()).putIfAbsent(key(c.name()), c));
    }
    for (String name : passThrough) {
      String owner = "pass-through column " + JsonTree.quote(name);
      List<Column> columns = List.of(new Column(PERSONS, name, owner, "its copy"),
          new Column(PAIRWISE, name, owner, "its copy"),
          new Column(COUPLES, name + "_A", owner, "partner A's copy"),
          new Column(COUPLES, name + "_B", owner, "partner B's copy"));
      String clash = firstClash(columns, taken, owner, "expected pass-through columns whose "
          + "output columns differ from each other and from the scales' (rename the column in "
          + "the input file)");
      if (clash != null) {
        return clash;
      }
      columns.forEach(c -> taken.get(c.file()).put(key(c.name()), c));
    }
    return null;
  }

  private static Map<String, Map<String, Column>> fixedColumns() {
    Map<String, Map<String, Column>> taken = new HashMap<>();
    FIXED.forEach((file, names) -> {
      Map<String, Column> columns = new HashMap<>();
      names.forEach(n -> columns.put(key(n), new Column(file, n, null, null)));
      taken.put(file, columns);
    });
    return taken;
  }

  private static List<Column> scaleColumns(String id) {
    List<Column> columns = new ArrayList<>();
    String owner = "scale " + JsonTree.quote(id);
    for (String file : List.of(PERSONS, COUPLES, PAIRWISE)) {
      SCALE_SUFFIXES.get(file).forEach((suffix, what) ->
          columns.add(new Column(file, id + suffix, owner, what)));
    }
    return columns;
  }

  private static String firstClash(List<Column> columns, Map<String, Map<String, Column>> taken,
      String subject, String expected) {
    for (Column c : columns) {
      Column other = taken.get(c.file()).get(key(c.name()));
      if (other == null) {
        continue;
      }
      String how = c.name().equals(other.name()) ? ""
          : c.name().equalsIgnoreCase(other.name()) ? " when case is ignored, as SPSS, SAS and "
              + "Stata read names"
          : " once R's read.csv has made syntactic names of both ("
              + JsonTree.quote(rName(c.name())) + ")";
      String whose = other.owner() == null
          ? "the fixed column " + JsonTree.quote(other.name())
          : "the column " + JsonTree.quote(other.name()) + " of " + other.owner() + " ("
              + other.what() + ")";
      return subject + " gives the column " + JsonTree.quote(c.name()) + " in " + c.file()
          + " (" + c.what() + "), which clashes with " + whose + how + "; " + expected;
    }
    return null;
  }
}
