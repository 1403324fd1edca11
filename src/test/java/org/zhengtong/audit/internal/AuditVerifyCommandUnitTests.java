package org.zhengtong.audit.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.ChainVerification;
import org.zhengtong.audit.ChainVerification.Break;
import org.zhengtong.audit.ChainVerification.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What monitoring reads from {@code audit-verify}: 0 intact, 1 broken with every break
 * listed, 2 when the log could not be checked at all.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditVerifyCommandUnitTests {

	@Test
	void intact_is_0() {
		assertThat(command(() -> ChainVerification.intact(12, 3)).run(List.of())).isZero();
	}

	@Test
	void broken_is_1_and_every_break_is_printed(CapturedOutput output) {
		ChainVerification broken = new ChainVerification(12, 3,
				List.of(new Break(Kind.CHANGED, 4, 4, "entry 4: changed"),
						new Break(Kind.CUT, 10, 12, "entries 10–12 were cut from the end")),
				List.of());

		assertThat(command(() -> broken).run(List.of())).isOne();
		assertThat(output.getOut()).contains("BROKEN: 2 problems", "CHANGED 4: entry 4: changed",
				"CUT 10-12: entries 10–12 were cut");
	}

	@Test
	void a_log_that_cannot_be_read_is_2(CapturedOutput output) {
		assertThat(command(() -> {
			throw new DataAccessResourceFailureException("connection refused");
		}).run(List.of())).isEqualTo(2);
		assertThat(output.getErr()).contains("could not check", "connection refused");
	}

	interface Verification {

		ChainVerification get();

	}

	/** A stand-in for the audit log (Mockito: it keeps up with new methods). */
	private static AuditVerifyCommand command(Verification verification) {
		AuditManagement audit = Mockito.mock(AuditManagement.class);
		Mockito.when(audit.verify()).thenAnswer((call) -> verification.get());
		return new AuditVerifyCommand(audit);
	}

}
