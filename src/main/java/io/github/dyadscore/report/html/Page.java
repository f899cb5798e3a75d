package io.github.dyadscore.report.html;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the report template shows, already worded and formatted: the template only places
 * it, and escapes every string it places. Coordinates are in SVG user units, as text.
 */
public record Page(
    String lang,
    String documentTitle,
    String heading,
    String audienceNote,
    String contentSecurityPolicy,
    String css,
    Chrome chrome,
    Header header,
    List<ScaleBlock> scales,
    @Nullable ScaleMapBlock map,
    @Nullable ItemsBlock items,
    String profile,
    @Nullable PerceptionBlock perception,
    List<HowTo> howToRead,
    String footer) {

  /** The page's own headings and labels, in its language. */
  public record Chrome(
      String about,
      String partnersLabel,
      String scales,
      String items,
      String talk,
      String item,
      String profile,
      String howTo) {}

  /** The top of the page. */
  public record Header(
      String questionnaire,
      String versionLine,
      @Nullable String citation,
      String licenseLine,
      @Nullable String notice,
      String nameA,
      String nameB,
      String keyA,
      String keyB,
      @Nullable String date) {}

  /** One scale: its chart, its numbers and its sentence. Never split across printed pages. */
  public record ScaleBlock(
      String id,
      String name,
      @Nullable String description,
      String range,
      Dumbbell chart,
      String sentence,
      @Nullable String agreement,
      List<Row> table,
      String caption) {}

  /** A row of a data table: a header cell and one cell per column. */
  public record Row(String label, List<String> cells) {}

  /** A dumbbell chart of both partners on a scale's full range. */
  public record Dumbbell(
      String title,
      String desc,
      String height,
      List<Rect> bands,
      List<Label> bandLabels,
      List<Tick> ticks,
      @Nullable Line connector,
      List<Line> errorBracket,
      @Nullable Label errorLabel,
      @Nullable Marker a,
      @Nullable Marker b) {}

  /** A shaded band. */
  public record Rect(String x, String y, String width, String height, String cssClass) {}

  /** A piece of text at a point. */
  public record Label(String x, String y, String anchor, String text) {}

  /** A line. */
  public record Line(String x1, String y1, String x2, String y2) {}

  /** An axis tick and its label. */
  public record Tick(String x, String y1, String y2, String labelY, String label) {}

  /** A partner's mark: a circle for A, a diamond for B, and a label. */
  public record Marker(String x, String y, String points, Label label) {}

  /** The two-scale map. */
  public record ScaleMapBlock(
      String heading,
      String intro,
      String title,
      String desc,
      List<Tick> xTicks,
      List<Tick> yTicks,
      List<Line> grid,
      Label xAxis,
      Label yAxis,
      @Nullable Line connector,
      @Nullable Marker a,
      @Nullable Marker b,
      @Nullable Marker mean,
      String nameA,
      String nameB,
      List<Row> table,
      @Nullable String note,
      String caption,
      String meanColumn) {}

  /** The item-level part: agreement grid and the items to talk about. */
  public record ItemsBlock(
      String intro,
      String nameA,
      String nameB,
      List<ItemGroup> groups,
      List<ItemRow> talk,
      String talkIntro) {}

  /** Items of one agreement category, or all of one partner's answers. */
  public record ItemGroup(String id, String heading, String explanation, List<ItemRow> rows) {}

  /** An item with each partner's answer label (empty for an answer the reader may not see). */
  public record ItemRow(String text, String answerA, String answerB, @Nullable String note) {}

  /**
   * How each partner predicted the other: per direction its sentences and one small table for
   * all predicted items and one per scale. Never per item.
   */
  public record PerceptionBlock(String heading, String intro, List<PerceptionDirection> directions) {}

  /** One direction (who predicted whom) of the perception block. */
  public record PerceptionDirection(
      String id, String heading, List<String> sentences, List<PerceptionTable> tables) {}

  /** The figures of one scope (all predicted items, or a scale) of a direction. */
  public record PerceptionTable(String caption, List<Row> rows) {}

  /** One entry of "how to read this". */
  public record HowTo(String term, String explanation) {}
}
