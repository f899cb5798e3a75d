package io.github.dyadscore.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who reads a couple report. Each audience comes with a guarantee about what its report contains,
 * enforced in one place ({@link ReportView}) for every format.
 *
 * @since 0.1.0
 */
public enum Audience {
  /**
   * The couple's therapist: everything, including both partners' item answers and the items they
   * answered far apart.
   */
  THERAPIST("therapist"),
  /**
   * Partner A reading alone: both partners' scale results, partner A's own item answers, and
   * nothing from which partner B's answer to any single item can be worked out: no per-item
   * comparison and no statistic the small-count rule of {@link
   * io.github.dyadscore.couple.Privacy} withholds.
   */
  PARTNER_A("partner-a"),
  /** Partner B reading alone: as {@link #PARTNER_A} with the partners' roles swapped. */
  PARTNER_B("partner-b"),
  /**
   * Both partners reading together: scale results and counts only, under the small-count rule;
   * with {@link ReportOptions.Builder#bothPartnersAgreedToShareItems()} also both partners' item
   * answers and the item comparisons.
   */
  COUPLE("couple");

  private final String tag;

  Audience(String tag) {
    this.tag = tag;
  }

  /**
   * The audience's name on the command line and in JSON, such as {@code partner-a}.
   *
   * @return the tag
   */
  public String tag() {
    return tag;
  }

  /**
   * The audience of a tag.
   *
   * @param tag a tag such as {@code therapist} or {@code partner-a}, in any case
   * @return the audience
   * @throws IllegalArgumentException for an unknown tag, listing the known ones
   */
  public static Audience fromTag(String tag) {
    String wanted = tag.trim().toLowerCase(Locale.ROOT);
    for (Audience audience : values()) {
      if (audience.tag.equals(wanted)) {
        return audience;
      }
    }
    throw new IllegalArgumentException("unknown audience '" + tag + "'; expected one of "
        + tags());
  }

  /**
   * The tags of all audiences.
   *
   * @return the tags in declaration order
   */
  public static List<String> tags() {
    return Arrays.stream(values()).map(Audience::tag).toList();
  }

  /**
   * Whether the reader is one of the partners, alone.
   *
   * @return true for {@link #PARTNER_A} and {@link #PARTNER_B}
   */
  public boolean isPartner() {
    return this == PARTNER_A || this == PARTNER_B;
  }
}
