package org.zhengtong.permit.internal;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileManagement;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.pki.UnitSeals;

/**
 * What the department's staff reach of its licences: its 审批负责人, 审批人员, 窗口受理员 and 印章管理员,
 * for the department of the post they work in now. Outside it a licence is not found.
 */
@Service
@Transactional(readOnly = true)
public class LicenceDesk {

	/** Which of a licence's files. */
	public enum FileKind {

		PDF, P7S, OFD

	}

	private final LicenceRecords records;

	private final AccessScopes scopes;

	private final FileManagement files;

	LicenceDesk(LicenceRecords records, AccessScopes scopes, FileManagement files) {
		this.records = records;
		this.scopes = scopes;
		this.files = files;
	}

	/** The department whose licences {@code username} sees, or {@code null}. */
	public @Nullable UUID department(String username) {
		PostView post = scopes.postInUse(username);
		if (post == null) {
			return null;
		}
		for (String permission : new String[] { PermitRoles.DECIDE, PermitRoles.REVIEW, PermitRoles.RECEIVE,
				UnitSeals.SEAL_PERMISSION }) {
			if (scopes.of(username, permission, post.unitId()).reachesUnit(post.unitId())) {
				return post.unitId();
			}
		}
		return null;
	}

	/** Whether {@code username} may revoke or cancel the department's licences. */
	public boolean decides(String username) {
		PostView post = scopes.postInUse(username);
		return post != null && scopes.of(username, PermitRoles.DECIDE, post.unitId()).reachesUnit(post.unitId());
	}

	/** A file of a licence of the user's department. */
	public Optional<FileLink> file(String number, FileKind kind, String username) {
		UUID department = department(username);
		return records.findByNumber(number)
			.filter((licence) -> licence.departmentId().equals(department))
			.map((licence) -> switch (kind) {
				case PDF -> licence.pdfLink();
				case P7S -> licence.p7sLink();
				case OFD -> licence.ofdLink();
			})
			.flatMap(files::find);
	}

}
