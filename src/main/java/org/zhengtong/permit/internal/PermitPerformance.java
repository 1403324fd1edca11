package org.zhengtong.permit.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.interaction.PerformanceContributor;
import org.zhengtong.interaction.PerformanceSection;
import org.zhengtong.interaction.PerformanceSection.Bar;
import org.zhengtong.interaction.PerformanceSection.Chart;
import org.zhengtong.interaction.PerformanceSection.Definition;
import org.zhengtong.interaction.PerformanceSection.Table;
import org.zhengtong.permit.internal.FigureRecords.Grouping;
import org.zhengtong.platform.PlatformProperties;

/**
 * Permits on the public performance page (办理成效): this year's 行政许可项目在线处理率 (cases and
 * items, against the 80 % target) and 按时办结率 per department, with their definitions — the
 * figures of the 电子监察 statistics page.
 */
@Component
class PermitPerformance implements PerformanceContributor {

	private static final String DASH = "—";

	private final PermitStatistics statistics;

	private final MessageSource messages;

	private final Clock clock;

	private final ZoneId zone;

	PermitPerformance(PermitStatistics statistics, MessageSource messages, Clock clock, PlatformProperties platform) {
		this.statistics = statistics;
		this.messages = messages;
		this.clock = clock;
		this.zone = platform.timeZone();
	}

	@Override
	public List<PerformanceSection> sections(Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		YearMonth now = YearMonth.now(clock.withZone(zone));
		PermitStatistics.Table table = statistics.table(AccessScope.everything(), now.withMonth(1), now, null,
				Grouping.DEPARTMENT, english);
		String year = Integer.toString(now.getYear());
		List<List<String>> online = new ArrayList<>();
		List<Bar> onlineBars = new ArrayList<>();
		List<List<String>> onTime = new ArrayList<>();
		List<Bar> onTimeBars = new ArrayList<>();
		for (PermitStatistics.Row row : table.rows()) {
			PermitFigures f = row.figures();
			online.add(List.of(row.departmentName(), Long.toString(f.received()), Long.toString(f.receivedOnline()),
					percent(f.onlineRate()), Long.toString(row.items()), Long.toString(row.onlineItems()),
					percent(row.itemOnlineRate())));
			onlineBars.add(new Bar(row.departmentName() + "：" + percent(f.onlineRate()), f.onlineRate()));
			if (f.decided() > 0) {
				onTime.add(List.of(row.departmentName(), Long.toString(f.decided()), Long.toString(f.decidedOnTime()),
						percent(f.onTimeRate())));
				onTimeBars.add(new Bar(row.departmentName() + "：" + percent(f.onTimeRate()), f.onTimeRate()));
			}
		}
		PermitStatistics.Row total = table.total();
		PermitFigures t = total.figures();
		String totalName = text(locale, "permit.supervision.total");
		Table onlineTable = new Table(text(locale, "permit.performance.online.caption", year),
				List.of(text(locale, "permit.supervision.department"), text(locale, "permit.supervision.received"),
						text(locale, "permit.supervision.receivedOnline"),
						text(locale, "permit.supervision.onlineRate"), text(locale, "permit.supervision.items"),
						text(locale, "permit.supervision.onlineItems"),
						text(locale, "permit.supervision.itemOnlineRate")),
				online,
				online.isEmpty() ? null
						: List.of(totalName, Long.toString(t.received()), Long.toString(t.receivedOnline()),
								percent(t.onlineRate()), Long.toString(total.items()),
								Long.toString(total.onlineItems()), percent(total.itemOnlineRate())),
				onlineBars.isEmpty() ? null : new Chart(onlineBars));
		Table onTimeTable = new Table(text(locale, "permit.performance.onTime.caption", year),
				List.of(text(locale, "permit.supervision.department"), text(locale, "permit.supervision.decided"),
						text(locale,
								"permit.supervision.decidedOnTime"),
						text(locale, "permit.supervision.onTimeRate")),
				onTime,
				onTime.isEmpty() ? null : List.of(totalName, Long.toString(t.decided()),
						Long.toString(t.decidedOnTime()), percent(t.onTimeRate())),
				onTimeBars.isEmpty() ? null : new Chart(onTimeBars));
		List<Definition> definitions = new ArrayList<>();
		for (String figure : List.of("onlineRate", "itemOnlineRate", "onTimeRate")) {
			definitions.add(new Definition(text(locale, "permit.supervision." + figure),
					text(locale, "permit.supervision.def." + figure, PermitStatistics.TARGET)));
		}
		definitions.add(new Definition(text(locale, "permit.performance.target.term"),
				text(locale, "permit.performance.target.def", PermitStatistics.TARGET)));
		return List.of(new PerformanceSection("permits", 30, text(locale, "permit.performance.heading"), definitions,
				List.of(onlineTable, onTimeTable)));
	}

	static String percent(@Nullable BigDecimal value) {
		return value == null ? DASH : value.toPlainString() + "%";
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
