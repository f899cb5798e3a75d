package io.github.dyadscore.report;

import io.github.dyadscore.report.html.HtmlRenderer;
import java.io.IOException;
import java.io.Writer;

/**
 * A couple report as one self-contained HTML5 page: inline CSS and inline SVG, no JavaScript, no
 * web fonts and no request to any other address (its Content-Security-Policy forbids them), so it
 * can be saved, mailed or printed as it is. The page shows what the {@link ReportView} holds and
 * nothing else, so each audience's privacy rules hold for HTML as for every other format.
 *
 * <p>Content: the questionnaire's title, version, citation and licence, its "not clinically
 * validated" notice where the definition has one, the partners' display names and the date; per
 * scale a dumbbell chart of both partners on the scale's full possible range (partner A a blue
 * circle, partner B an orange diamond, each labelled with name and score), the definition's bands
 * and cut-offs shaded and labelled, the critical difference drawn as a bracket where a
 * reliable-difference test exists, one sentence about both partners and the positive couple
 * agreement; the two-scale map where the definition asks for one ({@code scaleMap}); for
 * audiences that may see items, the item agreement groups and "talk about these" with each
 * item's wording and answer labels (a partner reading alone sees their own answers only);
 * profile similarity in words; and "how to read this report" with the formulas and the
 * reference data and sources behind every verdict. Every chart is an {@code <svg role="img">}
 * with a title and description, and its numbers are also in a table. Every text from the
 * definition or the caller is escaped.
 *
 * <p>The output is deterministic: the same view gives the same bytes. The page's own words are
 * in the language of {@link ReportOptions#language()} (English or German, the same languages and
 * message source as {@link ReportText}), with decimal commas in German; texts of the definition
 * follow that language where the definition has it, else English, and the page says so; each
 * such text carries its own {@code lang} attribute (on its element, or on a {@code span} within a
 * sentence), so that screen readers and hyphenation treat it as English.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * Renders the page.
   *
   * @param view the report as its audience may see it
   * @return the HTML document, starting with {@code <!DOCTYPE html>}
   */
  public static String render(ReportView view) {
    return HtmlRenderer.render(view, new Words(view.language()));
  }

  /**
   * Writes the page.
   *
   * @param view the report as its audience may see it
   * @param out where to write it; not closed
   * @throws IOException when writing fails
   */
  public static void write(ReportView view, Writer out) throws IOException {
    out.write(render(view));
  }
}
