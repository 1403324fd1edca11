package org.zhengtong.audit.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.ChainVerification;
import org.zhengtong.platform.PlatformCommand;

/**
 * {@code java -jar zhengtong.jar audit-verify}: walks the audit chain and prints "intact,
 * N entries" (exit 0) or the first broken entry (exit 1), for monitoring and for the
 * auditor.
 */
@Component
class AuditVerifyCommand implements PlatformCommand {

	private final AuditManagement audit;

	AuditVerifyCommand(AuditManagement audit) {
		this.audit = audit;
	}

	@Override
	public String name() {
		return "audit-verify";
	}

	@Override
	public int run(List<String> arguments) {
		ChainVerification result = audit.verify();
		if (result.intact()) {
			System.out.printf("Audit log intact, %d entries, %d signed checkpoints hold%n", result.entries(),
					result.checkpoints());
			return 0;
		}
		System.out.printf("Audit log BROKEN at entry %d of %d: %s%n", result.firstBroken(), result.entries(),
				result.reason());
		return 1;
	}

}
