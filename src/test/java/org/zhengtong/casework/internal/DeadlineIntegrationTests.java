package org.zhengtong.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.SpecialDay;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.ClockRefused;
import org.zhengtong.casework.ClockView;
import org.zhengtong.casework.DeadlineApproaching;
import org.zhengtong.casework.DeadlineMissed;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.PauseKind;
import org.zhengtong.casework.StartClock;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobStatus;
import org.zhengtong.platform.JobView;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.zhengtong.casework.internal.ClockArithmeticUnitTests.at;

/**
 * Deadline clocks on the real 2026 calendar in PostgreSQL (V5: 中秋节 09-25–27, 国庆节
 * 10-01–07, 调休上班 Sun 09-20 and Sat 10-10). Times are passed explicitly: no test waits for
 * the wall clock or moves it.
 */
@IntegrationTest
@RecordApplicationEvents
class DeadlineIntegrationTests {

	static final String EDITOR = "deadline-tests";

	@Autowired
	DeadlineService deadlines;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	JobManagement jobs;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ApplicationEvents events;

	long twentyWorkingDays(String subject) {
		return deadlines
			.start(new StartClock("test", subject, Measure.WORKING_DAYS, 20, at("2026-09-18T10:00:00"), null));
	}

	List<String> explained(ClockView view, Locale locale) {
		return view.explanation().stream().map((line) -> messages.getMessage(line, locale)).toList();
	}

	@Test
	void twenty_working_days_from_18_september_2026_end_on_22_october_and_say_why() {
		long id = twentyWorkingDays("政府信息公开申请 2026-1（条例第三十三条）");

		ClockView view = deadlines.view(id);

		assertThat(view.dueDay()).isEqualTo(LocalDate.parse("2026-10-22"));
		assertThat(view.dueAt()).isEqualTo(at("2026-10-22T23:59:59.999999"));
		assertThat(view.warnAt()).isEqualTo(at("2026-10-16T00:00:00"));
		assertThat(view.provisional()).isFalse();
		assertThat(jdbc.sql("SELECT due_at FROM casework_clock WHERE id = ?").param(id).query(Instant.class).single())
			.isEqualTo(at("2026-10-22T23:59:59.999999"));
		assertThat(explained(view, Locale.SIMPLIFIED_CHINESE)).contains("期限 20 个工作日，2026-09-18 起算，当日不计入（《民法典》第二百零一条）。",
				"跳过中秋节假期 2026-09-25 至 2026-09-27，共 3 天。", "跳过国庆节假期 2026-10-01 至 2026-10-07，共 7 天。",
				"2026-09-20（国庆节调休上班）为调休上班日，计入。", "2026-10-10（国庆节调休上班）为调休上班日，计入。", "第 20 个工作日为 2026-10-22，当日结束前办结即为按期。");
		assertThat(explained(view, Locale.ENGLISH)).contains("国庆节 holiday skipped, 2026-10-01 to 2026-10-07: 7 days.",
				"Working day 20 is 2026-10-22: on time until the end of that day.");
	}

	@Test
	void yellow_once_80_percent_is_used_red_once_the_due_day_is_over() {
		long id = twentyWorkingDays("yellow and red");

		// ceil(0.8 × 20) = 16 working days: day 16 is Fri 2026-10-16.
		assertThat(deadlines.colourAt(id, at("2026-10-15T23:59:59"))).isEqualTo(ClockColour.GREEN);
		assertThat(deadlines.colourAt(id, at("2026-10-16T00:00:00"))).isEqualTo(ClockColour.YELLOW);
		assertThat(deadlines.colourAt(id, at("2026-10-22T23:59:59"))).isEqualTo(ClockColour.YELLOW);
		assertThat(deadlines.colourAt(id, at("2026-10-23T00:00:00"))).isEqualTo(ClockColour.RED);
	}

	@Test
	void a_pause_of_five_working_days_moves_the_due_day_to_29_october() {
		long id = twentyWorkingDays("补正 pause");

		// Paused on Mon 09-21 at 09:00 (补正), resumed on Tue 09-29 at 15:00. The day of
		// pausing
		// had already run and counts; the day of resuming is like a start day and does
		// not
		// (民法典 art. 201). Kept out: 09-22, 09-23, 09-24 (09-25–27 中秋节 are off anyway),
		// 09-28, 09-29 = 5 working days. Counted: 09-20 (1, 调休), 09-21 (2), 09-30 (3),
		// 10-08 (4), 10-09 (5), 10-10 (6, 调休), 10-12…16 (7–11), 10-19…23 (12–16),
		// 10-26…29 (17–20): due Thu 2026-10-29, five working days after 10-22.
		deadlines.pause(id, PauseKind.CORRECTION, "申请内容不明确，一次性告知补正", "zhaomin", at("2026-09-21T09:00:00"));
		assertThat(deadlines.view(id).colour()).isEqualTo(ClockColour.PAUSED);
		assertThatThrownBy(() -> deadlines.pause(id, PauseKind.OTHER, "twice", "zhaomin", at("2026-09-22T09:00:00")))
			.isInstanceOf(ClockRefused.class);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entry
				WHERE object_type = 'casework_clock' AND object_id = ? AND action = 'casework.clock-paused'
				  AND outcome = 'DENIED'""").param(Long.toString(id)).query(Long.class).single())
			.as("the refused second pause, audited apart")
			.isEqualTo(1L);
		deadlines.resume(id, "zhaomin", at("2026-09-29T15:00:00"));

		ClockView view = deadlines.view(id);
		assertThat(view.dueDay()).isEqualTo(LocalDate.parse("2026-10-29"));
		assertThat(view.pauses()).singleElement().satisfies((pause) -> {
			assertThat(pause.kind()).isEqualTo(PauseKind.CORRECTION);
			assertThat(pause.endedAt()).isEqualTo(at("2026-09-29T15:00:00"));
		});
		assertThat(explained(view, Locale.SIMPLIFIED_CHINESE))
			.contains("因补正于 2026-09-21 暂停、2026-09-29 恢复：其间 5 个工作日不计入，期限相应顺延（暂停当日照常计算，恢复当日不计入）。");
		assertThat(jdbc.sql("SELECT ended_by FROM casework_clock_pause WHERE clock_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("zhaomin");
	}

	@Test
	void an_approved_extension_moves_the_due_day_says_why_and_is_audited_and_a_stopped_clock_refuses_it() {
		long id = twentyWorkingDays("extension (政府信息公开条例第三十三条)");

		deadlines.extend(id, 20, "需要调阅档案", "liuqiang");

		// Day 20 is 10-22; 20 more working days end on Thu 11-19.
		ClockView view = deadlines.view(id);
		assertThat(view.dueDay()).isEqualTo(LocalDate.parse("2026-11-19"));
		assertThat(jdbc.sql("SELECT due_at FROM casework_clock WHERE id = ?").param(id).query(Instant.class).single())
			.isEqualTo(at("2026-11-19T23:59:59.999999"));
		assertThat(explained(view, Locale.SIMPLIFIED_CHINESE)).contains("经批准延长 20 个工作日（需要调阅档案），期限共 40 个工作日。",
				"第 40 个工作日为 2026-11-19，当日结束前办结即为按期。");
		assertThat(explained(view, Locale.ENGLISH))
			.contains("Extended with approval by 20 working days (需要调阅档案): 40 working days in all.");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entry
				WHERE object_type = 'casework_clock' AND object_id = ? AND action = 'casework.clock-extended'
				  AND outcome = 'SUCCESS'""").param(Long.toString(id)).query(Long.class).single()).isEqualTo(1L));

		assertThatThrownBy(() -> deadlines.extend(id, 0, "nothing", "liuqiang")).isInstanceOf(ClockRefused.class)
			.hasMessageContaining("at least 1");
		deadlines.stop(id);
		assertThatThrownBy(() -> deadlines.extend(id, 5, "too late", "liuqiang")).isInstanceOf(ClockRefused.class);
		assertThat(deadlines.view(id).dueDay()).as("nothing changed by the refusals")
			.isEqualTo(LocalDate.parse("2026-11-19"));
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entry
				WHERE object_type = 'casework_clock' AND object_id = ? AND action = 'casework.clock-extended'
				  AND outcome = 'DENIED'""").param(Long.toString(id)).query(Long.class).single()).isEqualTo(2L);
	}

	@Test
	void a_holiday_added_inside_the_period_moves_the_due_day_once_the_recompute_job_has_run() {
		long id = twentyWorkingDays("calendar edit");
		LocalDate wednesday = LocalDate.parse("2026-10-14");
		try {
			recomputedAfter(() -> calendar.setDay(new SpecialDay(wednesday, DayKind.HOLIDAY, "临时放假"), EDITOR));
			// One working day fewer before 10-22: the 20th is now Fri 10-23.
			assertThat(deadlines.view(id).dueDay()).isEqualTo(LocalDate.parse("2026-10-23"));
			assertThat(explained(deadlines.view(id), Locale.SIMPLIFIED_CHINESE))
				.contains("跳过临时放假假期 2026-10-14 至 2026-10-14，共 1 天。");
		}
		finally {
			recomputedAfter(() -> calendar.clearDay(wednesday, EDITOR));
		}
		assertThat(deadlines.view(id).dueDay()).isEqualTo(LocalDate.parse("2026-10-22"));
	}

	/**
	 * Makes a calendar edit, waits for the recompute job it starts, and checks that it
	 * went through every open clock.
	 */
	private void recomputedAfter(Runnable edit) {
		Set<UUID> before = Set.copyOf(recomputes().stream().map(JobView::id).toList());
		edit.run();
		JobView job = await().atMost(Duration.ofSeconds(30))
			.until(() -> recomputes().stream()
				.filter((found) -> !before.contains(found.id()) && found.status().finished())
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(job.total()).isPositive();
		assertThat(job.done()).isEqualTo(job.total());
	}

	private List<JobView> recomputes() {
		return jobs.recent(EDITOR, 50).stream().filter((job) -> job.kind().equals("casework.recompute")).toList();
	}

	@Test
	void hours_end_at_the_exact_instant_and_calendar_days_count_holidays() {
		long hours = deadlines.start(new StartClock("test", "4 小时", Measure.HOURS, 4, at("2026-09-30T10:15:00"), null));
		long days = deadlines
			.start(new StartClock("test", "10 日", Measure.CALENDAR_DAYS, 10, at("2026-09-30T10:15:00"), 0.5));

		assertThat(deadlines.view(hours).dueAt()).isEqualTo(at("2026-09-30T14:15:00"));
		assertThat(deadlines.view(hours).dueTime()).isEqualTo(LocalDateTime.parse("2026-09-30T14:15"));
		// 80 % of 4 hours: 3 h 12 min.
		assertThat(deadlines.view(hours).warnAt()).isEqualTo(at("2026-09-30T13:27:00"));
		// 10 calendar days from 09-30, 国庆节 included: 10-10; warning after 5 of them (its
		// own
		// share of 0.5), from the start of 10-05.
		assertThat(deadlines.view(days).dueDay()).isEqualTo(LocalDate.parse("2026-10-10"));
		assertThat(deadlines.view(days).warnAt()).isEqualTo(at("2026-10-05T00:00:00"));
	}

	@Test
	void two_sweeps_at_once_publish_each_warning_once_and_each_miss_once() throws Exception {
		// Five working days from Mon 2030-03-04 (2030 not entered: weekends only): due
		// Mon
		// 03-11, yellow from Fri 03-08 (ceil(0.8 × 5) = 4). Far ahead of the wall clock,
		// so the
		// scheduled sweep of this test application never reaches them first.
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			ids.add(deadlines
				.start(new StartClock("test", "sweep " + i, Measure.WORKING_DAYS, 5, at("2030-03-04T10:00:00"), null)));
		}
		Instant yellow = at("2030-03-09T12:00:00");
		Instant red = at("2030-03-12T00:00:01");

		List<DeadlineSweep.Swept> first = inParallel(() -> sweep.sweep(yellow));
		assertThat(claimed(first, DeadlineSweep.Swept::approaching, ids)).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(claimed(first, DeadlineSweep.Swept::missed, ids)).isEmpty();

		List<DeadlineSweep.Swept> second = inParallel(() -> sweep.sweep(red));
		assertThat(claimed(second, DeadlineSweep.Swept::missed, ids)).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(claimed(second, DeadlineSweep.Swept::approaching, ids)).isEmpty();

		assertThat(claimed(List.of(sweep.sweep(red)),
				(swept) -> Stream.concat(swept.missed().stream(), swept.approaching().stream()).toList(), ids))
			.isEmpty();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM casework_clock WHERE id IN (:ids)
				  AND approaching_published_at IS NOT NULL AND missed_published_at IS NOT NULL""")
			.param("ids", ids)
			.query(Long.class)
			.single()).isEqualTo(30L);
	}

	@Test
	void a_clock_found_past_its_due_day_is_published_missed_only_within_the_sweep() {
		long id = deadlines
			.start(new StartClock("test", "late", Measure.WORKING_DAYS, 5, at("2030-04-01T10:00:00"), null));

		sweep.sweep(at("2030-04-30T00:00:00"));

		assertThat(events.stream(DeadlineMissed.class).filter((missed) -> missed.clockId() == id)).singleElement()
			.satisfies((missed) -> assertThat(missed.subject()).isEqualTo("late"));
		assertThat(events.stream(DeadlineApproaching.class).filter((warned) -> warned.clockId() == id)).isEmpty();
	}

	@Test
	void stopped_clocks_do_not_warn() {
		long id = deadlines
			.start(new StartClock("test", "done in time", Measure.WORKING_DAYS, 5, at("2030-05-06T10:00:00"), null));
		deadlines.stop(id, at("2030-05-07T10:00:00"));

		DeadlineSweep.Swept swept = sweep.sweep(at("2030-06-30T00:00:00"));

		assertThat(swept.missed()).noneMatch((missed) -> missed.clockId() == id);
		assertThat(deadlines.view(id).colour()).isEqualTo(ClockColour.STOPPED);
	}

	@Test
	void the_fragment_shows_the_due_day_a_word_for_the_colour_and_the_explanation_in_both_languages() {
		long id = twentyWorkingDays("fragment");
		deadlines.stop(id, at("2026-10-20T10:00:00"));
		ClockView view = deadlines.view(id);

		String chinese = templates.process("fragments/deadline",
				new Context(Locale.SIMPLIFIED_CHINESE, Map.of("clock", view)));
		String english = templates.process("fragments/deadline", new Context(Locale.ENGLISH, Map.of("clock", view)));

		assertThat(chinese).contains("2026-10-22", "已结束", "<details", "期限如何计算",
				"跳过国庆节假期 2026-10-01 至 2026-10-07，共 7 天。");
		assertThat(english).contains("2026-10-22", "Finished", "How this date was worked out",
				"国庆节 holiday skipped, 2026-10-01 to 2026-10-07: 7 days.");
	}

	private static <T> List<T> inParallel(java.util.concurrent.Callable<T> work) throws Exception {
		CyclicBarrier barrier = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				futures.add(pool.submit(() -> {
					barrier.await();
					return work.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The ids of these clocks among what the sweeps published, one entry per publication.
	 */
	private static List<Long> claimed(List<DeadlineSweep.Swept> sweeps,
			Function<DeadlineSweep.Swept, List<? extends Record>> part, List<Long> ids) {
		return sweeps.stream()
			.flatMap((swept) -> part.apply(swept).stream())
			.map((event) -> event instanceof DeadlineMissed missed ? missed.clockId()
					: ((DeadlineApproaching) event).clockId())
			.filter(ids::contains)
			.toList();
	}

}
