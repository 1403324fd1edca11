package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.interaction.BoardEntry;
import org.zhengtong.interaction.BoardRefused;
import org.zhengtong.interaction.BoardEntryChanged;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.ReplyBoard;
import org.zhengtong.interaction.ReplySent;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;

/**
 * 回复公开: a reply sent to a writer who agreed to publication puts letter and reply on the
 * public board, ID and phone numbers masked; the participation editors edit the public
 * copy or hide it (kept, with the reason), never the letter. Every change is audited and
 * tells the search index.
 */
@Service
public class ReplyBoardService implements ReplyBoard {

	private final BoardPosts posts;

	private final BoardRecords records;

	private final Letters letters;

	private final UnitManagement units;

	private final AccessScopes scopes;

	private final AuditManagement audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReplyBoardService(BoardPosts posts, BoardRecords records, Letters letters, UnitManagement units,
			AccessScopes scopes, AuditManagement audit, ApplicationEventPublisher events, Clock clock) {
		this.posts = posts;
		this.records = records;
		this.letters = letters;
		this.units = units;
		this.scopes = scopes;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A reply was sent: a consented letter goes on the board. */
	@ApplicationModuleListener
	void replySent(ReplySent sent) {
		publish(sent);
	}

	/**
	 * Puts a consented, answered letter on the board, once however often told.
	 * @return the entry, or empty when the writer did not agree or there is no reply
	 */
	@Transactional
	public Optional<BoardPost> publish(ReplySent sent) {
		if (!sent.consentPublish()) {
			return Optional.empty();
		}
		Optional<BoardPost> existing = posts.findById(sent.requestId());
		if (existing.isPresent()) {
			return existing;
		}
		Letter letter = letters.findById(sent.requestId()).orElse(null);
		if (letter == null || !letter.consentPublish() || letter.replyText() == null) {
			return Optional.empty();
		}
		LocalDate answered = LocalDate.ofInstant(sent.repliedAt(), clock.getZone());
		String unitName = units.find(sent.unitId(), answered)
			.map(UnitView::names)
			.map((names) -> names.fullName())
			.orElseThrow(() -> new IllegalStateException("No unit " + sent.unitId() + " on " + answered));
		BoardPost post = posts.save(new BoardPost(letter, letter.replyText(), sent.unitId(), unitName,
				LocalDate.ofInstant(letter.submittedAt(), clock.getZone()), answered, clock.instant()));
		audit.record(AuditableEvent.succeeded(clock.instant(), AccountManagement.SYSTEM, "interaction.board.published",
				"interaction.request", post.letterId().toString(), "回复公开：" + post.number()));
		events.publishEvent(new BoardEntryChanged(post.letterId()));
		return Optional.of(post);
	}

	/** Whether {@code username} edits the board (互动栏目编辑). */
	public boolean moderator(String username) {
		PostView post = scopes.postInUse(username);
		return !scopes.of(username, InteractionRoles.MODERATE, post == null ? null : post.unitId()).isEmpty();
	}

	/**
	 * An entry for its editors.
	 * @throws LetterRefused (not found) for anyone else, or without such an entry
	 */
	public BoardPost forEditor(UUID letterId, String actor) {
		if (!moderator(actor)) {
			throw LetterRefused.notFound();
		}
		return posts.findById(letterId).orElseThrow(LetterRefused::notFound);
	}

	/**
	 * The editors' version of the public text; the numbers they leave in are masked
	 * again.
	 * @param version the version the editor saw: a change made since is refused
	 */
	@Transactional
	public BoardPost edit(UUID letterId, long version, String title, String body, String reply, String actor) {
		BoardPost post = current(letterId, version, actor);
		String before = post.title();
		post.edit(title, body, reply, actor, clock.instant());
		changed(post, actor, "interaction.board.edited", "修改公开内容：" + post.number(), before, post.title());
		return post;
	}

	/** Takes the entry off the board, keeping it and the reason. */
	@Transactional
	public BoardPost hide(UUID letterId, long version, String reason, String actor) {
		BoardPost post = current(letterId, version, actor);
		if (post.hidden()) {
			throw BoardRefused.alreadyHidden();
		}
		post.hide(reason, actor, clock.instant());
		changed(post, actor, "interaction.board.hidden", "隐藏公开回复：" + post.number() + "，原因：" + reason, "公开", "隐藏");
		return post;
	}

	/** Shows a hidden entry again. */
	@Transactional
	public BoardPost show(UUID letterId, long version, String actor) {
		BoardPost post = current(letterId, version, actor);
		if (!post.hidden()) {
			throw BoardRefused.notHidden();
		}
		post.show(actor, clock.instant());
		changed(post, actor, "interaction.board.shown", "恢复公开回复：" + post.number(), "隐藏", "公开");
		return post;
	}

	/** Records a refused change in a transaction of its own (nothing else changed). */
	public void refused(UUID letterId, String actor, String action, String reason) {
		audit.recordApart(AuditableEvent
			.succeeded(clock.instant(), actor, action, "interaction.request", letterId.toString(), reason)
			.withOutcome(Outcome.DENIED));
	}

	private BoardPost current(UUID letterId, long version, String actor) {
		BoardPost post = forEditor(letterId, actor);
		if (post.version() != version) {
			throw BoardRefused.changedMeanwhile(post.editedBy());
		}
		return post;
	}

	private void changed(BoardPost post, String actor, String action, String summary, @Nullable String before,
			@Nullable String after) {
		audit.record(AuditableEvent
			.succeeded(clock.instant(), actor, action, "interaction.request", post.letterId().toString(), summary)
			.withChange(before, after));
		events.publishEvent(new BoardEntryChanged(post.letterId()));
	}

	@Override
	public Optional<BoardEntry> published(UUID letterId) {
		return posts.findById(letterId).filter((post) -> !post.hidden()).map(BoardPost::entry);
	}

	/** A shown entry by its letter's number, for the public page. */
	public Optional<BoardEntry> publishedByNumber(String number) {
		return posts.findByNumber(number).filter((post) -> !post.hidden()).map(BoardPost::entry);
	}

	@Override
	public List<BoardEntry> publishedAfter(@Nullable UUID after, int limit) {
		return records.publishedAfter(after, limit);
	}

	@Override
	public long publishedCount() {
		return records.publishedCount();
	}

}
