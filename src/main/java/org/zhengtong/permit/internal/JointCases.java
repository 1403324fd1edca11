package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.DecisionRefused;
import org.zhengtong.permit.LimitKind;

/**
 * 并联审批 (行政许可法 arts. 26 and 42): a 并联 item's accepted case is the lead department's main
 * case, with one sub-case per other department the guide names ({@link SubCaseOpening});
 * each department decides its own sub-case, and the lead department decides the main case
 * only when all have decided ({@link #requireAllDecided}). The whole joint handling
 * counts under the joint limit of art. 42 (45 working days).
 */
@Service
@Transactional(readOnly = true)
public class JointCases implements JointGate {

	private final PermitCases cases;

	private final UnitManagement units;

	private final Clock clock;

	JointCases(PermitCases cases, UnitManagement units, Clock clock) {
		this.cases = cases;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * The legal days a case of the guide counts: the guide's, and for a 并联 item at most
	 * the joint limit of art. 42 (45 working days, "不得超过四十五日").
	 */
	public static int legalDays(Guide guide) {
		return guide.joint() ? Math.min(guide.legalDays(), LimitKind.JOINT.defaultDays()) : guide.legalDays();
	}

	/** The 承诺 days, never beyond the legal days counted. */
	public static int promisedDays(Guide guide) {
		return Math.min(guide.promisedDays(), legalDays(guide));
	}

	/**
	 * The sub-cases of a main case, in the order of their numbers (none for a single
	 * case).
	 */
	public List<PermitCase> subCasesOf(PermitCase main) {
		return cases.findByMainCaseIdOrderById(main.id());
	}

	/** The main case of a sub-case; the case itself otherwise. */
	public PermitCase mainOf(PermitCase found) {
		Long main = found.mainCaseId();
		return main == null ? found : cases.findById(main).orElseThrow();
	}

	/**
	 * Where the application lives (its materials, the applicant's account and 查询码): the
	 * main case for a sub-case, the case itself otherwise.
	 */
	public PermitCase applicationCase(PermitCase found) {
		return mainOf(found);
	}

	/**
	 * Refuses to let the main case be decided while one of its sub-cases is undecided,
	 * naming the departments still deciding; passes for a case without sub-cases.
	 * @throws DecisionRefused naming the undecided departments
	 */
	@Override
	public void requireAllDecided(PermitCase main) {
		List<String> undecided = subCasesOf(main).stream()
			.filter((sub) -> sub.decidedAt() == null)
			.map((sub) -> departmentName(sub.departmentId()))
			.toList();
		if (!undecided.isEmpty()) {
			throw DecisionRefused.subCasesUndecided(String.join("、", undecided));
		}
	}

	/** The department's full name today (empty when unknown). */
	String departmentName(UUID department) {
		return units.find(department, LocalDate.now(clock)).map((unit) -> unit.names().fullName()).orElse("");
	}

}
