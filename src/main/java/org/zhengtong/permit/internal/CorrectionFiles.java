package org.zhengtong.permit.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.files.FileAccess;
import org.zhengtong.files.FileAccessPolicy;
import org.zhengtong.files.FileOwner;

/**
 * Who may download a 补正 upload: the case's applicant and the 窗口受理员 of its department;
 * anyone else is told it does not exist.
 */
@Component
class CorrectionFiles implements FileAccessPolicy {

	private final PermitCases cases;

	private final AcceptanceDesk desk;

	private final AcceptanceAccess access;

	CorrectionFiles(PermitCases cases, AcceptanceDesk desk, AcceptanceAccess access) {
		this.cases = cases;
		this.desk = desk;
		this.access = access;
	}

	@Override
	public String ownerType() {
		return AcceptanceDesk.CORRECTION_FILES;
	}

	@Override
	@Transactional(readOnly = true)
	public FileAccess access(FileOwner owner, @Nullable Authentication reader) {
		if (reader == null || !reader.isAuthenticated()) {
			return FileAccess.DENIED;
		}
		long id;
		try {
			id = Long.parseLong(owner.id());
		}
		catch (NumberFormatException notOurs) {
			return FileAccess.DENIED;
		}
		return cases.findById(id)
			.filter((found) -> desk.owner(found, reader.getName())
					|| access.clerk(reader.getName(), found.departmentId()))
			.map((found) -> FileAccess.ALLOWED)
			.orElse(FileAccess.DENIED);
	}

}
