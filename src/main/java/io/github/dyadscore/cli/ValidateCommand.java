package io.github.dyadscore.cli;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.definition.DefinitionProblem;
import io.github.dyadscore.definition.MalformedDefinitionException;
import io.github.dyadscore.internal.DefinitionText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks definition files and prints every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks questionnaire definitions and prints every problem, one per line.",
    footer = ExitCodes.VALIDATE_HELP)
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUESTIONNAIRE",
      description = "definition files (JSON), bundled names (csi-4, mutuality-security), or - "
          + "for standard input")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    Arguments.checkStdinOnce(files.toArray());
    // Every name is checked before any is validated: a typo is a usage error, not a problem list.
    for (String file : files) {
      if (!isBundled(file) && !Arguments.isStdin(file)) {
        QuestionnaireArgument.path(file);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    int invalid = 0;
    for (String file : files) {
      List<DefinitionProblem> problems = problems(file);
      if (problems.isEmpty()) {
        out.println(file + ": valid");
      } else {
        invalid++;
        problems.forEach(out::println);
      }
    }
    out.flush();
    return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  private static boolean isBundled(String name) {
    return Questionnaire.bundledNames().contains(name);
  }

  private List<DefinitionProblem> problems(String file) throws IOException {
    if (isBundled(file)) {
      String resource = "/io/github/dyadscore/questionnaires/" + file + ".json";
      try (InputStream in = ValidateCommand.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("the jar lacks its bundled " + file + ".json");
        }
        return Questionnaire.validate(DefinitionText.read(file + ".json", in), file + ".json");
      }
    }
    if (Arguments.isStdin(file)) {
      try {
        return Questionnaire.validate(DefinitionText.read("stdin", Main.terminal(spec).stdin()),
            "stdin");
      } catch (MalformedDefinitionException e) {
        return e.problems();
      }
    }
    return Questionnaire.validate(Path.of(file));
  }
}
