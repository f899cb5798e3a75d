package io.github.dyadscore.report;

import io.github.dyadscore.couple.Privacy;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a couple report is made: for whom, with which names, in which language, and under which
 * privacy. Immutable and thread-safe; start from {@link #defaults()} or {@link #builder()}.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.builder()
 *     .audience(Audience.PARTNER_A)
 *     .names("Alex", "Sam")
 *     .language("de")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReportOptions {

  /** The longest display name, in code points, so that a name fits a line of a text report. */
  public static final int MAX_NAME_LENGTH = 40;

  private static final ReportOptions DEFAULTS = builder().build();

  private final Audience audience;
  private final String nameA;
  private final String nameB;
  private final String language;
  private final boolean itemSharingAgreed;
  private final Privacy privacy;
  private final @Nullable LocalDate date;

  private ReportOptions(Builder b) {
    this.audience = b.audience;
    this.nameA = b.nameA;
    this.nameB = b.nameB;
    this.language = b.language;
    this.itemSharingAgreed = b.itemSharingAgreed;
    this.privacy = b.privacy;
    this.date = b.date;
  }

  /**
   * The defaults: therapist, "Partner A" and "Partner B", English, item answers shared with the
   * therapist, no date.
   *
   * @return the default options
   */
  public static ReportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.audience = audience;
    b.nameA = nameA;
    b.nameB = nameB;
    b.language = language;
    b.itemSharingAgreed = itemSharingAgreed;
    b.privacy = privacy;
    b.date = date;
    return b;
  }

  /**
   * The languages a report's own words come in.
   *
   * @return BCP 47 tags, sorted
   */
  public static List<String> languages() {
    return Words.TAGS;
  }

  /**
   * Who reads the report.
   *
   * @return the audience
   */
  public Audience audience() {
    return audience;
  }

  /**
   * Partner A's display name.
   *
   * @return the name, "Partner A" by default
   */
  public String nameA() {
    return nameA;
  }

  /**
   * Partner B's display name.
   *
   * @return the name, "Partner B" by default
   */
  public String nameB() {
    return nameB;
  }

  /**
   * The language of the report's own words; item texts and labels use it where the definition
   * has it.
   *
   * @return a tag from {@link #languages()}
   */
  public String language() {
    return language;
  }

  /**
   * Whether the caller stated that both partners agreed to share their item answers with each
   * other; only the {@link Audience#COUPLE} report depends on it.
   *
   * @return false unless {@link Builder#bothPartnersAgreedToShareItems()} was called
   */
  public boolean itemSharingAgreed() {
    return itemSharingAgreed;
  }

  /**
   * The privacy the caller asked for. {@link Privacy#SCALES_ONLY} leaves item answers out of every
   * audience's report, the therapist's too.
   *
   * @return the requested privacy, {@link Privacy#SHARE_ITEMS} by default
   */
  public Privacy privacy() {
    return privacy;
  }

  /**
   * The date the report shows, such as the day the partners answered.
   *
   * @return the date, or empty to show none
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * The privacy the couple report behind this audience's view must be computed with: {@link
   * Privacy#SCALES_ONLY} when the caller asked for it, for a partner reading alone (whose own
   * answers the view adds), and for the couple without stated agreement; {@link
   * Privacy#SHARE_ITEMS} for the therapist and the agreeing couple.
   *
   * @return the privacy to pass to {@code Questionnaire.compare}
   */
  public Privacy reportPrivacy() {
    if (privacy == Privacy.SCALES_ONLY || audience.isPartner()
        || (audience == Audience.COUPLE && !itemSharingAgreed)) {
      return Privacy.SCALES_ONLY;
    }
    return Privacy.SHARE_ITEMS;
  }

  /**
   * How much item detail the view shows, and why.
   *
   * @return the item detail
   */
  public ItemDetail itemDetail() {
    if (privacy == Privacy.SCALES_ONLY) {
      return ItemDetail.NONE_BY_PRIVACY;
    }
    if (audience.isPartner()) {
      return ItemDetail.OWN_ANSWERS;
    }
    if (audience == Audience.COUPLE && !itemSharingAgreed) {
      return ItemDetail.NONE_FOR_AUDIENCE;
    }
    return ItemDetail.ALL;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportOptions o && audience == o.audience && nameA.equals(o.nameA)
        && nameB.equals(o.nameB) && language.equals(o.language)
        && itemSharingAgreed == o.itemSharingAgreed && privacy == o.privacy
        && Objects.equals(date, o.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audience, nameA, nameB, language, itemSharingAgreed, privacy, date);
  }

  @Override
  public String toString() {
    return "ReportOptions[audience=" + audience.tag() + ", language=" + language
        + ", privacy=" + privacy + ", itemSharingAgreed=" + itemSharingAgreed + "]";
  }

  /** Collects options; not thread-safe. Every setter checks its value at once. */
  public static final class Builder {
    private Audience audience = Audience.THERAPIST;
    private String nameA = "Partner A";
    private String nameB = "Partner B";
    private String language = "en";
    private boolean itemSharingAgreed;
    private Privacy privacy = Privacy.SHARE_ITEMS;
    private @Nullable LocalDate date;

    private Builder() {}

    /**
     * Sets the audience.
     *
     * @param audience who reads the report
     * @return this builder
     */
    public Builder audience(Audience audience) {
      this.audience = Objects.requireNonNull(audience, "audience");
      return this;
    }

    /**
     * Sets the partners' display names.
     *
     * @param nameA partner A's name
     * @param nameB partner B's name
     * @return this builder
     * @throws IllegalArgumentException when a name is blank, longer than {@link
     *     #MAX_NAME_LENGTH} code points or holds a control character, or both are the same
     */
    public Builder names(String nameA, String nameB) {
      String a = checkName("A", nameA);
      String b = checkName("B", nameB);
      if (a.equals(b)) {
        throw new IllegalArgumentException("both partners are named '" + a
            + "'; expected two different display names");
      }
      this.nameA = a;
      this.nameB = b;
      return this;
    }

    private static String checkName(String partner, String name) {
      String trimmed = name.strip();
      if (trimmed.isEmpty()) {
        throw new IllegalArgumentException("partner " + partner + "'s display name is empty; "
            + "expected a name such as 'Partner " + partner + "'");
      }
      if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_LENGTH) {
        throw new IllegalArgumentException("partner " + partner + "'s display name has more "
            + "than " + MAX_NAME_LENGTH + " characters; expected a shorter name");
      }
      if (trimmed.codePoints().anyMatch(c -> Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT || Character.getType(c)
          == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR)) {
        throw new IllegalArgumentException("partner " + partner + "'s display name holds a "
            + "control or formatting character; expected plain text");
      }
      return trimmed;
    }

    /**
     * Sets the language of the report's own words.
     *
     * @param tag a tag from {@link ReportOptions#languages()}, such as {@code de}
     * @return this builder
     * @throws IllegalArgumentException for a language the report has no words in, listing those
     *     it has
     */
    public Builder language(String tag) {
      String wanted = tag.trim();
      for (String known : Words.TAGS) {
        if (known.equalsIgnoreCase(wanted)) {
          this.language = known;
          return this;
        }
      }
      throw new IllegalArgumentException("no report language '" + tag + "'; available: "
          + String.join(", ", Words.TAGS));
    }

    /**
     * States that both partners agreed to share their item answers with each other, so that the
     * {@link Audience#COUPLE} report shows them. Off by default; only the caller can know.
     *
     * @return this builder
     */
    public Builder bothPartnersAgreedToShareItems() {
      this.itemSharingAgreed = true;
      return this;
    }

    /**
     * Sets the privacy; {@link Privacy#SCALES_ONLY} leaves item answers out of every report.
     *
     * @param privacy the privacy
     * @return this builder
     */
    public Builder privacy(Privacy privacy) {
      this.privacy = Objects.requireNonNull(privacy, "privacy");
      return this;
    }

    /**
     * Sets the date the report shows.
     *
     * @param date the date, or null for none
     * @return this builder
     */
    public Builder date(@Nullable LocalDate date) {
      this.date = date;
      return this;
    }

    /**
     * Creates the options.
     *
     * @return the options
     */
    public ReportOptions build() {
      return new ReportOptions(this);
    }
  }
}
