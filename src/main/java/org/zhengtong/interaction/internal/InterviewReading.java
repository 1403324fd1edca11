package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileManagement;
import org.zhengtong.organization.UnitManagement;

/**
 * An interview as its pages show it: the announcement with the guests' units named as
 * they were on the day (in English on the English site), the questions shown, the
 * transcript published so far; for editors also what waits for them.
 */
@Component
public class InterviewReading {

	private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Interviews interviews;

	private final InterviewQuestions questions;

	private final InterviewLines lines;

	private final UnitManagement units;

	private final FileManagement files;

	private final MediaOrigin media;

	private final Clock clock;

	InterviewReading(Interviews interviews, InterviewQuestions questions, InterviewLines lines, UnitManagement units,
			FileManagement files, MediaOrigin media, Clock clock) {
		this.interviews = interviews;
		this.questions = questions;
		this.lines = lines;
		this.units = units;
		this.files = files;
		this.media = media;
		this.clock = clock;
	}

	/** A guest with their unit's name on the interview's day. */
	public record GuestView(String name, String post, String unit) {
	}

	/** A question as the page shows it: the asker's name masked, the approved text. */
	public record QuestionView(UUID id, String asker, String text, Instant askedAt, boolean answered) {
	}

	/**
	 * A published line; {@code question} is the text of the question it answers, if any.
	 */
	public record LineView(long seq, String speaker, String text, String time, @Nullable String question) {
	}

	/** The interview as the public sees it. */
	public record Page(Interview interview, List<GuestView> guests, @Nullable FileLink picture, boolean embedsMedia,
			List<QuestionView> questions, List<LineView> lines, long lastSeq) {
	}

	/**
	 * What the editors' desk adds: the questions to moderate and the lines to publish.
	 */
	public record Desk(Page page, List<InterviewQuestion> pending, List<InterviewLine> drafts,
			List<InterviewQuestion> rejected) {
	}

	@Transactional(readOnly = true)
	public Optional<Page> page(UUID id, boolean english) {
		return interviews.findById(id).map((interview) -> page(interview, english));
	}

	@Transactional(readOnly = true)
	public Optional<Desk> desk(UUID id) {
		return interviews.findById(id)
			.map((interview) -> new Desk(page(interview, false),
					questions.findByInterviewIdAndStateOrderByAskedAtAscIdAsc(id, QuestionState.PENDING),
					lines.drafts(id),
					questions.findByInterviewIdAndStateOrderByAskedAtAscIdAsc(id, QuestionState.REJECTED)));
	}

	/** The lines published after {@code seq}, for a page that has those up to it. */
	@Transactional(readOnly = true)
	public List<LineView> linesAfter(UUID id, long seq) {
		List<InterviewLine> published = lines.publishedAfter(id, seq);
		Map<UUID, String> asked = questions.findByInterviewIdAndStateOrderByAskedAtAscIdAsc(id, QuestionState.APPROVED)
			.stream()
			.collect(Collectors.toMap(InterviewQuestion::id, (question) -> question.shownText() == null ? ""
					: Masks.name(question.askerName()) + "：" + question.shownText()));
		return published.stream().map((line) -> lineView(line, asked)).toList();
	}

	/** The upcoming and live interviews, soonest first. */
	@Transactional(readOnly = true)
	public List<Interview> coming() {
		return interviews.coming();
	}

	private Page page(Interview interview, boolean english) {
		LocalDate day = LocalDate.ofInstant(interview.startsAt(), clock.getZone());
		Function<UUID, String> unitName = (unit) -> units.find(unit, day)
			.map((view) -> english ? view.names().englishName() : view.names().fullName())
			.orElse("");
		List<GuestView> guests = interview.guests()
			.stream()
			.map((guest) -> new GuestView(guest.name(), guest.post(), unitName.apply(guest.unitId())))
			.toList();
		FileLink picture = interview.pictureLink() == null ? null : files.find(interview.pictureLink()).orElse(null);
		List<QuestionView> shown = questions
			.findByInterviewIdAndStateOrderByAskedAtAscIdAsc(interview.id(), QuestionState.APPROVED)
			.stream()
			.map((question) -> new QuestionView(question.id(), String.valueOf(Masks.name(question.askerName())),
					String.valueOf(question.shownText()), question.askedAt(), question.answeredAt() != null))
			.toList();
		List<LineView> transcript = linesAfter(interview.id(), 0);
		long last = transcript.isEmpty() ? 0 : transcript.get(transcript.size() - 1).seq();
		boolean embeds = interview.mediaUrl() != null && interview.state() != InterviewState.ANNOUNCED
				&& media.allows(interview.mediaUrl());
		return new Page(interview, guests, picture, embeds, shown, transcript, last);
	}

	private LineView lineView(InterviewLine line, Map<UUID, String> asked) {
		Instant at = line.publishedAt() == null ? line.writtenAt() : line.publishedAt();
		Long seq = line.publishedSeq();
		return new LineView(seq == null ? 0 : seq, line.speaker(), line.text(),
				CLOCK_TIME.format(at.atZone(clock.getZone())),
				line.questionId() == null ? null : asked.get(line.questionId()));
	}

	/** The media server's origin, for the page's Content-Security-Policy. */
	public String mediaOrigin() {
		return media.origin();
	}

}
