package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartClock;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.interaction.GiveRating;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.InviteRating;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.RatedService;
import org.zhengtong.interaction.RatedSubject;
import org.zhengtong.interaction.RatingLevel;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.interaction.RatingRefused;
import org.zhengtong.interaction.RatingView;
import org.zhengtong.interaction.ReplySent;
import org.zhengtong.interaction.RequestRated;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.shared.Refusal;

/**
 * 好差评 of letters: the writer is invited when the reply is sent, rates it once (by their
 * account or by number and 查询码) within {@code rateDays} working days, and may re-open it
 * (重办) once within {@code reopenDays}: the unit that answered handles it again, and its
 * second reply is rated on its own. Answered letters are 办结 once both periods are over
 * ({@link LetterClosing}).
 */
@Component
public class LetterRatings {

	/** The rated subject type of letters. */
	public static final String SUBJECT = "interaction.request";

	private final Letters letters;

	private final LetterCases cases;

	private final QueryCodes codes;

	private final RatingManagement ratings;

	private final LetterProperties properties;

	private final CalendarManagement calendar;

	private final AccountManagement accounts;

	private final SubmissionGuard guard;

	private final AuditManagement audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	private final ZoneId zone;

	private final Deadlines deadlines;

	LetterRatings(Letters letters, LetterCases cases, QueryCodes codes, RatingManagement ratings,
			LetterProperties properties, CalendarManagement calendar, AccountManagement accounts, SubmissionGuard guard,
			AuditManagement audit, ApplicationEventPublisher events, MessageSource messages, Clock clock,
			PlatformProperties platform, Deadlines deadlines) {
		this.deadlines = deadlines;
		this.letters = letters;
		this.cases = cases;
		this.codes = codes;
		this.ratings = ratings;
		this.properties = properties;
		this.calendar = calendar;
		this.accounts = accounts;
		this.guard = guard;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.zone = platform.timeZone();
	}

	/** What the writer may do with an answered letter now (the rating fragment). */
	public record Status(boolean answered, @Nullable RatingView rating, boolean mayRate, @Nullable LocalDate rateUntil,
			boolean mayReopen, @Nullable LocalDate reopenUntil, boolean reopened, boolean anonymous) {

		/** The five levels, best first, as the form offers them. */
		public List<RatingLevel> levels() {
			return List.of(RatingLevel.values());
		}

	}

	/** The reply was sent: its writer is invited to rate it. */
	@ApplicationModuleListener
	void on(ReplySent sent) {
		letters.findById(sent.requestId()).ifPresent(this::invite);
	}

	/**
	 * The rated subject of the letter's current reply (a re-opened letter's second one).
	 */
	public static RatedSubject subject(Letter letter) {
		return new RatedSubject(SUBJECT, letter.reopenedAt() == null ? letter.id().toString() : letter.id() + ":2");
	}

	/** The letter a rated subject belongs to. */
	public static UUID letterOf(RatedSubject subject) {
		String id = subject.id();
		return UUID.fromString(id.endsWith(":2") ? id.substring(0, id.length() - 2) : id);
	}

	@Transactional(readOnly = true)
	public Status status(Letter letter) {
		boolean answered = answered(letter);
		if (!answered) {
			return new Status(false, null, false, null, false, null, letter.reopenedAt() != null,
					letter.writerAccountId() == null);
		}
		LocalDate today = LocalDate.now(clock);
		RatingView rating = ratings.rating(subject(letter)).orElse(null);
		LocalDate rateUntil = until(letter, properties.rateDays());
		LocalDate reopenUntil = until(letter, properties.reopenDays());
		boolean mayRate = rating == null && !today.isAfter(rateUntil)
				&& (letter.state() == RequestState.REPLIED || letter.state() == RequestState.MERGED);
		boolean mayReopen = letter.reopenedAt() == null && !today.isAfter(reopenUntil)
				&& (letter.state() == RequestState.REPLIED || letter.state() == RequestState.RATED);
		return new Status(true, rating, mayRate, rateUntil, mayReopen, reopenUntil, letter.reopenedAt() != null,
				letter.writerAccountId() == null);
	}

	/**
	 * The letter of a public account, as its writer.
	 * @throws LetterRefused not found for anyone else's
	 */
	@Transactional(readOnly = true)
	public Letter ownedBy(UUID id, String username) {
		UUID account = accounts.find(username).map((view) -> view.id()).orElse(null);
		return letters.findById(id)
			.filter((letter) -> account != null && account.equals(letter.writerAccountId()))
			.orElseThrow(LetterRefused::notFound);
	}

	/**
	 * The letter with this number and 查询码 (a throttled look-up).
	 * @throws RatingRefused code mismatch (audited) when they do not belong together
	 */
	@Transactional(readOnly = true)
	public Letter byCode(String number, String code, String address) {
		guard.check(new SubmissionGuard.Attempt("lookup", null, address, null, List.of()));
		return letters.findByNumber(number.strip())
			.filter((letter) -> codes.matches(letter, code))
			.orElseThrow(() -> deniedApart(AccountManagement.SYSTEM, "interaction.letter.code-refused", null,
					"编号与查询码不符：" + cut(number, 40), RatingRefused.codeMismatch()));
	}

	/**
	 * The writer rates the reply: once, within {@code rateDays} working days of it.
	 * @param actor the writer's account name, or {@code AccountManagement.SYSTEM} for one
	 * following by 查询码
	 */
	@Transactional
	public RatingView rate(UUID letterId, RatingLevel level, @Nullable String comment, String actor) {
		Letter letter = letters.findById(letterId).orElseThrow(LetterRefused::notFound);
		RatedSubject subject = subject(letter);
		if (!answered(letter) || (letter.state() != RequestState.REPLIED && letter.state() != RequestState.MERGED)) {
			throw denied(actor, "interaction.rating.rated", letter, "评价", ratings.rating(subject).isPresent()
					? RatingRefused.ratedBefore() : LetterRefused.wrongState(letter.state()));
		}
		if (LocalDate.now(clock).isAfter(until(letter, properties.rateDays()))) {
			throw denied(actor, "interaction.rating.rated", letter, "评价", RatingRefused.tooLate());
		}
		invite(letter);
		RatingView rating = ratings.rate(new GiveRating(subject, level, comment, actor));
		if (letter.state() == RequestState.REPLIED) {
			letter.rated();
			cases.move(letter, RequestState.RATED, actor, "评价",
					messages.getMessage("interaction.rating.level." + level.name(), null, Locale.SIMPLIFIED_CHINESE),
					null);
		}
		events.publishEvent(new RequestRated(letter.id(), letter.number(), level.score(), rating.ratedAt()));
		return rating;
	}

	/**
	 * 重办: the writer re-opens the answered letter once, within {@code reopenDays} working
	 * days of the reply; the unit that answered handles it again on the door's reply
	 * limit, counted afresh from the 重办 on a new reply clock of the letter's.
	 */
	@Transactional
	public void reopen(UUID letterId, String reason, String actor) {
		Letter letter = letters.findById(letterId).orElseThrow(LetterRefused::notFound);
		Instant now = clock.instant();
		try {
			if (letter.reopenedAt() != null) {
				throw LetterRefused.reopenedBefore();
			}
			if (letter.state().answered() && LocalDate.now(clock).isAfter(until(letter, properties.reopenDays()))) {
				throw RatingRefused.tooLate();
			}
			letter.reopen(now);
		}
		catch (Refusal refused) {
			throw denied(actor, "interaction.letter.reopened", letter, "重办", refused);
		}
		UUID unit = letter.unitId() != null ? letter.unitId() : letter.replyUnitId();
		if (unit == null) {
			throw new IllegalStateException("Answered letter " + letter.number() + " has no unit");
		}
		StartClock due = new StartClock("interaction", letter.number() + " 重办", Measure.WORKING_DAYS,
				properties.of(letter.door()).reply(), now, null);
		// The letter's own reply clock starts again (the first one stopped with the first
		// reply): the unit's queue orders by it, 催办 watches it, the second reply stops
		// it. The step's clock, on the same limit, dates the 待办 task.
		letter.replyAgain(unit, deadlines.start(due));
		cases.move(letter, RequestState.REOPENED, actor, "重办", reason,
				OpenStep.one(Assignee.unit(unit, InteractionRoles.HANDLE, cases.role("LETTER_HANDLER")))
					.withClock(due));
		events.publishEvent(AuditableEvent.succeeded(now, actor, "interaction.letter.reopened", SUBJECT,
				letter.id().toString(), "来信重办：" + letter.number() + "，理由：" + cut(reason, 500)));
	}

	/**
	 * 办结 of an answered letter once the periods for rating and re-opening are over;
	 * whether it was closed now.
	 */
	@Transactional
	public boolean closeIfDue(UUID letterId) {
		Letter letter = letters.findById(letterId).orElse(null);
		if (letter == null || (letter.state() != RequestState.REPLIED && letter.state() != RequestState.RATED)) {
			return false;
		}
		if (!LocalDate.now(clock).isAfter(until(letter, Math.max(properties.rateDays(), properties.reopenDays())))) {
			return false;
		}
		letter.close(clock.instant());
		cases.move(letter, RequestState.CLOSED, AccountManagement.SYSTEM, "办结", null, null);
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), AccountManagement.SYSTEM,
				"interaction.letter.closed", SUBJECT, letter.id().toString(), "来信办结：" + letter.number()));
		return true;
	}

	/**
	 * Invites the writer to rate the letter's current reply (nothing if invited before).
	 */
	void invite(Letter letter) {
		UUID unit = letter.replyUnitId() != null ? letter.replyUnitId() : letter.unitId();
		if (unit == null) {
			return;
		}
		String door = "interaction.door." + letter.door().name();
		ratings.invite(new InviteRating(subject(letter), unit,
				new RatedService("interaction.letter." + letter.door().name(),
						messages.getMessage(door, null, Locale.SIMPLIFIED_CHINESE),
						messages.getMessage(door, null, Locale.ENGLISH)),
				letter.number() + " " + letter.title(), letter.writerAccountId()));
	}

	/**
	 * Whether the writer has an answer to rate (a merged letter has its main letter's).
	 */
	private static boolean answered(Letter letter) {
		return letter.repliedAt() != null && letter.replyText() != null
				&& (letter.state().answered() || letter.state() == RequestState.MERGED);
	}

	/** The last day of a period of working days counted from the day after the reply. */
	private LocalDate until(Letter letter, int workingDays) {
		Instant replied = letter.repliedAt();
		LocalDate day = replied == null ? LocalDate.now(clock) : replied.atZone(zone).toLocalDate();
		return calendar.addWorkingDays(day, workingDays);
	}

	private RuntimeException denied(String actor, String action, Letter letter, String what, Refusal refused) {
		return deniedApart(actor, action, letter.id().toString(),
				what + "被拒绝：" + letter.number() + "，" + refused.getMessage(), refused);
	}

	private RuntimeException deniedApart(String actor, String action, @Nullable String letterId, String summary,
			Refusal refused) {
		audit.recordApart(AuditableEvent.succeeded(clock.instant(), actor, action, SUBJECT, letterId, summary)
			.withOutcome(Outcome.DENIED));
		return refused;
	}

	private static String cut(String text, int most) {
		return text.length() > most ? text.substring(0, most) : text;
	}

}
