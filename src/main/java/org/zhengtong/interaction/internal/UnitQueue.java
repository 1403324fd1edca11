package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.ClockDues;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.AccountContact;
import org.zhengtong.identity.AccountContacts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.organization.PostView;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.PageOf;

/**
 * The unit's letters by deadline: those routed to the unit of the post in use and not yet
 * answered, soonest reply date first (none last), with their colour now; filtered by
 * state, door and colour. A unit holds few open letters, so they are read at once and
 * ordered by the clocks the core keeps.
 */
@Service
public class UnitQueue {

	private final UnitLetterRecords records;

	private final ClockDues dues;

	private final AccessScopes scopes;

	private final LetterAccess access;

	private final AccountContacts accounts;

	private final Clock clock;

	UnitQueue(UnitLetterRecords records, ClockDues dues, AccessScopes scopes, LetterAccess access,
			AccountContacts accounts, Clock clock) {
		this.records = records;
		this.dues = dues;
		this.scopes = scopes;
		this.access = access;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A row of the queue. */
	public record Row(UUID id, String number, Door door, String title, RequestState state, @Nullable String handlerName,
			Instant submittedAt, @Nullable LocalDate dueDay, @Nullable Instant dueAt, @Nullable ClockColour colour,
			boolean urged) {
	}

	/** What the queue is narrowed to; {@code null} for any. */
	public record Filter(@Nullable RequestState state, @Nullable Door door, @Nullable ClockColour colour) {
	}

	/**
	 * The unit of the post {@code username} works in, when they handle or approve letters
	 * there.
	 */
	public Optional<UUID> unitOf(String username) {
		PostView post = scopes.postInUse(username);
		if (post == null) {
			return Optional.empty();
		}
		boolean member = access.inUnit(username, post.unitId(), InteractionRoles.HANDLE)
				|| access.inUnit(username, post.unitId(), InteractionRoles.APPROVE);
		return member ? Optional.of(post.unitId()) : Optional.empty();
	}

	/** One page of the unit's open letters, soonest due first. */
	public PageOf<Row> of(UUID unit, Filter filter, int page, int size) {
		Instant now = clock.instant();
		List<UnitLetterRecords.Queued> queued = records.queue(unit, filter.state(), filter.door());
		Map<Long, ClockDues.Due> clocks = dues
			.of(queued.stream().map(UnitLetterRecords.Queued::replyClockId).filter(Objects::nonNull).toList(), now);
		Map<String, String> names = new HashMap<>();
		List<Row> rows = queued.stream().map((letter) -> {
			ClockDues.Due due = letter.replyClockId() == null ? null : clocks.get(letter.replyClockId());
			return new Row(letter.id(), letter.number(), letter.door(), letter.title(), letter.state(),
					letter.handler() == null ? null : names.computeIfAbsent(letter.handler(), this::name),
					letter.submittedAt(), due == null ? null : due.dueDay(), due == null ? null : due.dueAt(),
					due == null ? null : due.colour(), letter.urged());
		})
			.filter((row) -> filter.colour() == null || filter.colour() == row.colour())
			.sorted(Comparator.comparing(Row::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Row::submittedAt)
				.thenComparing(Row::number))
			.toList();
		int pageSize = ListQuery.pageSize(size);
		int pages = Math.max(1, (rows.size() + pageSize - 1) / pageSize);
		int shown = Math.max(0, Math.min(page, pages - 1));
		List<Row> items = rows.subList(Math.min(rows.size(), shown * pageSize),
				Math.min(rows.size(), (shown + 1) * pageSize));
		return new PageOf<>(List.copyOf(items), rows.size(), shown, pageSize);
	}

	private String name(String username) {
		return accounts.byUsername(username).map(AccountContact::displayName).orElse(username);
	}

}
