package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.FollowUpWay;
import org.zhengtong.interaction.LetterTopic;
import org.zhengtong.interaction.RatingLevel;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.interaction.RatingView;
import org.zhengtong.interaction.RecordFollowUp;
import org.zhengtong.platform.DemoTimetable;

/**
 * The demonstration's year of letters, written and handled through the same services the
 * pages call — the public form (captcha answered, each writer from an address of their
 * own), 受理, 派单 by the 派单目录, objections and re-routing, drafts, returns, approval, ratings
 * of all five levels, rectifications closed by 回访, 重办, merging, withdrawal and 办结 — each
 * step at its moment of the past ({@link DemoTimetable}). A showcase of recent letters
 * stands in every state on today's date (some 待受理 or 办理中 letters overdue, one held for
 * moderation); older ones are mostly 办结, spread over the units and doors.
 */
final class DemoLetters {

	/** The states the showcase leaves letters in (the older ones mostly end 办结). */
	enum Path {

		HELD, SUBMITTED, ACCEPTED, REJECTED, ASSIGNED, IN_PROGRESS, REVIEW, REPLIED, RATED, REOPENED, CLOSED, MERGED,
		WITHDRAWN

	}

	/** One demo letter: what is written, by whom, where it ends and how it gets there. */
	static final class Plan extends DemoTimetable.Story {

		final DemoLetterTexts.Text text;

		final Path path;

		final LocalDate day;

		@Nullable String writer;

		@Nullable UUID region;

		@Nullable RatingLevel level;

		boolean misrouted;

		boolean returned;

		boolean late;

		boolean escalated;

		boolean consent;

		boolean rectified = true;

		@Nullable Plan duplicateOf;

		/** When the letter is written (set as its steps are planned). */
		@Nullable Instant submittedAt;

		@Nullable UUID id;

		@Nullable UUID rectification;

		@Nullable String number;

		Plan(DemoLetterTexts.Text text, Path path, LocalDate day) {
			this.text = text;
			this.path = path;
			this.day = day;
		}

	}

	private final Services services;

	private final DemoCast cast;

	private final DemoTimetable year;

	private final Clock clock;

	private final Random random = new Random(2026);

	private final List<Plan> plans = new ArrayList<>();

	private int address;

	/** The services the demo goes through. */
	record Services(LetterSubmissions submissions, LetterOffice office, LetterHandling handling, LetterRatings ratings,
			LetterFollowing following, Moderation moderation, RatingManagement rating, Captchas captchas,
			Letters letters, CalendarManagement calendar) {
	}

	DemoLetters(Services services, DemoCast cast, DemoTimetable year, Clock clock) {
		this.services = services;
		this.cast = cast;
		this.year = year;
		this.clock = clock;
	}

	/** The plans made so far (the showcase, then the older ones). */
	List<Plan> plans() {
		return plans;
	}

	/** The recent letters, one or more in every state on today's date. */
	void showcase() {
		String me = cast.writers().isEmpty() ? null : cast.writers().get(0);
		mine(plan(text(Door.CONSULTATION, 0), Path.SUBMITTED, 0), me);
		plan(text(Door.COMPLAINT, 24), Path.SUBMITTED, 1);
		plan(text(Door.MESSAGE, 25), Path.SUBMITTED, 5);
		// Two of the education bureau's, for the README's chenjing and liuqiang
		plan(text(Door.COMPLAINT, 1), Path.IN_PROGRESS, 2);
		plan(text(Door.SUGGESTION, 2), Path.REVIEW, 4);
		Plan held = plan(new DemoLetterTexts.Text(Door.MESSAGE, LetterTopic.CITY_MANAGEMENT, "小区门口共享单车乱停放",
				"小区门口人行道上堆满了共享单车，轮椅和婴儿车都过不去。现场照片见 http://pics.example.net/qc/2201 ，请尽快清理。", ""), Path.HELD, 1);
		held.consent = false;
		plan(text(Door.SUGGESTION, 3), Path.ACCEPTED, 1);
		plan(text(Door.COMPLAINT, 4), Path.ACCEPTED, 3).misrouted = true;
		plan(text(Door.MESSAGE, 5), Path.REJECTED, 10);
		plan(text(Door.CONSULTATION, 6), Path.ASSIGNED, 1);
		Plan mergeTarget = plan(text(Door.COMPLAINT, 7), Path.ASSIGNED, 2);
		Plan duplicate = plan(mergeTarget.text, Path.MERGED, 2);
		duplicate.duplicateOf = mergeTarget;
		plan(text(Door.SUGGESTION, 8), Path.IN_PROGRESS, 3);
		Plan overdue = plan(text(Door.COMPLAINT, 9), Path.IN_PROGRESS, 25);
		overdue.late = true;
		overdue.escalated = true;
		plan(text(Door.MESSAGE, 10), Path.IN_PROGRESS, 12).misrouted = true;
		plan(text(Door.CONSULTATION, 11), Path.IN_PROGRESS, 4).returned = true;
		plan(text(Door.MAILBOX, 0), Path.IN_PROGRESS, 5);
		plan(text(Door.SUGGESTION, 12), Path.REVIEW, 6);
		plan(text(Door.COMPLAINT, 13), Path.REVIEW, 9).returned = true;
		Plan mine = mine(plan(text(Door.CONSULTATION, 14), Path.REPLIED, 5), me);
		mine.consent = true;
		Plan answered = plan(text(Door.COMPLAINT, 15), Path.REPLIED, 8);
		Plan answeredDuplicate = plan(answered.text, Path.MERGED, 8);
		answeredDuplicate.duplicateOf = answered;
		RatingLevel[] levels = RatingLevel.values();
		for (int i = 0; i < levels.length; i++) {
			Plan rated = plan(text(i % 2 == 0 ? Door.SUGGESTION : Door.COMPLAINT, 16 + i), Path.RATED, 8 + i);
			rated.level = levels[i];
			rated.rectified = false;
			rated.consent = i < 2;
		}
		plan(text(Door.COMPLAINT, 21), Path.REOPENED, 15);
		mine(plan(text(Door.MESSAGE, 22), Path.WITHDRAWN, 3), me);
		plan(text(Door.CONSULTATION, 23), Path.WITHDRAWN, 6);
		plan(text(Door.SITE_ERROR, 0), Path.SUBMITTED, 0);
		plan(text(Door.SITE_ERROR, 1), Path.REPLIED, 4).consent = true;
		Plan closed = plan(text(Door.MAILBOX, 1), Path.CLOSED, 45);
		closed.level = RatingLevel.VERY_DISSATISFIED;
		closed.consent = true;
	}

	/**
	 * {@code count} older letters, spread over the year before the showcase's weeks: most
	 * answered, rated and 办结, some 不予受理, merged or withdrawn.
	 */
	void older(int count) {
		LocalDate today = LocalDate.now(clock);
		List<DemoLetterTexts.Text> texts = DemoLetterTexts.LETTERS;
		for (int i = 0; i < count; i++) {
			LocalDate day = today.minusDays(50 + random.nextInt(315));
			while (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				day = day.minusDays(1);
			}
			DemoLetterTexts.Text text = texts.get(random.nextInt(texts.size()));
			int dice = random.nextInt(100);
			Path path = dice < 6 ? Path.REJECTED : dice < 10 ? Path.WITHDRAWN : Path.CLOSED;
			Plan plan = new Plan(text, path, day);
			plan.writer = random.nextInt(3) == 0 && !cast.writers().isEmpty()
					? cast.writers().get(random.nextInt(cast.writers().size())) : null;
			plan.region = regionFor(text);
			plan.consent = random.nextInt(10) < 4;
			if (path == Path.CLOSED) {
				plan.level = random.nextInt(10) < 7 ? level() : null;
				plan.misrouted = random.nextInt(10) == 0;
				plan.returned = random.nextInt(7) == 0;
				plan.late = random.nextInt(8) == 0;
				plan.escalated = plan.late && random.nextBoolean();
				plan.rectified = random.nextInt(10) > 0;
			}
			plans.add(plan);
			if (path == Path.CLOSED && random.nextInt(25) == 0) {
				Plan duplicate = new Plan(text, Path.MERGED, day);
				duplicate.duplicateOf = plan;
				duplicate.region = plan.region;
				plans.add(duplicate);
			}
		}
	}

	/** Puts every plan's steps on the year's timetable. */
	void schedule() {
		for (Plan plan : plans) {
			steps(plan);
		}
	}

	private Plan plan(DemoLetterTexts.Text text, Path path, int workingDaysAgo) {
		Plan plan = new Plan(text, path, workingDaysBefore(LocalDate.now(clock), workingDaysAgo));
		plan.region = regionFor(text);
		plan.consent = random.nextBoolean();
		plans.add(plan);
		return plan;
	}

	private static Plan mine(Plan plan, @Nullable String writer) {
		plan.writer = writer;
		return plan;
	}

	private DemoLetterTexts.Text text(Door door, int index) {
		List<DemoLetterTexts.Text> texts = DemoLetterTexts.LETTERS.stream()
			.filter((text) -> door == Door.SITE_ERROR ? text.door() == door : text.door() != Door.SITE_ERROR)
			.toList();
		DemoLetterTexts.Text text = texts.get(index % texts.size());
		if (door == Door.MAILBOX || door == Door.SITE_ERROR) {
			List<DemoLetterTexts.Text> same = texts.stream().filter((t) -> t.door() == door).toList();
			text = same.get(index % same.size());
		}
		return text;
	}

	private @Nullable UUID regionFor(DemoLetterTexts.Text text) {
		List<UUID> regions = cast.regions();
		if (cast.homeRegion() != null) {
			return cast.homeRegion();
		}
		if (regions.isEmpty() || text.door() == Door.SITE_ERROR || random.nextInt(3) > 0) {
			return null;
		}
		return regions.get(random.nextInt(regions.size()));
	}

	/** 非常满意 most often, 非常不满意 least. */
	private RatingLevel level() {
		int dice = random.nextInt(100);
		return dice < 42 ? RatingLevel.VERY_SATISFIED
				: dice < 72 ? RatingLevel.SATISFIED : dice < 86 ? RatingLevel.BASICALLY_SATISFIED
						: dice < 95 ? RatingLevel.DISSATISFIED : RatingLevel.VERY_DISSATISFIED;
	}

	private void steps(Plan plan) {
		Door door = plan.text.door();
		String office = door == Door.SITE_ERROR ? cast.siteAdmin() : cast.acceptor();
		String writer = plan.writer == null ? LetterSubmissions.ANONYMOUS : plan.writer;
		Instant t = at(plan.day, 9 + random.nextInt(9), random.nextInt(60));
		if (plan.day.equals(LocalDate.now(clock))) {
			t = clock.instant().minusSeconds(600 + random.nextInt(3000));
		}
		if (plan.duplicateOf != null && plan.duplicateOf.submittedAt != null) {
			// a duplicate comes after the letter it repeats, which then has its number
			t = plan.duplicateOf.submittedAt.plusSeconds(3600 + random.nextInt(3600));
		}
		plan.submittedAt = t;
		year.at(t, plan, "submit", () -> submit(plan));
		switch (plan.path) {
			case HELD, SUBMITTED -> {
				return;
			}
			case WITHDRAWN -> {
				year.at(t.plusSeconds(5400), plan, "withdraw", () -> services.following()
					.withdraw(services.letters().findById(plan.id).orElseThrow(), writer));
				return;
			}
			default -> {
			}
		}
		Instant accepted = nextWorkingMoment(t, 0);
		if (plan.duplicateOf != null) {
			Plan target = plan.duplicateOf;
			year.at(accepted.plusSeconds(1800), plan, "merge",
					() -> services.office().merge(plan.id, target.number, office));
			return;
		}
		year.at(accepted, plan, "accept", () -> services.office().accept(plan.id, office));
		if (plan.path == Path.REJECTED) {
			year.at(accepted.plusSeconds(600), plan, "reject", () -> services.office()
				.reject(plan.id, DemoLetterTexts.REJECTIONS.get(random.nextInt(DemoLetterTexts.REJECTIONS.size())),
						office));
			return;
		}
		DemoCast.Answerer unit = cast.answererOf(plan.text.topic(), plan.region);
		Instant routed = accepted.plusSeconds(3600);
		if (plan.misrouted && cast.units().size() > 1) {
			DemoCast.Answerer wrong = cast.units()
				.stream()
				.filter((u) -> !u.equals(unit))
				.toList()
				.get(random.nextInt(cast.units().size() - 1));
			year.at(routed, plan, "assign to the wrong unit",
					() -> services.office().assign(plan.id, wrong.unit(), office));
			routed = nextWorkingMoment(routed, 1);
			year.at(routed, plan, "object", () -> services.office()
				.object(plan.id, DemoLetterTexts.OBJECTIONS.get(random.nextInt(DemoLetterTexts.OBJECTIONS.size())),
						wrong.handler()));
			if (plan.path == Path.ACCEPTED) {
				return;
			}
			routed = routed.plusSeconds(7200);
		}
		else if (plan.path == Path.ACCEPTED) {
			return;
		}
		year.at(routed, plan, "assign", () -> services.office().assignAsProposed(plan.id, office));
		if (plan.path == Path.ASSIGNED) {
			return;
		}
		Instant taken = nextWorkingMoment(routed, 1);
		year.at(taken, plan, "take", () -> services.handling().take(plan.id, unit.handler()));
		year.at(taken.plusSeconds(2400), plan, "draft", () -> services.handling()
			.draft(plan.id, "您好！来信收悉。" + firstSentence(plan.text.reply()), unit.handler()));
		if (plan.escalated) {
			year.at(taken.plusSeconds(3 * 86400), plan, "escalate",
					() -> services.office().escalate(plan.id, "来信反映问题群众关注度高，请承办单位加快办理。", cast.acceptor()));
		}
		if (plan.path == Path.IN_PROGRESS && !plan.returned) {
			return;
		}
		int limit = door == Door.SITE_ERROR ? 2 : door == Door.CONSULTATION ? 3 : 6;
		Instant submitted = nextWorkingMoment(taken, plan.late ? limit + 8 : 1 + random.nextInt(limit));
		year.at(submitted, plan, "submit reply",
				() -> services.handling().submit(plan.id, plan.text.reply(), unit.handler()));
		if (plan.returned) {
			String opinion = DemoLetterTexts.RETURNS.get(random.nextInt(DemoLetterTexts.RETURNS.size()));
			year.at(submitted.plusSeconds(5400), plan, "return",
					() -> services.handling().returnReply(plan.id, opinion, unit.leader()));
			if (plan.path == Path.IN_PROGRESS) {
				return;
			}
			submitted = nextWorkingMoment(submitted, 1);
			year.at(submitted, plan, "submit again",
					() -> services.handling().submit(plan.id, plan.text.reply(), unit.handler()));
		}
		if (plan.path == Path.REVIEW) {
			return;
		}
		Instant replied = submitted.plusSeconds(3 * 3600);
		year.at(replied, plan, "approve", () -> services.handling().approve(plan.id, null, unit.leader()));
		if (plan.path == Path.REPLIED) {
			return;
		}
		String rater = plan.writer == null ? AccountManagement.SYSTEM : plan.writer;
		if (plan.path == Path.REOPENED) {
			year.at(nextWorkingMoment(replied, 2), plan, "reopen",
					() -> services.ratings().reopen(plan.id, DemoLetterTexts.REOPENINGS.get(random.nextInt(2)), rater));
			return;
		}
		RatingLevel level = plan.level;
		if (level != null) {
			Instant rated = replied.plusSeconds((1 + random.nextInt(4)) * 86400L);
			List<String> comments = DemoLetterTexts.COMMENTS.get(level.ordinal());
			String comment = random.nextBoolean() ? comments.get(random.nextInt(comments.size())) : null;
			year.at(rated, plan, "rate", () -> {
				RatingView rating = services.ratings().rate(plan.id, level, comment, rater);
				plan.rectification = rating.rectification();
			});
			if (level.bad() && plan.rectified) {
				year.at(rated.plusSeconds(8 * 86400L), plan, "follow up", () -> {
					if (plan.rectification != null) {
						services.rating().rectify(followUp(plan.rectification, rated, unit.leader()));
					}
				});
			}
		}
		if (plan.path == Path.CLOSED) {
			year.at(replied.plusSeconds(40 * 86400L), plan, "close", () -> services.ratings().closeIfDue(plan.id));
		}
	}

	private RecordFollowUp followUp(UUID rectification, Instant rated, String leader) {
		boolean valid = random.nextBoolean();
		LocalDate day = LocalDate.ofInstant(rated.plusSeconds(7 * 86400L), clock.getZone());
		return new RecordFollowUp(rectification, valid,
				valid ? "经核实，来信人反映的问题属实，承办人员答复前未到现场核查。" : "经核实，答复所述情况属实，来信人对处理结果仍有不同意见。",
				valid ? "已责成承办科室重新现场核查并落实整改，对承办人员进行提醒谈话。" : "再次向来信人解释政策依据，并告知其他救济途径。", day, FollowUpWay.PHONE,
				valid ? "电话回访来信人，对整改结果表示认可。" : "电话回访来信人，表示理解，但仍保留意见。", leader);
	}

	private void submit(Plan plan) {
		SubmissionGuard.CaptchaAnswer captcha = null;
		if (plan.writer == null) {
			Captchas.Challenge challenge = services.captchas().issue();
			captcha = new SubmissionGuard.CaptchaAnswer(challenge.token(),
					String.valueOf(challenge.first() + challenge.second()));
		}
		DemoLetterTexts.Text text = plan.text;
		boolean mailbox = text.door() == Door.MAILBOX && cast.mailboxLeader() != null;
		LetterSubmissions.Submitted submitted = services.submissions()
			.submit(new LetterSubmissions.SubmitLetter(text.door(), text.title(), text.body(), text.topic(),
					plan.region == null ? null : plan.region.toString(), mailbox ? cast.mailboxLeader().postId() : null,
					mailbox ? cast.mailboxLeader().name() : null, plan.writer == null ? writerName() : null,
					plan.writer == null ? writerPhone() : null, null, null, plan.consent, List.of(),
					SubmitTokens.generate(), plan.writer, nextAddress(), captcha));
		plan.id = submitted.id();
		plan.number = submitted.number();
	}

	private String writerName() {
		String surnames = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐";
		return surnames.charAt(random.nextInt(surnames.length())) + (random.nextBoolean() ? "先生" : "女士");
	}

	private String writerPhone() {
		return String.format("1390000%04d", 5000 + random.nextInt(5000));
	}

	/** Each writer from an address of their own (RFC 5737 documentation blocks). */
	private String nextAddress() {
		int n = address++;
		return (n % 2 == 0 ? "198.51.100." : "203.0.113.") + (1 + (n / 2) % 250);
	}

	private static String firstSentence(String reply) {
		int stop = reply.indexOf('。', 4);
		String first = stop < 0 ? reply : reply.substring(0, stop + 1);
		return first.startsWith("您好！") ? first.substring(3) : first;
	}

	private Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(Math.min(hour, 17), minute)).atZone(clock.getZone()).toInstant();
	}

	/**
	 * A working hour {@code days} working days after {@code from} (the same day for 0).
	 */
	private Instant nextWorkingMoment(Instant from, int days) {
		LocalDate day = LocalDate.ofInstant(from, clock.getZone());
		LocalDate next = days == 0 ? day : services.calendar().addWorkingDays(day, days);
		while (!services.calendar().isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		Instant moment = at(next, 9 + random.nextInt(8), random.nextInt(60));
		return moment.isAfter(from) ? moment : from.plusSeconds(1800);
	}

	private LocalDate workingDaysBefore(LocalDate today, int days) {
		LocalDate day = today;
		int counted = 0;
		while (counted < days) {
			day = day.minusDays(1);
			if (services.calendar().isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	static Set<Path> states() {
		return EnumSet.allOf(Path.class);
	}

}
