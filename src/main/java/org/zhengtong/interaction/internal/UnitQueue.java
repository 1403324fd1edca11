package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhengtong.casework.ClockColour;
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
 * state, door, colour, handler and text, paged and counted in SQL through the shared list
 * builder over the reply clocks the core keeps ({@link UnitLetterRecords#queue}).
 */
@Service
public class UnitQueue {

	private final UnitLetterRecords records;

	private final AccessScopes scopes;

	private final LetterAccess access;

	private final AccountContacts accounts;

	private final Clock clock;

	UnitQueue(UnitLetterRecords records, AccessScopes scopes, LetterAccess access, AccountContacts accounts,
			Clock clock) {
		this.records = records;
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

	/** Whose letters: anyone's, the reader's own, or those nobody has taken yet. */
	public enum Handler {

		ANY, MINE, NONE

	}

	/**
	 * What the queue is narrowed to; {@code null} for any.
	 *
	 * @param text part of the number or the title
	 * @param mineFirst the reader's own letters before the others (each part by due date)
	 */
	public record Filter(@Nullable RequestState state, @Nullable Door door, @Nullable ClockColour colour,
			Handler handler, @Nullable String text, boolean mineFirst) {

		public Filter {
			handler = handler == null ? Handler.ANY : handler;
		}

		/** The whole queue. */
		public static Filter none() {
			return new Filter(null, null, null, Handler.ANY, null, false);
		}

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

	/**
	 * One page of the unit's open letters as {@code reader} sees them, soonest due first.
	 */
	public PageOf<Row> of(UUID unit, Filter filter, String reader, int page, int size) {
		PageOf<UnitLetterRecords.Queued> found = records.queue(unit, filter, reader, clock.instant(), page,
				ListQuery.pageSize(size));
		Map<String, String> names = new HashMap<>();
		ZoneId zone = clock.getZone();
		List<Row> rows = found.items()
			.stream()
			.map((letter) -> new Row(letter.id(), letter.number(), letter.door(), letter.title(), letter.state(),
					letter.handler() == null ? null : names.computeIfAbsent(letter.handler(), this::name),
					letter.submittedAt(), letter.dueAt() == null ? null : letter.dueAt().atZone(zone).toLocalDate(),
					letter.dueAt(), letter.colour(), letter.urged()))
			.toList();
		return new PageOf<>(rows, found.total(), found.page(), found.size());
	}

	private String name(String username) {
		return accounts.byUsername(username).map(AccountContact::displayName).orElse(username);
	}

}
