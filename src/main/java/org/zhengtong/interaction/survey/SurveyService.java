package org.zhengtong.interaction.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.interaction.SurveyChanged;
import org.zhengtong.interaction.survey.SurveyRecords.Count;
import org.zhengtong.interaction.survey.SurveyRecords.TextAnswer;
import org.zhengtong.interaction.survey.SurveyResults.Bar;
import org.zhengtong.interaction.survey.SurveyResults.QuestionResult;

/**
 * Surveys and consultations from draft to published results, and the public's answers.
 * Every change is audited; a refused step changes nothing and is audited as DENIED in a
 * transaction of its own.
 */
@Service
@Transactional
class SurveyService {

	static final String OBJECT = "interaction.survey";

	static final int TEXT_LIMIT = 2000;

	/** The texts and dates of a survey as an editor sets them. */
	record Description(String title, String description, @Nullable String draftText, Instant opensAt,
			Instant closesAt) {
	}

	/** A question as an editor adds it. */
	record NewQuestion(QuestionKind kind, String text, boolean required, List<String> choices, int scaleMin,
			int scaleMax) {
	}

	/**
	 * What one person answered: {@code answers} by question id (a choice's index, a
	 * point, or text), {@code picked} the 多选 choices as {@code questionId:index}.
	 */
	record Answers(Map<String, String> answers, List<String> picked) {
	}

	/** Who answers: a signed-in account, or a phone with the code sent to it. */
	record Answerer(@Nullable String username, @Nullable String phone, @Nullable String code,
			@Nullable String address) {
	}

	private final Surveys surveys;

	private final SurveyQuestions questions;

	private final SurveyRecords records;

	private final PhoneCodes phones;

	private final AccountManagement accounts;

	private final AuditManagement audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SurveyService(Surveys surveys, SurveyQuestions questions, SurveyRecords records, PhoneCodes phones,
			AccountManagement accounts, AuditManagement audit, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.surveys = surveys;
		this.questions = questions;
		this.records = records;
		this.phones = phones;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Survey> find(UUID id) {
		return surveys.findById(id);
	}

	@Transactional(readOnly = true)
	public List<SurveyQuestion> questions(UUID survey) {
		return questions.findBySurveyIdOrderByPosition(survey);
	}

	Survey create(SurveyKind kind, Description description, String actor) {
		return audited(actor, "interaction.survey.created", null, () -> {
			Instant now = clock.instant();
			Survey survey = Survey.draft(kind, actor, now);
			survey.describe(description.title(), description.description(), description.draftText(),
					description.opensAt(), description.closesAt(), now);
			surveys.save(survey);
			record(actor, "interaction.survey.created", survey, "新建" + kindName(survey) + "：" + survey.title());
			return survey;
		});
	}

	Survey update(UUID id, long version, Description description, String actor) {
		return audited(actor, "interaction.survey.updated", id, () -> {
			Survey survey = load(id);
			if (survey.version() != version) {
				throw SurveyRefused.changedMeanwhile();
			}
			String before = survey.title() + "（" + survey.opensAt() + " — " + survey.closesAt() + "）";
			survey.describe(description.title(), description.description(), description.draftText(),
					description.opensAt(), description.closesAt(), clock.instant());
			audit.record(
					event(actor, "interaction.survey.updated", survey, "修改" + kindName(survey) + "：" + survey.title())
						.withChange(before, survey.title() + "（" + survey.opensAt() + " — " + survey.closesAt() + "）"));
			changed(survey);
			return survey;
		});
	}

	void addQuestion(UUID id, NewQuestion question, String actor) {
		audited(actor, "interaction.survey.question-added", id, () -> {
			Survey survey = editable(id);
			List<SurveyQuestion> now = questions.findBySurveyIdOrderByPosition(id);
			int position = now.isEmpty() ? 1 : now.get(now.size() - 1).position() + 1;
			questions.save(SurveyQuestion.of(id, position, question.kind(), question.text(), question.required(),
					question.choices(), question.scaleMin(), question.scaleMax()));
			record(actor, "interaction.survey.question-added", survey, "添加问题：" + question.text().strip());
			return survey;
		});
	}

	void removeQuestion(UUID id, UUID question, String actor) {
		audited(actor, "interaction.survey.question-removed", id, () -> {
			Survey survey = editable(id);
			SurveyQuestion found = questions.findById(question)
				.filter((q) -> q.surveyId().equals(id))
				.orElseThrow(SurveyRefused::notFound);
			questions.delete(found);
			record(actor, "interaction.survey.question-removed", survey, "删除问题：" + found.text());
			return survey;
		});
	}

	void publish(UUID id, String actor) {
		audited(actor, "interaction.survey.opened", id, () -> {
			Survey survey = load(id);
			if (questions.findBySurveyIdOrderByPosition(id).isEmpty()) {
				throw SurveyRefused.noQuestions();
			}
			survey.publish(clock.instant());
			record(actor, "interaction.survey.opened", survey, "发布" + kindName(survey) + "：" + survey.title());
			changed(survey);
			return survey;
		});
	}

	void close(UUID id, String actor) {
		audited(actor, "interaction.survey.closed", id, () -> {
			Survey survey = load(id);
			survey.close(clock.instant());
			record(actor, "interaction.survey.closed", survey, "结束" + kindName(survey) + "：" + survey.title());
			changed(survey);
			return survey;
		});
	}

	void publishResults(UUID id, @Nullable String adoption, String actor) {
		audited(actor, "interaction.survey.results-published", id, () -> {
			Survey survey = load(id);
			survey.publishResults(adoption, clock.instant());
			record(actor, "interaction.survey.results-published", survey,
					"公布结果" + (survey.adoption() == null ? "" : "和采纳情况") + "：" + survey.title());
			changed(survey);
			return survey;
		});
	}

	/**
	 * Approves a pending free-text answer (publishing {@code text} if given, else the
	 * original; the original is kept either way) or hides it.
	 */
	void moderate(UUID id, long answer, boolean approve, @Nullable String text, String actor) {
		audited(actor, "interaction.survey.answer-moderated", id, () -> {
			Survey survey = load(id);
			TextAnswer found = records.text(id, answer);
			if (found == null) {
				throw SurveyRefused.notFound();
			}
			String published = approve ? (text == null || text.isBlank() ? found.text() : text.strip()) : null;
			if (published != null && published.length() > TEXT_LIMIT) {
				throw SurveyRefused.textTooLong("");
			}
			if (!records.moderate(answer, approve ? "APPROVED" : "HIDDEN", published, actor, clock.instant())) {
				throw SurveyRefused.notPending();
			}
			audit.record(event(actor, "interaction.survey.answer-moderated", survey,
					(approve ? "通过留言 #" : "不予公开留言 #") + answer + "：" + survey.title())
				.withChange(found.text(), published));
			return survey;
		});
	}

	/**
	 * Sends a code to a phone for answering this survey; false when a limit refused it.
	 */
	boolean sendCode(UUID id, String phone, @Nullable String address) {
		Survey survey = load(id);
		if (survey.status(clock.instant()) != SurveyStatus.OPEN) {
			throw SurveyRefused.notOpen();
		}
		if (!PhoneCodes.valid(phone)) {
			throw SurveyRefused.badPhone();
		}
		if (!phones.send(phone, address)) {
			audit.recordApart(AuditableEvent
				.succeeded(clock.instant(), "anonymous", "interaction.survey.code-refused", OBJECT, id.toString(),
						"调查验证码发送次数已达上限：" + phone.substring(0, 3) + "****" + phone.substring(7))
				.withOutcome(Outcome.DENIED)
				.withAddress(address));
			throw SurveyRefused.tooManyCodes();
		}
		return true;
	}

	/**
	 * Stores one person's answers. Their account (a public account, registered with their
	 * real name) or their verified phone is the voter key the database keeps unique per
	 * survey, so a second answer — also one sent at the same moment from another browser
	 * — is refused.
	 */
	void answer(UUID id, Answerer answerer, Answers given) {
		Survey survey = load(id);
		Instant now = clock.instant();
		String actor = answerer.username() == null ? "anonymous" : answerer.username();
		try {
			if (survey.status(now) != SurveyStatus.OPEN) {
				throw SurveyRefused.notOpen();
			}
			List<Entry> entries = entries(questions.findBySurveyIdOrderByPosition(id), given);
			Voter voter = voter(answerer);
			if (records.answered(id, voter.key())) {
				throw SurveyRefused.alreadyAnswered();
			}
			UUID response = UUID.randomUUID();
			if (!records.insertResponse(response, id, voter.key(), voter.account(), now, answerer.address())) {
				throw SurveyRefused.alreadyAnswered();
			}
			for (Entry entry : entries) {
				records.insertAnswer(response, entry.question(), entry.choice(), entry.scale(), entry.text());
			}
			audit.record(AuditableEvent
				.succeeded(now, actor, "interaction.survey.answered", OBJECT, id.toString(),
						(voter.account() == null ? "经手机验证回答：" : "以实名账户回答：") + survey.title())
				.withAddress(answerer.address()));
		}
		catch (SurveyRefused refused) {
			if (!refused.messageKey().endsWith(".required") && !refused.messageKey().endsWith(".invalidAnswer")
					&& !refused.messageKey().endsWith(".textTooLong")) {
				audit.recordApart(AuditableEvent
					.succeeded(now, actor, "interaction.survey.answer-refused", OBJECT, id.toString(),
							"回答被拒绝（" + refused.getMessage() + "）：" + survey.title())
					.withOutcome(Outcome.DENIED)
					.withAddress(answerer.address()));
			}
			throw refused;
		}
	}

	/**
	 * Whether this signed-in account answers as itself: a citizen's or enterprise's
	 * account, registered with a real name and ID (staff verify a phone like anyone).
	 */
	boolean answersWithAccount(@Nullable String username) {
		return username != null && accounts.find(username).map(SurveyService::realName).orElse(false);
	}

	/** Whether this account has answered the survey. */
	@Transactional(readOnly = true)
	boolean answeredBy(UUID id, @Nullable String username) {
		if (username == null) {
			return false;
		}
		return accounts.find(username)
			.filter(SurveyService::realName)
			.map((account) -> records.answered(id, "account:" + account.id()))
			.orElse(false);
	}

	/** The results; {@code editor} sees every free-text answer with its moderation. */
	@Transactional(readOnly = true)
	SurveyResults results(Survey survey, boolean editor) {
		List<SurveyQuestion> list = questions.findBySurveyIdOrderByPosition(survey.id());
		Map<UUID, Long> answered = records.answeredPerQuestion(survey.id());
		List<Count> counts = records.counts(survey.id());
		Map<UUID, List<TextAnswer>> texts = records.texts(survey.id(), !editor, 500)
			.stream()
			.collect(Collectors.groupingBy(TextAnswer::questionId));
		List<QuestionResult> results = new ArrayList<>();
		for (SurveyQuestion question : list) {
			long n = answered.getOrDefault(question.id(), 0L);
			List<Bar> bars = new ArrayList<>();
			String average = null;
			if (question.kind() != QuestionKind.TEXT) {
				List<String> labels = question.kind().choice() ? question.choices()
						: question.points().stream().map(String::valueOf).toList();
				long sum = 0;
				for (int i = 0; i < labels.size(); i++) {
					int value = question.kind().choice() ? i : question.scaleMin() + i;
					long count = counts.stream()
						.filter((c) -> c.questionId().equals(question.id()) && c.value() == value)
						.mapToLong(Count::count)
						.sum();
					sum += count * value;
					bars.add(new Bar(i, labels.get(i), count, n == 0 ? 0 : (int) Math.round(count * 100.0 / n)));
				}
				if (question.kind() == QuestionKind.SCALE && n > 0) {
					average = String.format(Locale.ROOT, "%.1f", (double) sum / n);
				}
			}
			results.add(new QuestionResult(question, n, bars, average, texts.getOrDefault(question.id(), List.of())));
		}
		return new SurveyResults(survey, records.responses(survey.id()), results);
	}

	@Transactional(readOnly = true)
	long pending(UUID id) {
		return records.pending(id);
	}

	private record Entry(UUID question, @Nullable Integer choice, @Nullable Integer scale, @Nullable String text) {
	}

	private record Voter(String key, @Nullable UUID account) {
	}

	private Voter voter(Answerer answerer) {
		if (answerer.username() != null) {
			Optional<AccountView> account = accounts.find(answerer.username()).filter(SurveyService::realName);
			if (account.isPresent()) {
				return new Voter("account:" + account.get().id(), account.get().id());
			}
		}
		if (answerer.phone() == null || answerer.code() == null || answerer.phone().isBlank()) {
			throw SurveyRefused.notVerified();
		}
		return phones.spend(answerer.phone().strip(), answerer.code().strip())
			.map((key) -> new Voter(key, null))
			.orElseThrow(SurveyRefused::wrongCode);
	}

	private static boolean realName(AccountView account) {
		return account.active() && (account.kind() == AccountKind.CITIZEN || account.kind() == AccountKind.ENTERPRISE);
	}

	/** The answers checked against the questions, ready to store. */
	private static List<Entry> entries(List<SurveyQuestion> list, Answers given) {
		List<Entry> entries = new ArrayList<>();
		for (SurveyQuestion question : list) {
			String value = given.answers().getOrDefault(question.id().toString(), "").strip();
			switch (question.kind()) {
				case SINGLE -> {
					if (!value.isEmpty()) {
						entries.add(new Entry(question.id(), index(question, value, question.choices().size()), null,
								null));
					}
					else if (question.required()) {
						throw SurveyRefused.required(question.text());
					}
				}
				case MULTIPLE -> {
					String prefix = question.id() + ":";
					Set<Integer> picked = new LinkedHashSet<>();
					for (String pick : given.picked()) {
						if (pick.startsWith(prefix)) {
							picked.add(index(question, pick.substring(prefix.length()), question.choices().size()));
						}
					}
					if (picked.isEmpty() && question.required()) {
						throw SurveyRefused.required(question.text());
					}
					picked.forEach((choice) -> entries.add(new Entry(question.id(), choice, null, null)));
				}
				case SCALE -> {
					if (!value.isEmpty()) {
						int point = index(question, value, Integer.MAX_VALUE);
						if (point < question.scaleMin() || point > question.scaleMax()) {
							throw SurveyRefused.invalidAnswer(question.text());
						}
						entries.add(new Entry(question.id(), null, point, null));
					}
					else if (question.required()) {
						throw SurveyRefused.required(question.text());
					}
				}
				case TEXT -> {
					if (value.length() > TEXT_LIMIT) {
						throw SurveyRefused.textTooLong(question.text());
					}
					if (!value.isEmpty()) {
						entries.add(new Entry(question.id(), null, null, value));
					}
					else if (question.required()) {
						throw SurveyRefused.required(question.text());
					}
				}
			}
		}
		return entries;
	}

	private static int index(SurveyQuestion question, String value, int bound) {
		try {
			int index = Integer.parseInt(value);
			if (index < 0 || index >= bound) {
				throw SurveyRefused.invalidAnswer(question.text());
			}
			return index;
		}
		catch (NumberFormatException ex) {
			throw SurveyRefused.invalidAnswer(question.text());
		}
	}

	private Survey load(UUID id) {
		return surveys.findById(id).orElseThrow(SurveyRefused::notFound);
	}

	private Survey editable(UUID id) {
		Survey survey = load(id);
		if (!survey.status(clock.instant()).editable()) {
			throw SurveyRefused.notEditable();
		}
		return survey;
	}

	/** Runs an editor's step; a refusal is audited apart as DENIED and rethrown. */
	private <T> T audited(String actor, String action, @Nullable UUID id, Supplier<T> step) {
		try {
			return step.get();
		}
		catch (SurveyRefused refused) {
			audit.recordApart(
					AuditableEvent
						.succeeded(clock.instant(), actor, action, OBJECT, id == null ? null : id.toString(),
								"操作被拒绝：" + refused.getMessage())
						.withOutcome(Outcome.DENIED));
			throw refused;
		}
	}

	/** What the public reads changed: copies (the search index) follow. */
	private void changed(Survey survey) {
		events.publishEvent(new SurveyChanged(survey.id()));
	}

	private void record(String actor, String action, Survey survey, String summary) {
		audit.record(event(actor, action, survey, summary));
	}

	private AuditableEvent event(String actor, String action, Survey survey, String summary) {
		return AuditableEvent.succeeded(clock.instant(), actor, action, OBJECT, survey.id().toString(), summary);
	}

	private static String kindName(Survey survey) {
		return survey.kind() == SurveyKind.CONSULTATION ? "意见征集" : "网上调查";
	}

}
