package io.github.dyadscore.report.html;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.github.dyadscore.report.html.templates.JtereportGenerated;

/** Renders a page through the compiled template ({@code src/main/jte/report.jte}). */
public final class HtmlRenderer {

  private HtmlRenderer() {}

  /**
   * Renders one self-contained HTML page.
   *
   * @param input the report and how to show it
   * @return the HTML document
   */
  public static String render(HtmlInput input) {
    Page page = new PageBuilder(input).build();
    StringOutput out = new StringOutput(32 * 1024);
    JtereportGenerated.render(new OwaspHtmlTemplateOutput(out), null, page);
    return out.toString();
  }
}
