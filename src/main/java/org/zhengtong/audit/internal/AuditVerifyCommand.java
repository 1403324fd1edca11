package org.zhengtong.audit.internal;

import java.util.List;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.ChainVerification;
import org.zhengtong.platform.PlatformCommand;

/**
 * {@code java -jar zhengtong.jar audit-verify}: walks the audit chain beside the running
 * platform and prints "intact, N entries" (exit 0), every break found (exit 1), or why it
 * could not check (exit 2) — for monitoring and for the auditor.
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
		ChainVerification result;
		try {
			result = audit.verify();
		}
		catch (RuntimeException ex) {
			System.err.println("audit-verify could not check the audit log: "
					+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			return COULD_NOT_RUN;
		}
		if (result.intact()) {
			System.out.printf("Audit log intact, %d entries, %d signed checkpoints hold%n", result.entries(),
					result.checkpoints());
		}
		else {
			System.out.printf("Audit log BROKEN: %d problems in %d entries%n", result.breaks().size(),
					result.entries());
			result.breaks()
				.forEach((each) -> System.out.printf("  %s %s: %s%n", each.kind(),
						each.from() == each.to() ? Long.toString(each.from()) : each.from() + "-" + each.to(),
						each.reason()));
		}
		result.notes().forEach((note) -> System.out.println("  note: " + note));
		return result.intact() ? 0 : 1;
	}

}
