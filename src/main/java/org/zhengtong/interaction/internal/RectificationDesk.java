package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.RatingRefused;
import org.zhengtong.interaction.RectificationView;
import org.zhengtong.organization.PostView;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * 差评整改 in the workbench: the rectifications the reader's scope reaches — those of the
 * units a leader's {@code interaction.approve} reaches (by the post in use), and every
 * unit's for the receiving office ({@code interaction.accept}, which follows them across
 * units); anyone else's answers as not found. Only the unit's leaders record the 回访.
 */
@Component
@Transactional(readOnly = true)
public class RectificationDesk {

	/** Rows a page of the list shows. */
	public static final int PAGE_SIZE = 20;

	private final RatingRecords records;

	private final AccessScopes scopes;

	private final Clock clock;

	RectificationDesk(RatingRecords records, AccessScopes scopes, Clock clock) {
		this.records = records;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** Which rectifications: 待回访 (open), 已逾期 (open past its due date), 已回访, or all. */
	public enum Shown {

		OPEN, OVERDUE, CLOSED, ALL

	}

	/**
	 * What the list is narrowed to; {@code null} for any.
	 *
	 * @param dueFrom due on or after this day
	 * @param dueTo due on or before this day
	 */
	public record Filter(@Nullable UUID unit, Shown state, @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo) {

		public static Filter open() {
			return new Filter(null, Shown.OPEN, null, null);
		}

	}

	/** A page of the rectifications the reader's scope reaches. */
	public PageOf<RectificationView> page(String username, Filter filter, @Nullable ListSort sort, int page) {
		AccessScope scope = scope(username);
		if (scope.isEmpty()) {
			return new PageOf<>(List.of(), 0, 0, PAGE_SIZE);
		}
		return records.rectifications(scope.unitArray(), scope.all(), filter, clock.instant(), sort, page, PAGE_SIZE);
	}

	/** The units within the reader's scope that have rectifications (for the filter). */
	public List<UUID> units(String username) {
		AccessScope scope = scope(username);
		return scope.isEmpty() ? List.of() : records.rectifiedUnits(scope.unitArray(), scope.all());
	}

	/** How many of the reader's units' rectifications wait for a follow-up. */
	public long openCount(String username) {
		AccessScope scope = scope(username);
		return scope.isEmpty() ? 0 : records.openCount(scope.unitArray(), scope.all());
	}

	/**
	 * The rectification, if the reader's scope reaches its unit.
	 * @throws RatingRefused not found otherwise
	 */
	public RectificationView readable(UUID id, String username) {
		return records.rectification(id)
			.filter((view) -> scope(username).reachesUnit(view.unit()))
			.orElseThrow(RatingRefused::notFound);
	}

	/**
	 * Whether the reader may record the follow-up: a leader of the rectification's unit
	 * (the office only follows).
	 */
	public boolean mayFollowUp(RectificationView view, String username) {
		return approving(username).reachesUnit(view.unit());
	}

	private AccessScope scope(String username) {
		PostView post = scopes.postInUse(username);
		UUID unit = post == null ? null : post.unitId();
		return scopes.of(username, InteractionRoles.APPROVE, unit)
			.union(scopes.of(username, InteractionRoles.ACCEPT, unit));
	}

	private AccessScope approving(String username) {
		PostView post = scopes.postInUse(username);
		return scopes.of(username, InteractionRoles.APPROVE, post == null ? null : post.unitId());
	}

}
