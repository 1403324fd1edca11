package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.organization.PostView;

/**
 * Who may see a letter in the workbench, and who sees its writer unmasked. The receiving
 * office (受理员) sees every letter; a unit's handlers and leaders see the letters routed to
 * the unit of their post in use (and those it answered); the site administrators see 找错
 * reports; moderators see held letters and those the writer agreed to publish once
 * answered. Anyone else, administrators and RA operators included, is told the letter
 * does not exist.
 */
@Component
public class LetterAccess {

	/** Site administrators answer 我为政府网站找错 (content's permission). */
	static final String SITE_MANAGE = "content.manage";

	private final Letters letters;

	private final AccessScopes scopes;

	private final AuditManagement audit;

	private final Clock clock;

	LetterAccess(Letters letters, AccessScopes scopes, AuditManagement audit, Clock clock) {
		this.letters = letters;
		this.scopes = scopes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The letter, if {@code username} may see it in the workbench.
	 * @throws LetterRefused (not found) otherwise, as if it did not exist
	 */
	public Letter readable(UUID id, String username) {
		Letter letter = letters.findById(id).orElseThrow(LetterRefused::notFound);
		if (!mayRead(letter, username)) {
			throw LetterRefused.notFound();
		}
		return letter;
	}

	/** Whether {@code username} may see the letter in the workbench. */
	public boolean mayRead(Letter letter, String username) {
		if (office(username)) {
			return true;
		}
		if (letter.door() == Door.SITE_ERROR && !scope(username, SITE_MANAGE).isEmpty()) {
			return true;
		}
		AccessScope unit = scope(username, InteractionRoles.HANDLE).union(scope(username, InteractionRoles.APPROVE));
		if ((letter.unitId() != null && unit.reachesUnit(letter.unitId()))
				|| (letter.replyUnitId() != null && unit.reachesUnit(letter.replyUnitId()))) {
			return true;
		}
		return !scope(username, InteractionRoles.MODERATE).isEmpty()
				&& (letter.state() == RequestState.SCREENING || (letter.consentPublish() && letter.state().answered()));
	}

	/** Whether {@code username} works in the receiving office (受理 and 派单). */
	public boolean office(String username) {
		return !scope(username, InteractionRoles.ACCEPT).isEmpty();
	}

	/** Whether {@code username} may handle or approve letters of {@code unit}. */
	public boolean inUnit(String username, @Nullable UUID unit, String permission) {
		return unit != null && scope(username, permission).reachesUnit(unit);
	}

	/**
	 * Whether {@code username} sees the writer's name, phone, e-mail and ID number in
	 * full: the receiving office and the handler the letter is assigned to.
	 */
	public boolean mayUnmask(Letter letter, String username) {
		return office(username) || username.equals(letter.handlerUsername());
	}

	/** Records that {@code username} read the writer's personal data in full. */
	public void unmasked(Letter letter, String username) {
		audit.record(AuditableEvent.succeeded(clock.instant(), username, "interaction.letter.writer-read",
				"interaction.request", letter.id().toString(), "查看来信人完整信息：" + letter.number()));
	}

	private AccessScope scope(String username, String permission) {
		PostView post = scopes.postInUse(username);
		return scopes.of(username, permission, post == null ? null : post.unitId());
	}

}
