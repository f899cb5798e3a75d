package io.github.dyadscore.cli;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.definition.DefinitionProblem;
import java.io.IOException;
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
    footer = ExitCodes.HELP)
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "definition files (JSON)")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    int invalid = 0;
    for (Path file : files) {
      List<DefinitionProblem> problems = Questionnaire.validate(file);
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
}
