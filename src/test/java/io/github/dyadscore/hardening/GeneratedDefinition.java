package io.github.dyadscore.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.ResponseOption;
import io.github.dyadscore.definition.ResponseScale;
import java.util.ArrayList;
import java.util.List;

/** Builds definitions of the right shape from fuzzer data, for {@link DefinitionFuzzTest}. */
final class GeneratedDefinition {

  private GeneratedDefinition() {}

  /** A number as JSON: mostly small and ordinary, sometimes extreme, fractional or not finite. */
  static String number(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 5)) {
      case 0 -> String.valueOf(data.consumeInt(-10, 10));
      case 1 -> String.valueOf(data.consumeInt());
      case 2 -> String.valueOf(data.consumeInt(0, 100) / 4.0);
      case 3 -> Double.toString(data.consumeRegularDouble());
      case 4 -> Double.toString(data.consumeDouble()); // NaN and Infinity are not JSON
      default -> String.valueOf(data.consumeLong());
    };
  }

  static String code(FuzzedDataProvider data) {
    return data.consumeBoolean() ? String.valueOf(data.consumeInt(-3, 12))
        : String.valueOf(data.consumeInt());
  }

  static String json(FuzzedDataProvider data) {
    StringBuilder json = new StringBuilder("{\"formatVersion\": 1, \"id\": \"g\", \"version\": "
        + "\"1\", \"title\": {\"en\": \"G\"}, \"license\": \"x\", \"validated\": true");
    if (data.consumeBoolean()) {
      json.append(", \"missingCodes\": [{\"code\": ").append(code(data))
          .append(", \"reason\": \"missing\"}]");
    }
    if (data.consumeBoolean()) {
      json.append(", \"divergence\": ").append(divergence(data));
    }
    int scaleCount = data.consumeInt(1, 3);
    json.append(", \"responseScales\": [");
    for (int r = 0; r < scaleCount; r++) {
      json.append(r == 0 ? "" : ", ").append("{\"id\": \"r").append(r).append('"');
      if (data.consumeBoolean()) {
        json.append(", \"min\": ").append(code(data)).append(", \"max\": ").append(code(data));
      } else {
        int options = data.consumeInt(0, 6);
        json.append(", \"options\": [");
        for (int o = 0; o < options; o++) {
          json.append(o == 0 ? "" : ", ").append("{\"code\": ").append(code(data))
              .append(", \"value\": ").append(number(data)).append('}');
        }
        json.append(']');
      }
      if (data.consumeBoolean()) {
        json.append(", \"missingCodes\": [{\"code\": ").append(code(data))
            .append(", \"reason\": \"dont-know\"}]");
      }
      if (data.consumeBoolean()) {
        json.append(", \"divergence\": ").append(divergence(data));
      }
      json.append('}');
    }
    int itemCount = data.consumeInt(1, 8);
    json.append("], \"items\": [");
    for (int i = 0; i < itemCount; i++) {
      json.append(i == 0 ? "" : ", ").append("{\"id\": \"i").append(i)
          .append("\", \"responseScale\": \"r").append(data.consumeInt(0, scaleCount)).append('"')
          .append(", \"reversed\": ").append(data.consumeBoolean());
      if (data.consumeBoolean()) {
        json.append(", \"weight\": ").append(number(data));
      }
      json.append('}');
    }
    int scales = data.consumeInt(1, 5);
    json.append("], \"scales\": [");
    for (int s = 0; s < scales; s++) {
      boolean composite = s > 0 && data.consumeInt(0, 3) == 0;
      json.append(s == 0 ? "" : ", ").append("{\"id\": \"s").append(s)
          .append("\", \"name\": {\"en\": \"S\"}, \"").append(composite ? "scales" : "items")
          .append("\": [");
      int members = data.consumeInt(0, 4);
      for (int m = 0; m < members; m++) {
        json.append(m == 0 ? "\"" : ", \"").append(composite ? "s" : "i")
            .append(data.consumeInt(0, composite ? scales : itemCount)).append('"');
      }
      json.append(']');
      if (data.consumeBoolean()) {
        json.append(", \"method\": \"")
            .append(data.pickValue(new String[] {"mean", "sum", "prorated-sum"})).append('"');
      }
      if (data.consumeBoolean()) {
        json.append(data.consumeBoolean() ? ", \"minAnswered\": {\"count\": " + code(data) + "}"
            : ", \"minAnswered\": {\"fraction\": " + number(data) + "}");
      }
      if (data.consumeBoolean()) {
        json.append(", \"reference\": {\"reliability\": {\"alpha\": ").append(number(data))
            .append(", \"source\": \"x\"}, \"norms\": {\"mean\": ").append(number(data))
            .append(", \"sd\": ").append(number(data))
            .append(", \"sample\": \"x\", \"citation\": \"x\"}");
        if (data.consumeBoolean()) {
          json.append(", \"bands\": {\"source\": \"x\", \"bands\": [{\"label\": {\"en\": \"a\"}, "
              + "\"below\": ").append(number(data)).append("}, {\"label\": {\"en\": \"b\"}, "
              + "\"from\": ").append(number(data)).append("}]}");
        }
        json.append('}');
      }
      json.append('}');
    }
    return json.append("]}").toString();
  }

  private static String divergence(FuzzedDataProvider data) {
    return "{\"gap\": " + number(data) + ", \"favourableAtLeast\": " + number(data)
        + ", \"unfavourableAtMost\": " + number(data) + "}";
  }

  /** Answers to a loaded questionnaire: options, missing codes, or left out. */
  static Answers answers(Questionnaire q, FuzzedDataProvider data) {
    Answers.Builder answers = Answers.builder();
    for (Item item : q.definition().items()) {
      ResponseScale scale = q.definition().responseScale(item.responseScale()).orElseThrow();
      List<Integer> codes = new ArrayList<>();
      scale.options().stream().map(ResponseOption::code).forEach(codes::add);
      scale.missingCodes().forEach(m -> codes.add(m.code()));
      int pick = data.consumeInt(-1, codes.size() - 1);
      if (pick >= 0) {
        answers.put(item.id(), codes.get(pick));
      }
    }
    return answers.build();
  }
}
