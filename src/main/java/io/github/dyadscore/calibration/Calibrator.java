package io.github.dyadscore.calibration;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.internal.ScoringEngine;
import io.github.dyadscore.score.InvalidAnswerException;
import io.github.dyadscore.stats.ReliabilityAccumulator;
import io.github.dyadscore.stats.ReliabilityReport;
import io.github.dyadscore.stats.Role;

/**
 * Collects a calibration sample from answers, one couple at a time, for an app that calibrates on
 * its own users. Memory does not grow with the number of couples (a {@link
 * ReliabilityAccumulator} holds sums, not answers).
 *
 * <pre>{@code
 * Calibrator calibrator = Calibrator.of(Questionnaire.bundled("mutuality-security"));
 * for (StoredCouple c : consentingCouples) {
 *   calibrator.addCouple(c.answersA(), c.answersB());
 * }
 * Calibration calibration = calibrator.calibrate(
 *     CalibrationOptions.describedAs("App users who consented, Jan-Jun 2026"));
 * Files.writeString(Path.of("mutuality-security-calibrated.json"),
 *     calibration.questionnaire().toJson());
 * }</pre>
 *
 * <p>Not thread-safe: use one per thread, or synchronize.
 *
 * @since 0.1.0
 */
public final class Calibrator {

  private final Questionnaire questionnaire;
  private final ScoringEngine engine;
  private final ReliabilityAccumulator accumulator;
  private final int[] codes;
  private final double[] keyedA;
  private final double[] keyedB;
  private final double[] scoresA;
  private final double[] scoresB;
  private final int[] answered;

  private Calibrator(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    this.engine = new ScoringEngine(questionnaire.definition());
    this.accumulator = new ReliabilityAccumulator(questionnaire.definition());
    int items = engine.itemCount();
    int scales = engine.scaleCount();
    codes = new int[items];
    keyedA = new double[items];
    keyedB = new double[items];
    scoresA = new double[scales];
    scoresB = new double[scales];
    answered = new int[scales];
  }

  /**
   * An empty sample for a questionnaire.
   *
   * @param questionnaire the questionnaire the answers follow
   * @return the calibrator
   */
  public static Calibrator of(Questionnaire questionnaire) {
    return new Calibrator(questionnaire);
  }

  /**
   * Adds a couple: both partners' answers, scored as the questionnaire scores them.
   *
   * @param partnerA partner A's answers
   * @param partnerB partner B's answers
   * @throws InvalidAnswerException naming the partner, for an unknown item or invalid code;
   *     nothing is added then
   */
  public void addCouple(Answers partnerA, Answers partnerB) {
    resolve("A", partnerA, keyedA);
    resolve("B", partnerB, keyedB);
    engine.scoreInto(keyedA, scoresA, answered);
    engine.scoreInto(keyedB, scoresB, answered);
    accumulator.addPerson(keyedA, scoresA, Role.A);
    accumulator.addPerson(keyedB, scoresB, Role.B);
    accumulator.addCouple(scoresA, scoresB);
  }

  /**
   * Adds a person whose partner did not answer.
   *
   * @param answers the person's answers
   * @param role the person's role in their couple
   * @throws InvalidAnswerException for an unknown item or invalid code; nothing is added then
   */
  public void addPerson(Answers answers, Role role) {
    resolve(role.name(), answers, keyedA);
    engine.scoreInto(keyedA, scoresA, answered);
    accumulator.addPerson(keyedA, scoresA, role);
  }

  private void resolve(String partner, Answers answers, double[] keyed) {
    try {
      engine.resolve(answers, codes, keyed);
    } catch (InvalidAnswerException e) {
      throw e.forPartner(partner);
    }
  }

  /**
   * The statistics of the sample so far: what {@code dyadscore reliability} reports.
   *
   * @return the report
   */
  public ReliabilityReport report() {
    return accumulator.result();
  }

  /**
   * Calibrates the questionnaire on the sample so far.
   *
   * @param options what the sample is and how to calibrate
   * @return the calibration
   * @throws CalibrationException when the sample is too small
   */
  public Calibration calibrate(CalibrationOptions options) {
    return Calibration.of(questionnaire, report(), options);
  }
}
