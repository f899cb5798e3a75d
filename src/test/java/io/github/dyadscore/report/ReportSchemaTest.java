package io.github.dyadscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.ProgressListener;
import io.github.dyadscore.couple.Privacy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report dyadscore writes follows the committed schema/report.schema.json. */
class ReportSchemaTest {

  static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
        Files.readString(Path.of("schema/report.schema.json"), StandardCharsets.UTF_8),
        InputFormat.JSON);
  }

  static List<Error> errors(String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void everyAudiencesReportOfEveryCaseFollowsTheSchema() {
    int checked = 0;
    for (ReportCases.Case c : ReportCases.all()) {
      for (Audience audience : Audience.values()) {
        ReportView view = c.view(audience);
        assertThat(errors(ReportJson.toJson(view))).as("%s %s", c, audience).isEmpty();
        assertThat(errors(ReportJson.toPrettyJson(view))).isEmpty();
        assertThat(errors(ReportJson.toJson(view, "c1"))).isEmpty();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(36);
  }

  @Test
  void reportsOfRandomCouplesFollowTheSchema() {
    Random random = new Random(20261201);
    for (int n = 0; n < 60; n++) {
      ReportView view = RandomReports.view(random);
      assertThat(errors(ReportJson.toJson(view))).as("random report %d", n).isEmpty();
    }
  }

  @Test
  void theSchemaSeesWhatIsWrong() {
    ReportView view = ReportCases.all().get(0).view(Audience.THERAPIST);
    String json = ReportJson.toJson(view);
    assertThat(errors(json.replace("\"verdict\":\"not_assessed\"", "\"verdict\":\"NaN\"")))
        .isNotEmpty();
    assertThat(errors(json.replace("\"audience\":\"therapist\",", ""))).isNotEmpty();
    assertThat(errors(json.replace("\"correlation\":", "\"correlation\":\"NaN\",\"x\":")))
        .isNotEmpty();
    assertThat(errors(json.replace(",\"withinCoupleAgreementWithheld\":false", ""))).isNotEmpty();
    assertThat(errors(json.replace("\"elevation\":", "\"elevation\":-1,\"x\":")))
        .isNotEmpty();
    assertThat(errors(json.replace("\"reportFormat\":2", "\"reportFormat\":1"))).isNotEmpty();
  }

  @Test
  void everyLineOfReportsJsonlFollowsTheSchema(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("couples.csv");
    Files.writeString(csv, """
        couple,partner,csi1,csi2,csi3,csi4
        1,A,5,4,4,5
        1,B,2,3,2,3
        2,A,6,5,5,5
        2,B,,,1,
        3,A,0,0,0,0
        """);
    for (Audience audience : Audience.values()) {
      for (Privacy privacy : Privacy.values()) {
        Path out = dir.resolve(audience.tag() + "-" + privacy);
        new BatchScorer(Questionnaire.bundled("csi-4"), BatchOptions.builder()
            .with(BatchOptions.Output.REPORTS).reportAudience(audience).privacy(privacy).build())
            .run(csv, out, ProgressListener.NONE);
        List<String> lines = Files.readAllLines(out.resolve("reports.jsonl"));
        assertThat(lines).hasSize(2);
        for (String line : lines) {
          assertThat(errors(line)).as("%s %s", audience, privacy).isEmpty();
          assertThat(line).contains("\"audience\":\"" + audience.tag() + "\"");
        }
      }
    }
  }
}
