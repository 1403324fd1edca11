package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.DecisionRefused;

/**
 * The default {@link JointGate}: every {@code permit_case} naming the case as its main
 * one must have its decision; the refusal names the departments still deciding. Removed
 * when part C's {@code JointCases} lands.
 */
@Component
class SubCaseGate implements JointGate {

	private final DecisionRecords records;

	private final UnitManagement units;

	private final Clock clock;

	SubCaseGate(DecisionRecords records, UnitManagement units, Clock clock) {
		this.records = records;
		this.units = units;
		this.clock = clock;
	}

	@Override
	public void requireAllDecided(PermitCase main) {
		List<UUID> undecided = records.undecidedSubCaseDepartments(main.id());
		if (!undecided.isEmpty()) {
			throw DecisionRefused.subCasesUndecided(String.join("、",
					undecided.stream()
						.map((unit) -> units.find(unit, LocalDate.now(clock))
							.map((view) -> view.names().fullName())
							.orElse(unit.toString()))
						.toList()));
		}
	}

}
