/**
 * Couple reports for their readers: who may see what ({@link io.github.dyadscore.report.Audience},
 * {@link io.github.dyadscore.report.ReportOptions}), the audience-filtered {@link
 * io.github.dyadscore.report.ReportView} that every format renders, and the renderers.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.builder().audience(Audience.PARTNER_A).build();
 * ReportView view = ReportView.of(questionnaire, answersA, answersB, options);
 * }</pre>
 *
 * <p>The privacy rules live in {@code ReportView} alone: a renderer formats what the view holds,
 * and what an audience may not see is not in it. Every type here is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.dyadscore.report;

import org.jspecify.annotations.NullMarked;
