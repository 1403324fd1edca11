package org.zhengtong.interaction.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.casework.Numbers;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.FileRefused;
import org.zhengtong.files.StoredFile;
import org.zhengtong.files.UploadRules;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.IdNumberSeals;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.LetterTopic;
import org.zhengtong.interaction.RequestSubmitted;
import org.zhengtong.shared.ResidentIdNumber;

/**
 * 写信: a letter through a public door, from the form to its first step in the receiving
 * office. The anti-abuse guard sees it first; attachments are judged by their content and
 * stored; then, in one transaction, the letter and its case are stored and, last, the
 * letter takes its number from the row-locked counter (gap-free: a rollback gives the
 * number back) and its case opens its first step, {@link RequestSubmitted} is published
 * and the submission audited. A form sent twice (the same one-time token) makes one
 * letter, and the second sending is answered as the first was, 查询码 included.
 */
@Service
public class LetterSubmissions {

	/** The owner type of letters' attachments in {@code files}. */
	public static final String ATTACHMENTS = "interaction.request";

	/** At most this many attachments to one letter. */
	public static final int MAX_ATTACHMENTS = 5;

	private static final long MB = 1024L * 1024;

	/**
	 * What a letter may carry: pictures, PDF/OFD, office documents and plain text, up to
	 * 10 MB each. Programs and scripts are refused by their content, whatever their name.
	 */
	public static final UploadRules ATTACHMENT_RULES = new UploadRules(10 * MB,
			Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "application/ofd",
					"application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					"text/plain"));

	/** Who writes without an account, in the audit log. */
	public static final String ANONYMOUS = "anonymous";

	private final Letters letters;

	private final LetterCases cases;

	private final QueryCodes codes;

	private final Numbers numbers;

	private final FileManagement files;

	private final AccountManagement accounts;

	private final IdNumberSeals seals;

	private final SubmissionGuard guard;

	private final ApplicationEventPublisher events;

	private final org.zhengtong.audit.AuditManagement audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LetterSubmissions(Letters letters, LetterCases cases, QueryCodes codes, Numbers numbers, FileManagement files,
			AccountManagement accounts, IdNumberSeals seals, SubmissionGuard guard, ApplicationEventPublisher events,
			org.zhengtong.audit.AuditManagement audit, TransactionTemplate transactions, Clock clock) {
		this.letters = letters;
		this.cases = cases;
		this.codes = codes;
		this.numbers = numbers;
		this.files = files;
		this.accounts = accounts;
		this.seals = seals;
		this.guard = guard;
		this.events = events;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * A letter as the form sends it.
	 *
	 * @param leaderPostId 领导信箱 only: the leader's post
	 * @param leaderName the leader's name as the form showed it
	 * @param account the signed-in writer's account name, or {@code null} for an
	 * anonymous writer (who then gets a 查询码)
	 * @param submitToken the form's one-time token ({@link SubmitTokens})
	 * @param address the client's address
	 */
	public record SubmitLetter(Door door, String title, String body, @Nullable LetterTopic topic,
			@Nullable String region, @Nullable UUID leaderPostId, @Nullable String leaderName, @Nullable String name,
			@Nullable String phone, @Nullable String email, @Nullable ResidentIdNumber idNumber, boolean consentPublish,
			List<Upload> attachments, String submitToken, @Nullable String account, String address,
			SubmissionGuard.@Nullable CaptchaAnswer captcha) {

		public SubmitLetter {
			attachments = List.copyOf(attachments);
		}

	}

	/** An attachment as uploaded: the name given, its declared size, its content. */
	public record Upload(String fileName, long size, InputStreamSource content) {
	}

	/**
	 * What the writer is told.
	 *
	 * @param queryCode the 查询码 of an anonymous writer, shown to them only now
	 * @param held whether it waits for a moderator before 受理
	 * @param again whether this was the same form sent again (nothing new was made)
	 */
	public record Submitted(UUID id, String number, @Nullable String queryCode, boolean held, boolean again) {
	}

	/**
	 * Stores the letter, or finds the one this form made before.
	 * @throws SubmissionRefused over a rate limit or for a wrong captcha; nothing stored
	 * @throws FileRefused for an attachment too large, empty or of a type not accepted;
	 * nothing stored
	 */
	public Submitted submit(SubmitLetter letter) {
		String token = SubmitTokens.hash(letter.submitToken());
		Optional<Submitted> before = sentBefore(token, letter);
		if (before.isPresent()) {
			return before.get();
		}
		String holdReason = guard.check(new SubmissionGuard.Attempt("letter", letter.account(), letter.address(),
				letter.account() == null ? letter.captcha() : null, texts(letter)));
		List<Stored> stored = store(letter.attachments());
		try {
			return transactions.execute((status) -> create(letter, token, holdReason, stored));
		}
		catch (DataIntegrityViolationException sameToken) {
			// Two sendings of one form at once: the first one's letter stands.
			return sentBefore(token, letter).orElseThrow(() -> sameToken);
		}
	}

	/**
	 * Records a letter refused for what it carried (an attachment not accepted, an ID
	 * number that does not check), in a transaction of its own: nothing was stored.
	 * @param account the signed-in writer, or {@code null}
	 * @param why what was refused, as the audit log shows it
	 */
	public void refused(@Nullable String account, String why) {
		audit.recordApart(
				AuditableEvent
					.succeeded(clock.instant(), account == null ? ANONYMOUS : account, "interaction.letter.submit",
							ATTACHMENTS, null, "来信未能提交：" + why)
					.withOutcome(org.zhengtong.audit.Outcome.DENIED));
	}

	private static List<String> texts(SubmitLetter letter) {
		List<String> texts = new ArrayList<>(List.of(letter.title(), letter.body()));
		if (letter.name() != null) {
			texts.add(letter.name());
		}
		return texts;
	}

	private Optional<Submitted> sentBefore(String token, SubmitLetter letter) {
		return letters.findBySubmitToken(token)
			.map((found) -> new Submitted(found.id(), found.number(),
					found.writerAccountId() == null ? codes.forSubmission(letter.submitToken()) : null,
					found.state() == org.zhengtong.interaction.RequestState.SCREENING, true));
	}

	private record Stored(StoredFile file, String name) {
	}

	private List<Stored> store(List<Upload> uploads) {
		List<Stored> stored = new ArrayList<>();
		for (Upload upload : uploads) {
			if (upload.size() > ATTACHMENT_RULES.maxBytes()) {
				throw FileRefused.tooLarge(upload.fileName(), ATTACHMENT_RULES.maxBytes());
			}
			try (InputStream content = upload.content().getInputStream()) {
				stored.add(new Stored(files.store(content, upload.fileName(), ATTACHMENT_RULES), upload.fileName()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return stored;
	}

	/**
	 * Everything the number is not needed for comes first (the letter under a provisional
	 * name, its attachments' links, its case); the number is taken last, and only what
	 * names it follows (the letter's and the case's numbered title, the first step with
	 * its task and clock, the events), so the counter's row — locked from the take until
	 * commit — is held for a few statements, not the whole transaction. A rollback still
	 * gives the number back, and a second sending of the form fails on its token before
	 * the counter is touched.
	 */
	private Submitted create(SubmitLetter form, String token, @Nullable String holdReason, List<Stored> stored) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		String actor = form.account() == null ? ANONYMOUS : form.account();
		String caseActor = form.account() == null ? AccountManagement.SYSTEM : form.account();
		UUID accountId = null;
		if (form.account() != null) {
			accountId = accounts.find(form.account()).map(AccountView::id).orElseThrow();
		}
		String code = accountId == null ? codes.forSubmission(form.submitToken()) : null;
		Letter letter = new Letter(id, Letter.unnumbered(id), form.door(), form.title(), form.body(),
				new Letter.Writer(accountId, form.name(), form.phone(), form.email(),
						form.idNumber() == null ? null : seals.seal(form.idNumber()),
						code == null ? null : codes.hash(id, code)),
				form.consentPublish(), now);
		letter.describe(form.topic() == null ? null : form.topic().name(), form.region());
		if (form.leaderPostId() != null && form.leaderName() != null) {
			letter.addressTo(form.leaderPostId(), form.leaderName());
		}
		letter.receivedFrom(token, form.address());
		if (holdReason != null) {
			letter.hold(holdReason.length() > 300 ? holdReason.substring(0, 300) : holdReason);
		}
		letter = letters.saveAndFlush(letter);
		FileOwner owner = new FileOwner(ATTACHMENTS, id.toString());
		for (Stored file : stored) {
			files.attach(file.file(), owner, file.name(), actor);
		}
		cases.startBeforeNumber(letter, caseActor);
		// Last: from here the counter's row stays locked until this transaction ends.
		String number = numbers.take(LetterType.NUMBER_SCOPE, id.toString(), actor).number();
		letter.numbered(number);
		letter = letters.saveAndFlush(letter);
		cases.numbered(letter, caseActor);
		events.publishEvent(new RequestSubmitted(id, number, form.door(), now));
		events.publishEvent(AuditableEvent.succeeded(now, actor, "interaction.letter.submit", ATTACHMENTS,
				id.toString(), cases.title(letter) + (stored.isEmpty() ? "" : "（附件 " + stored.size() + " 个）")));
		return new Submitted(id, number, code, holdReason != null, false);
	}

}
