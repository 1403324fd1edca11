package org.zhengtong.interaction.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.StartClock;
import org.zhengtong.casework.Transition;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.RequestState;

/**
 * A letter's case in the core: its start and the steps every part opens the same way.
 * Each method runs in the caller's transaction (a refusal rolls it back with the letter's
 * own change).
 */
@Component
public class LetterCases {

	/** Names stored with tasks and clocks are Chinese, as the 待办 list shows them. */
	private static final Locale NAMES = Locale.SIMPLIFIED_CHINESE;

	private final Casework casework;

	private final LetterProperties properties;

	private final MessageSource messages;

	LetterCases(Casework casework, LetterProperties properties, MessageSource messages) {
		this.casework = casework;
		this.properties = properties;
		this.messages = messages;
	}

	/**
	 * Starts the case of a letter just stored, and opens its first step: 待审核 for the
	 * participation editors when the letter is held, otherwise 受理 (below).
	 * @param actor the writer's account name, or {@code AccountManagement.SYSTEM} for an
	 * anonymous writer
	 */
	public CaseView start(Letter letter, String actor) {
		CaseView started = casework.start(new StartCase(LetterType.CODE, letter.id().toString(), title(letter),
				"/workbench/letters/" + letter.id(), null, actor, null));
		letter.attachCase(started.id());
		return openFirstStep(letter, actor, started);
	}

	/**
	 * Starts the case of a letter stored before its number ({@link Letter#unnumbered}),
	 * under a title without the number, and opens no step yet: {@link #numbered} does,
	 * once the number is taken — last, so the counter's row is locked for the shortest
	 * time.
	 */
	CaseView startBeforeNumber(Letter letter, String actor) {
		CaseView started = casework.start(new StartCase(LetterType.CODE, letter.id().toString(),
				cut(doorName(letter) + "：" + letter.title()), "/workbench/letters/" + letter.id(), null, actor, null));
		letter.attachCase(started.id());
		return started;
	}

	/**
	 * The letter has its number now: its case takes the numbered title, then opens its
	 * first step as {@link #start} does (so the task, its notice and its clock name the
	 * number).
	 */
	CaseView numbered(Letter letter, String actor) {
		CaseView started = casework.retitle(caseOf(letter), title(letter), actor);
		return openFirstStep(letter, actor, started);
	}

	private CaseView openFirstStep(Letter letter, String actor, CaseView started) {
		if (letter.state() == RequestState.SCREENING) {
			casework.transition(Transition.to(started.id(), RequestState.SCREENING, actor)
				.opening(OpenStep.one(Assignee.anyone(InteractionRoles.MODERATE, role("INTERACTION_EDITOR")))));
			return started;
		}
		return openAcceptance(letter, actor);
	}

	/**
	 * Moves the letter's case to 待受理 and opens the 受理 step: the receiving office's 受理员
	 * (the site administrators for 我为政府网站找错), on the door's 受理 limit counted from the day
	 * the letter arrived.
	 */
	public CaseView openAcceptance(Letter letter, String actor) {
		Assignee office = letter.door() == Door.SITE_ERROR
				? Assignee.anyone(LetterAccess.SITE_MANAGE, role("SITE_ADMIN"))
				: Assignee.anyone(InteractionRoles.ACCEPT, role("LETTER_ACCEPTOR"));
		StartClock clock = new StartClock("interaction", letter.number() + " 受理", Measure.WORKING_DAYS,
				properties.of(letter.door()).accept(), letter.submittedAt(), null);
		return casework.transition(Transition.to(caseOf(letter), RequestState.SUBMITTED, actor)
			.opening(OpenStep.one(office).withClock(clock)));
	}

	/**
	 * Moves the letter's case to {@code to} (cancelling its open tasks), opening
	 * {@code step} there if given.
	 */
	public CaseView move(Letter letter, RequestState to, String actor, @Nullable String decision,
			@Nullable String opinion, @Nullable OpenStep step) {
		Transition transition = Transition.to(caseOf(letter), to, actor).because(decision, opinion);
		return casework.transition(step == null ? transition : transition.opening(step));
	}

	/** The id of the letter's case. */
	public long caseOf(Letter letter) {
		Long id = letter.caseId();
		if (id == null) {
			throw new IllegalStateException("Letter " + letter.number() + " has no case");
		}
		return id;
	}

	/** What the 待办 list shows: 领导信箱 2026-000123：关于…. */
	public String title(Letter letter) {
		return cut(doorName(letter) + " " + letter.number() + "：" + letter.title());
	}

	private String doorName(Letter letter) {
		return messages.getMessage("interaction.door." + letter.door().name(), null, NAMES);
	}

	private static String cut(String title) {
		return title.length() > 300 ? title.substring(0, 300) : title;
	}

	/** A role's name, as tasks show who they wait for. */
	public String role(String code) {
		return messages.getMessage("role." + code, null, code, NAMES);
	}

}
