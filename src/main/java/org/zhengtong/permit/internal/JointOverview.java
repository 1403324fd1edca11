package org.zhengtong.permit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.ClockView;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.permit.AcceptanceRefused;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The 并联 case as a reader may see it: the main case's summary (item, applicant, number,
 * state, the slowest clock), and the sub-cases with their departments, states and clocks
 * — all of them for the lead department and the 电子监察员, a sub-case department's own only.
 * The slowest is the part (main or sub-case) not yet decided whose 法定 clock is furthest
 * behind: red (overdue) before yellow before the others, then the latest due day; the
 * whole joint handling ends no earlier than it.
 */
@Service
@Transactional(readOnly = true)
public class JointOverview {

	private final PermitCases cases;

	private final Guides guides;

	private final JointCases joint;

	private final CaseAccess access;

	private final Deadlines deadlines;

	private final JointRecords records;

	private final java.time.Clock clock;

	JointOverview(PermitCases cases, Guides guides, JointCases joint, CaseAccess access, Deadlines deadlines,
			JointRecords records, java.time.Clock clock) {
		this.records = records;
		this.clock = clock;
		this.cases = cases;
		this.guides = guides;
		this.joint = joint;
		this.access = access;
		this.deadlines = deadlines;
	}

	/**
	 * One part of the joint handling.
	 *
	 * @param legal its 法定 clock ({@code null} before acceptance)
	 * @param slowest the slowest part now
	 */
	public record Part(PermitCase permitCase, String department, @Nullable ClockView promised,
			@Nullable ClockView legal, boolean slowest) {

		public boolean decided() {
			return permitCase.decidedAt() != null;
		}

	}

	/**
	 * The joint case for a reader.
	 *
	 * @param whole the reader sees the main case in full and every sub-case
	 * @param main the lead department's part
	 * @param subCases the sub-cases the reader sees
	 * @param slowest the slowest clock of the whole handling, {@code null} once all
	 * decided
	 * @param undecided how many parts (of all, not only those shown) are still deciding
	 */
	public record View(String itemName, Part main, List<Part> subCases, @Nullable ClockView slowest, int total,
			int undecided, boolean whole) {

		/** The rows a page lists: the main case first for whoever sees it whole. */
		public List<Part> rows() {
			List<Part> rows = new ArrayList<>();
			if (whole) {
				rows.add(main);
			}
			rows.addAll(subCases);
			return rows;
		}

	}

	/**
	 * The joint case of the main case or a sub-case with this number, as {@code username}
	 * may see it.
	 * @throws AcceptanceRefused not found: no such case, not a 并联 case, or not one the
	 * reader may see
	 */
	public View forReader(String number, String username) {
		PermitCase found = cases.findByNumber(number.strip()).orElseThrow(AcceptanceRefused::notFound);
		PermitCase main = joint.mainOf(found);
		List<PermitCase> subs = joint.subCasesOf(main);
		CaseAccess.JointSight sight = access.joint(username, main, subs);
		if (subs.isEmpty() || !sight.sees(found)) {
			throw AcceptanceRefused.notFound();
		}
		List<Part> all = new ArrayList<>();
		all.add(part(main, false));
		subs.forEach((sub) -> all.add(part(sub, false)));
		Optional<Part> slowest = all.stream().filter((p) -> !p.decided() && p.legal() != null).max(SLOWER);
		List<Part> marked = all.stream()
			.map((p) -> slowest.isPresent() && slowest.get().permitCase().id() == p.permitCase().id()
					? new Part(p.permitCase(), p.department(), p.promised(), p.legal(), true) : p)
			.toList();
		List<Part> shown = marked.subList(1, marked.size())
			.stream()
			.filter((p) -> sight.subCases().stream().anyMatch((sub) -> sub.id() == p.permitCase().id()))
			.toList();
		int undecided = (int) all.stream().filter((p) -> !p.decided()).count();
		String item = guides.findById(main.guideId()).map(Guide::name).orElse("");
		return new View(item, marked.get(0), shown, slowest.map(Part::legal).orElse(null), all.size(), undecided,
				sight.whole());
	}

	/**
	 * A line of the lead department's list of 并联 cases: the case, and its slowest part's
	 * department and 法定 clock ({@code null} once every part has decided).
	 */
	public record Listed(JointRecords.Row row, @Nullable String slowestDepartment, @Nullable ClockView slowest) {
	}

	/**
	 * The 并联 cases {@code username}'s departments lead (every department for the 电子监察员),
	 * the most urgent first (see {@link JointRecords#list}), 20 a page.
	 * @throws AcceptanceRefused not found for anyone who works on no department's cases
	 */
	public PageOf<Listed> list(String username, @Nullable PermitCaseState state, @Nullable String text,
			@Nullable ListSort sort, int page) {
		AccessScope scope = access.leadScope(username);
		if (scope.isEmpty() || (!scope.all() && scope.units().isEmpty())) {
			throw AcceptanceRefused.notFound();
		}
		PageOf<JointRecords.Row> rows = records.list(scope.all() ? null : scope.units(), state, text, sort,
				Math.max(0, page), 20, clock.instant());
		List<Listed> listed = rows.items()
			.stream()
			.map((row) -> new Listed(row,
					row.slowestDepartment() == null ? null : joint.departmentName(row.slowestDepartment()),
					row.slowestClockId() == null ? null : deadlines.view(row.slowestClockId())))
			.toList();
		return new PageOf<>(listed, rows.total(), rows.page(), rows.size());
	}

	/**
	 * Red before yellow before the rest, then the later due day: the "greater" is slower.
	 */
	static final Comparator<Part> SLOWER = Comparator.comparingInt((Part p) -> urgency(legalOf(p).colour()))
		.thenComparing((Part p) -> legalOf(p).dueDay(), Comparator.<LocalDate>naturalOrder());

	private static ClockView legalOf(Part part) {
		return java.util.Objects.requireNonNull(part.legal());
	}

	private static int urgency(ClockColour colour) {
		return switch (colour) {
			case RED -> 2;
			case YELLOW -> 1;
			default -> 0;
		};
	}

	private Part part(PermitCase found, boolean slowest) {
		Long promised = found.promisedClockId();
		Long legal = found.legalClockId();
		return new Part(found, joint.departmentName(found.departmentId()),
				promised == null ? null : deadlines.view(promised), legal == null ? null : deadlines.view(legal),
				slowest);
	}

}
