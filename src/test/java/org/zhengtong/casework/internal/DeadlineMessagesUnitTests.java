package org.zhengtong.casework.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.ClockRefused;
import org.zhengtong.casework.ClockView.Line;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.PauseKind;
import org.zhengtong.casework.internal.ClockPeriod.Stretch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengtong.casework.internal.ClockArithmeticUnitTests.at;

/**
 * Every line a clock can explain itself with, every colour word and every refusal reads
 * in Chinese and English, with all its arguments filled in (I18nKeysTests cannot see keys
 * built at run time).
 */
class DeadlineMessagesUnitTests {

	final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	{
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void every_explanation_line_colour_and_refusal_reads_in_both_languages() {
		ClockArithmetic arithmetic = new ClockArithmetic(CalendarStub.autumn2026(), ClockArithmeticUnitTests.SHANGHAI);
		List<Line> lines = new ArrayList<>();
		for (Measure measure : Measure.values()) {
			for (PauseKind kind : PauseKind.values()) {
				lines.addAll(arithmetic
					.work(new ClockPeriod(measure, 20, at("2026-12-18T10:00:00"), ClockArithmeticUnitTests.EIGHTY,
							List.of(new Stretch(kind, at("2026-12-21T09:00:00"), at("2026-12-23T09:00:00")),
									new Stretch(kind, at("2026-12-24T09:00:00"), null))))
					.explanation());
			}
			lines.addAll(
					arithmetic
						.work(new ClockPeriod(measure, 20, at("2026-09-18T10:00:00"), ClockArithmeticUnitTests.EIGHTY,
								List.of()))
						.explanation());
		}
		for (ClockColour colour : ClockColour.values()) {
			lines.add(Line.of("casework.clock.colour." + colour));
		}
		for (ClockRefused refused : List.of(ClockRefused.notFound(12345), ClockRefused.alreadyPaused(1),
				ClockRefused.notPaused(1), ClockRefused.stopped(1), ClockRefused.badLimit(0, "1.5"),
				ClockRefused.beforeStart(1))) {
			lines.add(new Line(refused.messageKey(), List.of(refused.arguments())));
		}
		assertThat(lines).extracting(Line::key)
			.contains("casework.clock.explain.provisional", "casework.clock.explain.paused",
					"casework.clock.explain.pause.HOURS", "casework.clock.explain.holiday",
					"casework.clock.explain.workday");

		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			for (Line line : lines) {
				assertThat(messages.getMessage(line, locale)).as(line.key() + " in " + locale)
					.doesNotContain("{", "casework.");
			}
		}
		assertThat(
				messages.getMessage(ClockRefused.notFound(12345).messageKey(), new Object[] { 12345 }, Locale.ENGLISH))
			.contains("12345");
	}

}
