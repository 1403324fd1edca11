package org.zhengtong.interaction.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengtong.interaction.PerformanceContributor;
import org.zhengtong.interaction.PerformanceSection;
import org.zhengtong.interaction.PerformanceSection.Bar;
import org.zhengtong.interaction.PerformanceSection.Chart;
import org.zhengtong.interaction.PerformanceSection.Definition;
import org.zhengtong.interaction.PerformanceSection.Table;
import org.zhengtong.platform.PlatformProperties;

/**
 * Interaction's figures on the performance page: letters answered on time per unit (this
 * year and the last twelve months, each unit charged for its own time as on the workbench
 * statistics), and 我为政府网站找错 as inspectors count it.
 * <p>
 * The 找错 figures follow the 留言办理 items of the 政府网站工作年度报表 (政府网站发展指引, 国办发〔2017〕47号, annex:
 * 收到留言数量, 办结留言数量, 平均办理时间（天）, 公开答复数量) and the national 我为政府网站找错 platform's counts of valid
 * messages (有效留言) and their 办结率 (the platform opened by 国务院办公厅 in September 2015; its
 * quarterly 抽查通报 count 网民有效留言); on time means answered within the door's reply limit (3
 * working days by default, {@code LetterProperties}).
 */
@Component
class LetterPerformance implements PerformanceContributor {

	private static final String DASH = "—";

	private final LetterStatistics statistics;

	private final MessageSource messages;

	private final Clock clock;

	private final ZoneId zone;

	LetterPerformance(LetterStatistics statistics, MessageSource messages, Clock clock, PlatformProperties platform) {
		this.statistics = statistics;
		this.messages = messages;
		this.clock = clock;
		this.zone = platform.timeZone();
	}

	@Override
	public List<PerformanceSection> sections(Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		YearMonth now = YearMonth.now(clock.withZone(zone));
		YearMonth january = now.withMonth(1);
		YearMonth yearAgo = now.minusMonths(11);
		List<Table> letters = List.of(onTime(statistics.perUnit(january, now, english),
				text(locale, "interaction.performance.letters.caption.year", Integer.toString(now.getYear())), locale),
				onTime(statistics.perUnit(yearAgo, now, english), text(locale,
						"interaction.performance.letters.caption.twelve", yearAgo.toString(), now.toString()), locale));
		PerformanceSection lettersSection = new PerformanceSection("letters", 10,
				text(locale, "interaction.performance.letters.heading"), List.of(definition(locale, "answered"),
						definition(locale, "onTime"), definition(locale, "onTimeRate"), definition(locale, "charged")),
				letters);
		Instant next = now.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		var year = statistics.siteErrors(january.atDay(1).atStartOfDay(zone).toInstant(), next);
		var twelve = statistics.siteErrors(yearAgo.atDay(1).atStartOfDay(zone).toInstant(), next);
		List<String> columns = List.of(text(locale, "interaction.performance.siteErrors.period"),
				text(locale, "interaction.performance.siteErrors.received"),
				text(locale, "interaction.performance.siteErrors.accepted"),
				text(locale, "interaction.performance.siteErrors.answered"),
				text(locale, "interaction.performance.siteErrors.onTime"),
				text(locale, "interaction.performance.siteErrors.averageDays"),
				text(locale, "interaction.performance.siteErrors.published"));
		Table siteTable = new Table(text(locale, "interaction.performance.siteErrors.caption"), columns, List.of(
				siteRow(text(locale, "interaction.performance.thisYear", Integer.toString(now.getYear())), year),
				siteRow(text(locale, "interaction.performance.twelveMonths"), twelve)), null, null);
		PerformanceSection siteSection = new PerformanceSection("site-errors", 20,
				text(locale, "interaction.performance.siteErrors.heading"),
				List.of(siteDefinition(locale, "received"), siteDefinition(locale, "accepted"),
						siteDefinition(locale, "answered"), siteDefinition(locale, "onTime"),
						siteDefinition(locale, "averageDays"), siteDefinition(locale, "published")),
				List.of(siteTable));
		return List.of(lettersSection, siteSection);
	}

	private Table onTime(List<LetterStatistics.Row> units, String caption, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		UnitMonthFigures total = UnitMonthFigures.zero(null, null);
		for (LetterStatistics.Row unit : units) {
			UnitMonthFigures figures = unit.figures();
			if (figures.received() == figures.notCharged()) {
				continue;
			}
			total = total.plus(figures);
			rows.add(List.of(unit.unitName(), Long.toString(figures.answered()), Long.toString(figures.onTime()),
					percent(figures.onTimeRate())));
			bars.add(new Bar(unit.unitName() + "：" + percent(figures.onTimeRate()), figures.onTimeRate()));
		}
		return new Table(caption,
				List.of(text(locale, "interaction.statistics.unit"), text(locale, "interaction.statistics.answered"),
						text(locale, "interaction.statistics.onTime"),
						text(locale, "interaction.statistics.onTimeRate")),
				rows,
				rows.isEmpty() ? null
						: List.of(text(locale, "interaction.statistics.total"), Long.toString(total.answered()),
								Long.toString(total.onTime()), percent(total.onTimeRate())),
				bars.isEmpty() ? null : new Chart(bars));
	}

	private static List<String> siteRow(String period, StatisticsRecords.SiteErrorFigures figures) {
		return List.of(period, Long.toString(figures.received()), Long.toString(figures.accepted()),
				Long.toString(figures.answered()), Long.toString(figures.onTime()),
				figures.averageDays() == null ? DASH : figures.averageDays().toPlainString(),
				Long.toString(figures.published()));
	}

	private Definition definition(Locale locale, String figure) {
		return new Definition(text(locale, "interaction.performance.letters.term." + figure),
				text(locale, "interaction.performance.letters.def." + figure));
	}

	private Definition siteDefinition(Locale locale, String figure) {
		return new Definition(text(locale, "interaction.performance.siteErrors." + figure),
				text(locale, "interaction.performance.siteErrors.def." + figure));
	}

	static String percent(@Nullable BigDecimal value) {
		return value == null ? DASH : value.toPlainString() + "%";
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
