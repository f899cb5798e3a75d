package io.github.dyadscore.report.html;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.github.dyadscore.report.ReportView;
import io.github.dyadscore.report.html.templates.JtereportGenerated;

/** Renders a page through the compiled template ({@code src/main/jte/report.jte}). */
public final class HtmlRenderer {

  private HtmlRenderer() {}

  /**
   * Renders one self-contained HTML page.
   *
   * @param view the report as its audience may see it
   * @param words the report's own words in the view's language
   * @return the HTML document
   */
  public static String render(ReportView view, Phrases words) {
    PageBuilder builder = new PageBuilder(view, words);
    Page page = builder.build();
    StringOutput out = new StringOutput(32 * 1024);
    JtereportGenerated.render(new OwaspHtmlTemplateOutput(out), null, page);
    // Texts in another language than the page's get their lang attribute here.
    return builder.marks().apply(out.toString());
  }
}
