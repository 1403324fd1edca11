package org.zhengtong.interaction.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.files.FileLink;
import org.zhengtong.interaction.InterviewChanged;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.UploadRules;
import org.zhengtong.shared.Refusal;

/**
 * What editors ({@code interaction.moderate}) and the public do to online interviews:
 * announce and describe one, start and end it, moderate the questions sent to it, write
 * its transcript and publish it line by line; and a visitor's question. Each change runs
 * in one transaction and is audited; a refusal rolls back what it did and leaves a DENIED
 * entry of its own.
 */
@Component
public class InterviewDesk {

	/** The owner type of an interview's picture in {@code files}. */
	public static final String PICTURES = "interaction.interview";

	/** Changes the public does not see (a question waiting, a line not yet published). */
	private static final java.util.Set<String> UNSEEN = java.util.Set.of("interaction.interview.question-asked",
			"interaction.interview.line-written");

	static final String OBJECT = "interaction.interview";

	private final Interviews interviews;

	private final InterviewQuestions questions;

	private final InterviewLines lines;

	private final MediaOrigin media;

	private final FileManagement files;

	private final SubmissionGuard guard;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	InterviewDesk(Interviews interviews, InterviewQuestions questions, InterviewLines lines, MediaOrigin media,
			FileManagement files, SubmissionGuard guard, ApplicationEventPublisher events, AuditManagement audit,
			TransactionTemplate transactions, Clock clock) {
		this.interviews = interviews;
		this.questions = questions;
		this.lines = lines;
		this.media = media;
		this.files = files;
		this.guard = guard;
		this.events = events;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * A picture to keep with an interview: its content and the name it was sent under.
	 */
	public record Picture(InputStream content, String fileName) {
	}

	/**
	 * 发布预告: a new interview, announced at once.
	 * @throws InterviewRefused when its stream is not on the configured media server
	 * @throws org.zhengtong.files.FileRefused when the picture is too large or not an
	 * image
	 */
	public Interview announce(Interview.Details details, @Nullable Picture picture, String editor) {
		UUID id = UUID.randomUUID();
		return changing(editor, "interaction.interview.announced", id, () -> {
			checkMedia(details);
			Interview interview = interviews.save(new Interview(id, details, editor, clock.instant()));
			if (picture != null) {
				interview.picture(store(interview, picture, editor).id());
			}
			record(editor, "interaction.interview.announced", id,
					"发布访谈预告《" + details.title() + "》，时间 " + details.startsAt() + "，嘉宾 " + guestNames(details.guests()));
			return interview;
		});
	}

	/**
	 * Changes what the announcement says (also of the archive), and its picture if one is
	 * sent.
	 */
	public Interview describe(UUID id, Interview.Details details, @Nullable Picture picture, String editor) {
		return changing(editor, "interaction.interview.described", id, () -> {
			Interview interview = find(id);
			checkMedia(details);
			String before = summaryOf(interview);
			interview.describe(details);
			if (picture != null) {
				UUID old = interview.pictureLink();
				interview.picture(store(interview, picture, editor).id());
				if (old != null) {
					files.detach(old);
				}
			}
			events.publishEvent(
					AuditableEvent
						.succeeded(clock.instant(), editor, "interaction.interview.described", OBJECT, id.toString(),
								"修改访谈《" + details.title() + "》")
						.withChange(before, summaryOf(interview)));
			return interview;
		});
	}

	/** 开始直播. */
	public Interview start(UUID id, String editor) {
		return changing(editor, "interaction.interview.started", id, () -> {
			Interview interview = find(id);
			interview.start(clock.instant());
			interviews.flush();
			record(editor, "interaction.interview.started", id, "开始直播《" + interview.title() + "》");
			return interview;
		});
	}

	/** 结束: the interview is the archive from now on. */
	public Interview end(UUID id, String editor) {
		return changing(editor, "interaction.interview.ended", id, () -> {
			Interview interview = find(id);
			interview.end(clock.instant());
			interviews.flush();
			record(editor, "interaction.interview.ended", id, "结束访谈《" + interview.title() + "》");
			return interview;
		});
	}

	/**
	 * 网友提问: a question from a signed-in public account or an anonymous visitor who gave a
	 * name; it waits for an editor whatever the guard says (the guard's reason is kept
	 * for the editor).
	 * @throws SubmissionRefused over a rate limit or for a wrong captcha, before anything
	 * is stored
	 * @throws InterviewRefused when the interview has ended
	 */
	public InterviewQuestion ask(UUID interviewId, Asker asker, String text) {
		return ask(interviewId, asker, text, true);
	}

	/** A question, checked by the guard or not (the demonstration's own). */
	InterviewQuestion ask(UUID interviewId, Asker asker, String text, boolean guarded) {
		String actor = asker.account() == null ? "anonymous" : asker.account();
		return changing(actor, "interaction.interview.question-asked", interviewId, () -> {
			Interview interview = find(interviewId);
			if (!interview.takesQuestions()) {
				throw InterviewRefused.wrongState(interview.state());
			}
			String held = !guarded ? null : guard.check(new SubmissionGuard.Attempt("question", asker.account(),
					asker.address(), asker.captcha(), List.of(asker.name(), text)));
			InterviewQuestion question = questions.save(new InterviewQuestion(UUID.randomUUID(), interviewId,
					asker.accountId(), asker.name(), text, held, asker.address(), clock.instant()));
			record(actor, "interaction.interview.question-asked", interviewId,
					"向访谈《" + interview.title() + "》提问" + (held == null ? "" : "（" + held + "）"));
			return question;
		});
	}

	/**
	 * Who asks: an account (with its id) or nobody signed in, the name given, the
	 * address.
	 */
	public record Asker(@Nullable String account, @Nullable UUID accountId, String name, String address,
			SubmissionGuard.@Nullable CaptchaAnswer captcha) {
	}

	/**
	 * 采用: the question is shown from now on, in {@code text} (blank: the original with ID
	 * and phone numbers masked); the original is kept.
	 */
	public InterviewQuestion approve(UUID interviewId, UUID questionId, @Nullable String text, String editor) {
		return changing(editor, "interaction.interview.question-approved", interviewId, () -> {
			InterviewQuestion question = question(interviewId, questionId);
			String shown = text == null || text.isBlank() ? Masks.inText(question.original()) : text.strip();
			question.approve(shown, editor, clock.instant());
			questions.flush();
			events
				.publishEvent(AuditableEvent
					.succeeded(clock.instant(), editor, "interaction.interview.question-approved", OBJECT,
							interviewId.toString(), "采用网友提问（" + questionId + "）")
					.withChange(question.original(), shown));
			return question;
		});
	}

	/** 不采用: the question is kept and never shown. */
	public InterviewQuestion reject(UUID interviewId, UUID questionId, String editor) {
		return changing(editor, "interaction.interview.question-rejected", interviewId, () -> {
			InterviewQuestion question = question(interviewId, questionId);
			question.reject(editor, clock.instant());
			questions.flush();
			record(editor, "interaction.interview.question-rejected", interviewId, "不采用网友提问（" + questionId + "）");
			return question;
		});
	}

	/**
	 * Writes a line of the transcript, not yet public; it may answer an approved
	 * question.
	 */
	public InterviewLine write(UUID interviewId, String speaker, String text, @Nullable UUID questionId,
			String editor) {
		return changing(editor, "interaction.interview.line-written", interviewId, () -> {
			Interview interview = find(interviewId);
			if (interview.state() == InterviewState.ENDED) {
				throw InterviewRefused.wrongState(interview.state());
			}
			if (questionId != null) {
				InterviewQuestion question = question(interviewId, questionId);
				if (question.state() != QuestionState.APPROVED) {
					throw InterviewRefused.questionNotShown();
				}
			}
			InterviewLine line = lines.save(new InterviewLine(UUID.randomUUID(), interviewId, speaker.strip(),
					text.strip(), questionId, editor, clock.instant()));
			record(editor, "interaction.interview.line-written", interviewId, "撰写文字直播：" + speaker.strip());
			return line;
		});
	}

	/**
	 * Publishes a written line while the interview is live, as corrected on the way; the
	 * question it answers counts as answered.
	 */
	public InterviewLine publish(UUID interviewId, UUID lineId, String speaker, String text, String editor) {
		return changing(editor, "interaction.interview.line-published", interviewId, () -> {
			Interview interview = find(interviewId);
			if (interview.state() != InterviewState.LIVE) {
				throw InterviewRefused.wrongState(interview.state());
			}
			InterviewLine line = lines.findById(lineId)
				.filter((found) -> found.interviewId().equals(interviewId))
				.orElseThrow(InterviewRefused::notFound);
			if (line.published()) {
				throw InterviewRefused.linePublished();
			}
			String before = line.speaker() + "：" + line.text();
			line.publish(speaker.strip(), text.strip(), lines.nextSeq(), editor, clock.instant());
			if (line.questionId() != null) {
				questions.findById(line.questionId()).ifPresent((question) -> question.answered(clock.instant()));
			}
			lines.flush();
			events.publishEvent(AuditableEvent
				.succeeded(clock.instant(), editor, "interaction.interview.line-published", OBJECT,
						interviewId.toString(), "发布文字直播：" + line.speaker())
				.withChange(before, line.speaker() + "：" + line.text()));
			return line;
		});
	}

	private Interview find(UUID id) {
		return interviews.findById(id).orElseThrow(InterviewRefused::notFound);
	}

	private InterviewQuestion question(UUID interviewId, UUID questionId) {
		return questions.findById(questionId)
			.filter((found) -> found.interviewId().equals(interviewId))
			.orElseThrow(InterviewRefused::notFound);
	}

	private void checkMedia(Interview.Details details) {
		if (details.mediaKind() != null && details.mediaUrl() != null && !media.allows(details.mediaUrl())) {
			throw InterviewRefused.mediaNotAllowed(media.origin());
		}
	}

	private FileLink store(Interview interview, Picture picture, String editor) {
		try {
			var stored = files.store(picture.content(), picture.fileName(), UploadRules.IMAGES);
			return files.attach(stored, new FileOwner(PICTURES, interview.id().toString()), picture.fileName(), editor);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void record(String actor, String action, UUID id, String summary) {
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, action, OBJECT, id.toString(), summary));
	}

	/**
	 * Runs a change in a transaction of its own; a refusal rolls it back and is recorded
	 * apart as DENIED, and a lost race with another editor becomes a refusal too.
	 */
	private <T> T changing(String actor, String action, UUID id, Supplier<T> change) {
		try {
			T result = transactions.execute((status) -> {
				T changed = change.get();
				if (!UNSEEN.contains(action)) {
					// What the public reads changed: copies (the search index) follow.
					events.publishEvent(new InterviewChanged(id));
				}
				return changed;
			});
			if (result == null) {
				throw new IllegalStateException(action + " gave nothing");
			}
			return result;
		}
		catch (SubmissionRefused guarded) {
			// The guard audits its own refusals (one entry for a burst, not one each).
			throw guarded;
		}
		catch (OptimisticLockingFailureException race) {
			throw denied(actor, action, id, InterviewRefused.changedMeanwhile());
		}
		catch (Refusal refused) {
			throw denied(actor, action, id, refused);
		}
	}

	private Refusal denied(String actor, String action, UUID id, Refusal refused) {
		audit.recordApart(AuditableEvent
			.succeeded(clock.instant(), actor, action, OBJECT, id.toString(), "拒绝：" + refused.getMessage())
			.withOutcome(Outcome.DENIED));
		return refused;
	}

	private static String guestNames(List<Interview.Guest> guests) {
		return String.join("、", guests.stream().map((guest) -> guest.name() + "（" + guest.post() + "）").toList());
	}

	private static String summaryOf(Interview interview) {
		return interview.title() + " | " + interview.startsAt() + " | " + guestNames(interview.guests()) + " | "
				+ (interview.mediaUrl() == null ? "" : interview.mediaUrl());
	}

	/** The questions of an interview waiting for moderation, oldest first. */
	public List<InterviewQuestion> pendingOf(UUID interviewId) {
		return questions.findByInterviewIdAndStateOrderByAskedAtAscIdAsc(interviewId, QuestionState.PENDING);
	}

}
