package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.definition;
import static io.github.dyadscore.batch.BatchTesting.lines;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * One id per couple in every output: the CSV files, {@code reports.jsonl}, {@code errors.csv}
 * and the HTML index write a couple's id the same way, defused against formula injection, and an
 * id that R reads as missing ({@code NA}, {@code NaN}) with a leading {@code '} so that it stays
 * an id.
 */
class CoupleIdsTest {

  private static final Questionnaire MINI = definition("mini.json");
  private static final List<String> EXPECTED = List.of("'NA", "'=SUM(1)", "'NaN", "-3", "'@x",
      "plain");

  @TempDir Path dir;

  private static Set<String> firstCells(Path file) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (String line : lines(file).subList(1, lines(file).size())) {
      ids.add(line.substring(0, line.indexOf(',')));
    }
    return ids;
  }

  @Test
  void everyOutputWritesACoupleIdTheSameWay() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), rows());
    Path out = dir.resolve("out");
    Path html = dir.resolve("html");
    score(MINI, in, out, BatchOptions.builder().with(Output.REPORTS)
        .with(Output.ITEM_DIVERGENCES).htmlReports(html).build());

    assertThat(firstCells(out.resolve("persons.csv"))).containsExactlyElementsOf(EXPECTED);
    assertThat(firstCells(out.resolve("couples.csv"))).containsExactlyElementsOf(EXPECTED);
    assertThat(firstCells(out.resolve("pairwise.csv"))).containsExactlyElementsOf(EXPECTED);
    assertThat(firstCells(out.resolve("item-divergences.csv")))
        .containsExactlyElementsOf(EXPECTED);
    List<String> errors = lines(out.resolve("errors.csv"));
    assertThat(errors.get(0)).startsWith("line,couple,");
    assertThat(errors.subList(1, errors.size())).singleElement().asString()
        .startsWith("14,'NA,");
    JsonMapper json = JsonMapper.builder().build();
    List<String> reports = lines(out.resolve("reports.jsonl")).stream()
        .map(line -> json.readTree(line).get("couple").asString()).toList();
    assertThat(reports).containsExactlyElementsOf(EXPECTED);
    Matcher links = Pattern.compile("<li><a href=\"[^\"]*\">([^<]*)</a></li>")
        .matcher(Files.readString(html.resolve("index.html")));
    List<String> index = links.results().map(m -> m.group(1).replace("&#39;", "'")
        .replace("&amp;", "&")).toList();
    assertThat(index).containsExactlyElementsOf(EXPECTED);
  }

  /** Each id's couple twice, complete; then a couple "NA" again, not adjacent: rejected. */
  private static String rows() {
    StringBuilder csv = new StringBuilder("couple,partner,c1,c2,c3,c4\n");
    for (String id : List.of("NA", "=SUM(1)", "NaN", "-3", "@x", "plain")) {
      csv.append(id).append(",A,4,2,5,3\n").append(id).append(",B,5,1,4,2\n");
    }
    return csv.append("NA,A,4,2,5,3\n").toString();
  }
}
