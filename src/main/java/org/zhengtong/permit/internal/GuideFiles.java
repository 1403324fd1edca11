package org.zhengtong.permit.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhengtong.files.FileAccess;
import org.zhengtong.files.FileAccessPolicy;
import org.zhengtong.files.FileOwner;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.PermitRoles;

/**
 * The samples (样表) and blank forms (空白表格) of a guide's materials: public once the version
 * has been published (a case keeps the version it was filed under, so superseded ones
 * stay readable); while drafted, only the department's 事项管理员 and 审批负责人 read them.
 */
@Component
class GuideFiles implements FileAccessPolicy {

	static final String OWNER = "permit.guide";

	private final Guides guides;

	private final PermitItems items;

	private final AccessScopes scopes;

	GuideFiles(Guides guides, PermitItems items, AccessScopes scopes) {
		this.guides = guides;
		this.items = items;
		this.scopes = scopes;
	}

	@Override
	public String ownerType() {
		return OWNER;
	}

	@Override
	public FileAccess access(FileOwner owner, @Nullable Authentication reader) {
		long id;
		try {
			id = Long.parseLong(owner.id());
		}
		catch (NumberFormatException notAnId) {
			return FileAccess.DENIED;
		}
		Guide guide = guides.findById(id).orElse(null);
		if (guide == null) {
			return FileAccess.DENIED;
		}
		if (guide.state() == GuideState.PUBLISHED || guide.state() == GuideState.SUPERSEDED) {
			return FileAccess.PUBLIC;
		}
		PermitItem item = items.findById(guide.itemId()).orElse(null);
		if (reader == null || item == null) {
			return FileAccess.DENIED;
		}
		String name = reader.getName();
		PostView post = scopes.postInUse(name);
		UUID unit = post == null ? null : post.unitId();
		return scopes.of(name, PermitRoles.CATALOGUE, unit).reachesUnit(item.departmentId())
				|| scopes.of(name, PermitRoles.DECIDE, unit).reachesUnit(item.departmentId()) ? FileAccess.ALLOWED
						: FileAccess.DENIED;
	}

}
