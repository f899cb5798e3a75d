package io.github.dyadscore.batch;

import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.report.Audience;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a batch is read and what is written: an immutable value, built with {@link #builder()} or
 * changed with {@link #toBuilder()}.
 *
 * <p>Defaults ({@link #defaults()}): layout detected from the header; couple id column {@code
 * couple}; partner column {@code partner} with labels {@code A} and {@code B}; wide prefixes
 * {@code A_} and {@code B_}; delimiter detected among comma, semicolon and tab; missing-value
 * tokens empty, {@code NA} and {@code .} (the definition's missing codes count as unanswered too);
 * no pass-through columns; no optional outputs; {@link Privacy#SHARE_ITEMS}; no imputation; one
 * worker thread per available processor; reports for {@link Audience#THERAPIST}; no flush to disk
 * before the commit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param layout how rows map to persons
 * @param coupleColumn the header name of the couple id column; in the {@link Layout#SINGLE}
 *     layout, of the person id column (set with {@link Builder#idColumn}, default {@code id})
 * @param partnerColumn the header name of the partner column (long layout)
 * @param partnerA the label of the first partner in the partner column (long layout)
 * @param partnerB the label of the second partner
 * @param prefixA the prefix of the first partner's item columns (wide layout), such as {@code A_}
 * @param prefixB the prefix of the second partner's item columns
 * @param delimiter the field delimiter
 * @param missingTokens cell texts (after trimming spaces) that mean unanswered
 * @param passThrough names of further columns copied to the outputs, such as {@code wave}
 * @param outputs the optional outputs to write
 * @param privacy {@link Privacy#SCALES_ONLY} to write no item-level comparison at all
 * @param imputation how missing answers are filled before scoring
 * @param threads the number of scoring threads, 1 to {@link #MAX_THREADS}
 * @param reportAudience who the reports in {@code reports.jsonl} are for (see {@link Audience});
 *     under {@link Privacy#SCALES_ONLY} no audience's report holds item answers
 * @param htmlReports the folder for one HTML page per complete couple and its {@code index.html}
 *     (for {@code reportAudience}), or null for none
 * @param syncToDisk whether a run flushes its outputs to disk ({@code fsync}) before it commits
 *     them, so that its set of outputs also survives a power failure or a crash of the operating
 *     system; off by default (see {@link Builder#syncToDisk})
 * @since 0.1.0
 */
public record BatchOptions(
    Layout layout,
    String coupleColumn,
    String partnerColumn,
    String partnerA,
    String partnerB,
    String prefixA,
    String prefixB,
    Delimiter delimiter,
    List<String> missingTokens,
    List<String> passThrough,
    Set<Output> outputs,
    Privacy privacy,
    Imputation imputation,
    int threads,
    Audience reportAudience,
    @Nullable Path htmlReports,
    boolean syncToDisk) {

  /**
   * The most scoring threads a run may use. More threads than processors add no speed; the limit
   * keeps a mistyped count (such as 100000) from exhausting the machine's threads. The default is
   * the number of processors, at most this.
   *
   * @since 0.1.0
   */
  public static final int MAX_THREADS = 256;

  /** How rows of the input map to persons and couples. */
  public enum Layout {
    /** Long when the header has the partner column, wide when it has prefixed item columns. */
    AUTO,
    /** One row per person: a couple id, a partner label and one column per item. */
    LONG,
    /** One row per couple: a couple id and each item twice, prefixed per partner. */
    WIDE,
    /**
     * One row per person of a questionnaire one person answers: a person id and one column per
     * item, with no couple or partner. Only persons.csv and errors.csv are written; nothing is
     * paired. Never detected: ask for it.
     */
    SINGLE
  }

  /** The field delimiter of the input. */
  public enum Delimiter {
    /** The most frequent of comma, semicolon and tab in the header line (comma on a tie). */
    AUTO,
    /** {@code ,} */
    COMMA,
    /** {@code ;}, common where the decimal separator is a comma. */
    SEMICOLON,
    /** A tab character. */
    TAB
  }

  /** Optional output files. */
  public enum Output {
    /** {@code item-divergences.csv}: one row per couple and item both partners answered. */
    ITEM_DIVERGENCES,
    /** {@code reports.jsonl}: one full couple report per line, as JSON. */
    REPORTS,
    /**
     * Three more {@code couples.csv} columns against the sample's normative profile (Furr 2008):
     * the distinctive profile correlation and each partner's normativeness. The normative
     * profile is the mean keyed answer per item over every person scored, so the file is read
     * twice (once when an imputing run reads it twice anyway).
     */
    DISTINCTIVE_PROFILES,
    /**
     * Five more {@code couples.csv} columns: Cronbach and Gleser's D^2, D, and D^2's elevation,
     * scatter and shape parts. Off by default so that the default run writes no column it was not
     * asked for: each costs a 15-digit number per couple.
     *
     * @since 0.1.0
     */
    PROFILE_ANATOMY,
    /**
     * One more {@code couples.csv} column per scale: within-couple agreement r_wg(J) ({@code
     * <scale>_rwg}). Off by default, as {@link #PROFILE_ANATOMY}.
     *
     * @since 0.1.0
     */
    WITHIN_COUPLE_AGREEMENT
  }

  /**
   * How a missing answer is treated, for compatibility with R psych's {@code scoreItems(impute =
   * ...)}.
   */
  public enum Imputation {
    /**
     * No imputation: each scale is scored from the answered items by the definition's method
     * ({@code impute = "none"} for mean scales).
     */
    NONE,
    /**
     * A missing answer gets the item's mean point value over every person scored in the file
     * (before reverse keying, then keyed: {@code min + max - x}).
     */
    MEAN,
    /**
     * A missing answer gets the item's median point value over every person scored in the file;
     * with an even count, the mean of the two middle values, as R's {@code median}.
     */
    MEDIAN
  }

  /**
   * Creates options after checking every field; copies the collections.
   *
   * @param layout how rows map to persons
   * @param coupleColumn the header name of the couple id column
   * @param partnerColumn the header name of the partner column (long layout)
   * @param partnerA the label of the first partner in the partner column (long layout)
   * @param partnerB the label of the second partner
   * @param prefixA the prefix of the first partner's item columns (wide layout), such as {@code A_}
   * @param prefixB the prefix of the second partner's item columns
   * @param delimiter the field delimiter
   * @param missingTokens cell texts (after trimming spaces) that mean unanswered
   * @param passThrough names of further columns copied to the outputs, such as {@code wave}
   * @param outputs the optional outputs to write
   * @param privacy {@link Privacy#SCALES_ONLY} to write no item-level comparison at all
   * @param imputation how missing answers are filled before scoring
   * @param threads the number of scoring threads, 1 to {@link #MAX_THREADS}
   * @param reportAudience who the reports in {@code reports.jsonl} are for (see {@link Audience})
   * @param htmlReports the folder for one HTML page per complete couple, or null
   * @param syncToDisk whether a run flushes its outputs to disk before it commits them
   * @throws IllegalArgumentException if a column name, label or prefix is blank; if the couple
   *     and partner columns, the two labels or the two prefixes clash; if a pass-through column is
   *     listed twice or is the couple or partner column; if item divergences are asked for under
   *     {@link Privacy#SCALES_ONLY}; or if {@code threads} is not 1 to {@link #MAX_THREADS}
   */
  public BatchOptions {
    nonBlank(coupleColumn, "couple column");
    nonBlank(partnerColumn, "partner column");
    nonBlank(partnerA, "partner label A");
    nonBlank(partnerB, "partner label B");
    nonBlank(prefixA, "prefix A");
    nonBlank(prefixB, "prefix B");
    if (layout != Layout.SINGLE && coupleColumn.equals(partnerColumn)) {
      throw new IllegalArgumentException("the couple column and the partner column are both '"
          + coupleColumn + "'; expected two different columns");
    }
    if (partnerA.equals(partnerB)) {
      throw new IllegalArgumentException("both partner labels are '" + partnerA
          + "'; expected two different labels such as A and B");
    }
    if (prefixA.startsWith(prefixB) || prefixB.startsWith(prefixA)) {
      throw new IllegalArgumentException("prefixes '" + prefixA + "' and '" + prefixB
          + "' are ambiguous; expected prefixes neither of which starts the other, such as A_ "
          + "and B_");
    }
    missingTokens = List.copyOf(missingTokens);
    passThrough = List.copyOf(passThrough);
    Set<String> seen = new HashSet<>();
    for (String column : passThrough) {
      nonBlank(column, "pass-through column");
      if (!seen.add(column)) {
        throw new IllegalArgumentException("pass-through column '" + column + "' is listed twice");
      }
      if (column.equals(coupleColumn) || column.equals(partnerColumn)) {
        throw new IllegalArgumentException("pass-through column '" + column
            + "' is the couple or partner column, which every output has already");
      }
    }
    outputs = outputs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outputs));
    if (privacy == Privacy.SCALES_ONLY && outputs.contains(Output.ITEM_DIVERGENCES)) {
      throw new IllegalArgumentException("item divergences show both partners' item answers, "
          + "which privacy SCALES_ONLY forbids; drop one of the two");
    }
    if (layout == Layout.SINGLE && !outputs.isEmpty()) {
      throw new IllegalArgumentException("the single layout has no couples, so there is nothing "
          + "to compare in " + outputs.stream().map(o -> o.name().toLowerCase(Locale.ROOT)
              .replace('_', '-')).sorted().toList() + "; drop the single layout or these outputs");
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "threads is %d; expected 1 "
          + "to %d (this machine has %d processors; more threads than processors add no speed)",
          threads, MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }
  }

  private static void nonBlank(String value, String what) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank; expected a name");
    }
  }

  /**
   * The default options.
   *
   * @return the defaults, as described in the class comment
   */
  public static BatchOptions defaults() {
    return builder().build();
  }

  /**
   * Starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts from these options.
   *
   * @return a builder holding these options
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.layout = layout;
    b.coupleColumn = coupleColumn;
    if (layout == Layout.SINGLE) {
      b.idColumn = coupleColumn;
    }
    b.partnerColumn = partnerColumn;
    b.partnerA = partnerA;
    b.partnerB = partnerB;
    b.prefixA = prefixA;
    b.prefixB = prefixB;
    b.delimiter = delimiter;
    b.missingTokens = new ArrayList<>(missingTokens);
    b.passThrough = new ArrayList<>(passThrough);
    b.outputs = outputs.isEmpty() ? EnumSet.noneOf(Output.class) : EnumSet.copyOf(outputs);
    b.privacy = privacy;
    b.imputation = imputation;
    b.threads = threads;
    b.reportAudience = reportAudience;
    b.htmlReports = htmlReports;
    b.syncToDisk = syncToDisk;
    return b;
  }

  /** Collects options; checks them all in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private Layout layout = Layout.AUTO;
    private String coupleColumn = "couple";
    private String idColumn = "id";
    private String partnerColumn = "partner";
    private String partnerA = "A";
    private String partnerB = "B";
    private String prefixA = "A_";
    private String prefixB = "B_";
    private Delimiter delimiter = Delimiter.AUTO;
    private List<String> missingTokens = new ArrayList<>(List.of("", "NA", "."));
    private List<String> passThrough = new ArrayList<>();
    private Set<Output> outputs = EnumSet.noneOf(Output.class);
    private Privacy privacy = Privacy.SHARE_ITEMS;
    private Imputation imputation = Imputation.NONE;
    private int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
    private Audience reportAudience = Audience.THERAPIST;
    private @Nullable Path htmlReports;
    private boolean syncToDisk;

    private Builder() {}

    /**
     * Sets the layout.
     *
     * @param layout the layout
     * @return this builder
     */
    public Builder layout(Layout layout) {
      this.layout = layout;
      return this;
    }

    /**
     * Sets the couple id column.
     *
     * @param name the header name
     * @return this builder
     */
    public Builder coupleColumn(String name) {
      this.coupleColumn = name;
      return this;
    }

    /**
     * Sets the person id column of the {@link Layout#SINGLE} layout (default {@code id}); other
     * layouts use the couple id column.
     *
     * @param name the header name
     * @return this builder
     */
    public Builder idColumn(String name) {
      this.idColumn = name;
      return this;
    }

    /**
     * Sets the partner column of the long layout.
     *
     * @param name the header name
     * @return this builder
     */
    public Builder partnerColumn(String name) {
      this.partnerColumn = name;
      return this;
    }

    /**
     * Sets the two partner labels of the long layout.
     *
     * @param a the first partner's label
     * @param b the second partner's label
     * @return this builder
     */
    public Builder partnerLabels(String a, String b) {
      this.partnerA = a;
      this.partnerB = b;
      return this;
    }

    /**
     * Sets the two column prefixes of the wide layout.
     *
     * @param a the first partner's prefix
     * @param b the second partner's prefix
     * @return this builder
     */
    public Builder prefixes(String a, String b) {
      this.prefixA = a;
      this.prefixB = b;
      return this;
    }

    /**
     * Sets the delimiter.
     *
     * @param delimiter the delimiter
     * @return this builder
     */
    public Builder delimiter(Delimiter delimiter) {
      this.delimiter = delimiter;
      return this;
    }

    /**
     * Replaces the missing-value tokens.
     *
     * @param tokens cell texts that mean unanswered, compared after trimming spaces
     * @return this builder
     */
    public Builder missingTokens(List<String> tokens) {
      this.missingTokens = new ArrayList<>(tokens);
      return this;
    }

    /**
     * Sets the columns copied to the outputs.
     *
     * @param columns header names
     * @return this builder
     */
    public Builder passThrough(List<String> columns) {
      this.passThrough = new ArrayList<>(columns);
      return this;
    }

    /**
     * Adds an optional output.
     *
     * @param output the output
     * @return this builder
     */
    public Builder with(Output output) {
      this.outputs.add(output);
      return this;
    }

    /**
     * Sets the privacy.
     *
     * @param privacy the privacy
     * @return this builder
     */
    public Builder privacy(Privacy privacy) {
      this.privacy = privacy;
      return this;
    }

    /**
     * Sets the imputation.
     *
     * @param imputation the imputation
     * @return this builder
     */
    public Builder imputation(Imputation imputation) {
      this.imputation = imputation;
      return this;
    }

    /**
     * Sets the number of scoring threads. Outputs are byte-identical for every count.
     *
     * @param threads 1 to {@link #MAX_THREADS}
     * @return this builder
     */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /**
     * Sets who the reports in {@code reports.jsonl} are for.
     *
     * @param audience the audience, {@link Audience#THERAPIST} by default
     * @return this builder
     */
    public Builder reportAudience(Audience audience) {
      this.reportAudience = java.util.Objects.requireNonNull(audience, "audience");
      return this;
    }

    /**
     * Writes one self-contained HTML page per complete couple, for the report audience, into a
     * folder, with an {@code index.html} listing them.
     *
     * @param folder the folder (created when missing), or null for no pages
     * @return this builder
     */
    public Builder htmlReports(@Nullable Path folder) {
      this.htmlReports = folder;
      return this;
    }

    /**
     * Sets whether a run flushes its outputs to disk ({@code fsync}) before it commits them. A
     * run's outputs are committed as one set whatever ends the process (kill, a full disk, an
     * error) either way; with this, the set also survives a power failure or a crash of the
     * operating system, at the cost of waiting for the whole output to reach the disk before the
     * run ends (a run of a million couples took up to a third longer on our machine). R's {@code
     * write.csv}, data.table's {@code fwrite} and pandas' {@code to_csv} do not flush either.
     *
     * @param syncToDisk true to flush; false by default
     * @return this builder
     */
    public Builder syncToDisk(boolean syncToDisk) {
      this.syncToDisk = syncToDisk;
      return this;
    }

    /**
     * Checks and creates the options.
     *
     * @return the options
     * @throws IllegalArgumentException naming the conflicting settings
     */
    public BatchOptions build() {
      return new BatchOptions(layout, layout == Layout.SINGLE ? idColumn : coupleColumn,
          partnerColumn, partnerA, partnerB, prefixA, prefixB, delimiter, missingTokens,
          passThrough, outputs, privacy, imputation, threads, reportAudience, htmlReports,
          syncToDisk);
    }
  }
}
