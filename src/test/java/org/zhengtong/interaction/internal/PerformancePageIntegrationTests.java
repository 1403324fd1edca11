package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.bench.LetterCorpus;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * 办理成效 ({@code /performance}): the public page shows each unit's letters answered on time
 * with definitions, captions and the 我为政府网站找错 figures, in Chinese and English, and is
 * linked from the main navigation. The portal's page cache keeps it for the day, so
 * figures are never older than the day: new letters appear once the day turns.
 */
@IntegrationTest
class PerformancePageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestClock clock;

	@Autowired
	UnitManagement units;

	@Test
	void the_page_shows_the_figures_with_their_definitions_and_is_counted_anew_each_day() throws Exception {
		clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
		UUID first = TestStaff.unit(units, "成效甲局", "Performance First Bureau");
		// units are made before the first visit: a new unit makes the site's pages stale
		UUID second = TestStaff.unit(units, "成效乙局", "Performance Second Bureau");
		LetterCorpus.load(dataSource, 120, List.of(first), clock.instant(), 3L,
				"P" + UUID.randomUUID().toString().substring(0, 7));

		MvcTestResult page = mvc.get().uri("/performance").exchange();
		assertThat(page).hasStatusOk().hasHeader("X-Cache", "MISS");
		String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html)
			.contains("<h1>办理成效</h1>", "来信按时答复情况", "按时答复率", "每个单位只对自己承办的时间负责", "2026 年各单位来信按时答复情况",
					"近 12 个月（2025-12 至 2026-11）", "我为政府网站找错", "收到留言数", "平均办理时间（天）", "公开答复数", "统计时间：2026-11-20 09:00",
					"<caption>", "scope=\"row\"", "<svg", "href=\"/performance\"")
			.contains(units.find(first, clock.instant().atZone(clock.getZone()).toLocalDate())
				.orElseThrow()
				.names()
				.fullName());
		assertThat(mvc.get().uri("/en/performance").exchange()).hasStatusOk()
			.bodyText()
			.contains("Letters answered on time", "Report an error on this website", "Average days to answer",
					"Performance First Bureau");

		LetterCorpus.load(dataSource, 120, List.of(second), clock.instant(), 4L,
				"Q" + UUID.randomUUID().toString().substring(0, 7));
		String secondName = units.find(second, clock.instant().atZone(clock.getZone()).toLocalDate())
			.orElseThrow()
			.names()
			.fullName();
		MvcTestResult sameDay = mvc.get().uri("/performance").exchange();
		assertThat(sameDay).hasStatusOk().hasHeader("X-Cache", "HIT");
		assertThat(sameDay.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(secondName);

		clock.set(LocalDateTime.of(2026, 11, 21, 0, 5));
		MvcTestResult nextDay = mvc.get().uri("/performance").exchange();
		assertThat(nextDay).hasStatusOk().hasHeader("X-Cache", "MISS");
		assertThat(nextDay.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(secondName,
				"统计时间：2026-11-21 00:05");
	}

}
