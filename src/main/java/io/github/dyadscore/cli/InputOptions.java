package io.github.dyadscore.cli;

import io.github.dyadscore.batch.BatchOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Which questionnaire and response file to read, and how: what {@code score} and {@code
 * reliability} share.
 */
final class InputOptions {

  @Parameters(index = "0", paramLabel = "QUESTIONNAIRE",
      description = "a bundled questionnaire (csi-16, csi-4, ecr-rs, kms, mutuality-security), "
          + "a definition file, or - for standard input")
  String questionnaire;

  @Parameters(index = "1", paramLabel = "INPUT", description = "the CSV file (UTF-8), or - for standard input")
  Path file;

  @Option(names = "--layout", paramLabel = "auto|long|wide|single", defaultValue = "auto",
      description = "input layout (default: ${DEFAULT-VALUE}: long or wide, from the header); "
          + "single: one row per person, no couples")
  String layout;

  @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id",
      description = "person id column of the single layout (default: ${DEFAULT-VALUE})")
  String idColumn;

  @Option(names = "--couple-column", paramLabel = "NAME", defaultValue = "couple",
      description = "couple id column (default: ${DEFAULT-VALUE})")
  String coupleColumn;

  @Option(names = "--partner-column", paramLabel = "NAME", defaultValue = "partner",
      description = "partner column of the long layout (default: ${DEFAULT-VALUE})")
  String partnerColumn;

  @Option(names = "--partner-labels", paramLabel = "A,B", defaultValue = "A,B",
      description = "the two partner labels of the long layout (default: ${DEFAULT-VALUE})")
  String partnerLabels;

  @Option(names = "--prefixes", paramLabel = "A_,B_", defaultValue = "A_,B_",
      description = "item column prefixes of the wide layout (default: ${DEFAULT-VALUE})")
  String prefixes;

  @Option(names = "--delimiter", paramLabel = "auto|comma|semicolon|tab", defaultValue = "auto",
      description = "field delimiter (default: ${DEFAULT-VALUE}, from the header line)")
  String delimiter;

  @Option(names = "--missing", paramLabel = "TOKENS",
      description = "comma-separated cell texts meaning unanswered, replacing the default "
          + "',NA,.' (empty, NA, dot); the definition's missing codes always count")
  String missing;

  @Option(names = "--impute", paramLabel = "none|mean|median", defaultValue = "none",
      description = "fill missing answers with the item's sample mean or median, as R psych's "
          + "scoreItems(impute = ...) (default: ${DEFAULT-VALUE})")
  String impute;

  @Option(names = "--threads", paramLabel = "N",
      description = "scoring threads, 1 to " + BatchOptions.MAX_THREADS
          + " (default: the number of processors)")
  Integer threads;

  /** A builder with these options applied. */
  BatchOptions.Builder builder(CommandSpec spec) {
    try {
      BatchOptions.Builder b = BatchOptions.builder()
          .layout(choice(BatchOptions.Layout.class, layout, "--layout"))
          .coupleColumn(coupleColumn)
          .idColumn(idColumn)
          .partnerColumn(partnerColumn)
          .delimiter(choice(BatchOptions.Delimiter.class, delimiter, "--delimiter"))
          .imputation(choice(BatchOptions.Imputation.class, impute, "--impute"));
      String[] labels = pair(partnerLabels, "--partner-labels");
      b.partnerLabels(labels[0], labels[1]);
      String[] prefix = pair(prefixes, "--prefixes");
      b.prefixes(prefix[0], prefix[1]);
      if (missing != null) {
        b.missingTokens(Arrays.asList(missing.split(",", -1)));
      }
      if (threads != null) {
        if (threads < 1 || threads > BatchOptions.MAX_THREADS) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "--threads %d: expected "
              + "1 to %d (this machine has %d processors; more threads than processors add no "
              + "speed)", threads, BatchOptions.MAX_THREADS,
              Runtime.getRuntime().availableProcessors()));
        }
        b.threads(threads);
      }
      return b;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Builds, turning a contradiction between options into a usage error. */
  static BatchOptions build(BatchOptions.Builder builder, CommandSpec spec) {
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.trim())) {
        return constant;
      }
    }
    List<String> allowed = Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    throw new IllegalArgumentException(option + " '" + value + "' is not one of " + allowed);
  }

  private static String[] pair(String value, String option) {
    String[] parts = value.split(",", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(option + " '" + value
          + "' must be two values separated by a comma, such as A,B");
    }
    return parts;
  }
}
