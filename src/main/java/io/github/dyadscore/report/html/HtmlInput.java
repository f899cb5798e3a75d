package io.github.dyadscore.report.html;

import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.definition.Definition;
import org.jspecify.annotations.Nullable;

/**
 * What one HTML page is made from: the report as its reader may see it, and how to name things.
 *
 * @param definition the questionnaire's definition
 * @param report the couple report, already cut down to what the reader may see
 * @param reader who the page is for
 * @param language the language tag of the page
 * @param nameA partner A's display name
 * @param nameB partner B's display name
 * @param date the date to show, or null
 */
public record HtmlInput(
    Definition definition,
    CoupleReport report,
    Reader reader,
    String language,
    String nameA,
    String nameB,
    @Nullable String date) {

  /** Who reads the page. */
  public enum Reader {
    /** The couple's therapist. */
    THERAPIST,
    /** Partner A alone. */
    PARTNER_A,
    /** Partner B alone. */
    PARTNER_B,
    /** Both partners together. */
    COUPLE
  }
}
