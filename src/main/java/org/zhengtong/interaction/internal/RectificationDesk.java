package org.zhengtong.interaction.internal;

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
 * 差评整改 in the workbench: the rectifications of the units a leader's
 * {@code interaction.approve} reaches (by the post in use); anyone else's answers as not
 * found.
 */
@Component
@Transactional(readOnly = true)
public class RectificationDesk {

	private final RatingRecords records;

	private final AccessScopes scopes;

	RectificationDesk(RatingRecords records, AccessScopes scopes) {
		this.records = records;
		this.scopes = scopes;
	}

	/** A page of the reader's units' rectifications, open ones or closed ones. */
	public PageOf<RectificationView> page(String username, boolean open, @Nullable ListSort sort, int page) {
		AccessScope scope = scope(username);
		if (scope.isEmpty()) {
			return new PageOf<>(java.util.List.of(), 0, 0, 20);
		}
		return records.rectifications(scope.unitArray(), scope.all(), open, sort, page, 20);
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

	private AccessScope scope(String username) {
		PostView post = scopes.postInUse(username);
		return scopes.of(username, InteractionRoles.APPROVE, post == null ? null : post.unitId());
	}

}
