/**
 * dyadscore: scores couples' relationship questionnaires and reports where the partners diverge.
 *
 * @since 0.1.0
 */
module io.github.dyadscore {
  requires tools.jackson.core;
  requires tools.jackson.dataformat.csv;
  // commons-math3 3.6.1 has no module name of its own: Java derives "commons.math3" from the
  // jar's file name. Maven warns about that filename-based automodule; it is accepted on purpose
  // (README, "Java modules"; ReadmeProgramIT runs an app on the module path).
  requires commons.math3;
  // The HTML report's compiled templates; java.compiler only for their @Generated annotation.
  requires gg.jte.runtime;
  requires static java.compiler;
  requires static info.picocli;
  requires static org.jspecify;

  // picocli sets the command classes' fields reflectively.
  opens io.github.dyadscore.cli to info.picocli;

  exports io.github.dyadscore;
  exports io.github.dyadscore.calibration;
  exports io.github.dyadscore.couple;
  exports io.github.dyadscore.definition;
  exports io.github.dyadscore.perception;
  exports io.github.dyadscore.batch;
  exports io.github.dyadscore.report;
  exports io.github.dyadscore.score;
  exports io.github.dyadscore.stats;
}
