package org.zhengtong.interaction.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.interaction.DisclosureRefused;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.PostView;

/**
 * Who sees a disclosure request in the workbench: the 信息公开专员 of its unit and the unit's
 * 答复审核人 (who approves extensions), by the post in use. Anyone else — administrators, the
 * receiving office, other units — is told it does not exist.
 */
@Component
public class DisclosureAccess {

	private final DisclosureRequests requests;

	private final AccessScopes scopes;

	DisclosureAccess(DisclosureRequests requests, AccessScopes scopes) {
		this.requests = requests;
		this.scopes = scopes;
	}

	/**
	 * The request, if {@code username} works on its unit's requests or approves there.
	 */
	public DisclosureRequest readable(UUID id, String username) {
		DisclosureRequest request = requests.findById(id).orElseThrow(DisclosureRefused::notFound);
		if (!officer(username, request.unitId()) && !leader(username, request.unitId())) {
			throw DisclosureRefused.notFound();
		}
		return request;
	}

	/** Whether {@code username} handles the unit's disclosure requests. */
	public boolean officer(String username, UUID unit) {
		return scope(username, InteractionRoles.DISCLOSURE).reachesUnit(unit);
	}

	/** Whether {@code username} approves the unit's extensions (art. 33). */
	public boolean leader(String username, UUID unit) {
		return scope(username, InteractionRoles.APPROVE).reachesUnit(unit);
	}

	/** The units whose requests {@code username} handles. */
	public AccessScope officerScope(String username) {
		return scope(username, InteractionRoles.DISCLOSURE);
	}

	private AccessScope scope(String username, String permission) {
		PostView post = scopes.postInUse(username);
		return scopes.of(username, permission, post == null ? null : post.unitId());
	}

}
