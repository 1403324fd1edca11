package org.zhengtong.interaction.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.ClockView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.TaskView;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.interaction.internal.Assignment;
import org.zhengtong.interaction.internal.DispatchRule;
import org.zhengtong.interaction.internal.Letter;
import org.zhengtong.interaction.internal.LetterOffice;
import org.zhengtong.interaction.internal.QueueRow;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;

/**
 * What the office's and the unit's action fragments on a letter's page offer this reader
 * ({@code ${@officeDesk.actions(letter, #authentication.name)}}), and the clock each
 * queue line shows.
 */
@Component("officeDesk")
public class OfficeDesk {

	/** The office's actions on one letter, and the unit's objection. */
	public record Actions(boolean office, boolean accept, boolean reject, boolean assign, boolean merge,
			boolean escalate, @Nullable UUID proposedUnit, @Nullable String proposedUnitName, List<UnitView> units,
			List<Routing> routings, boolean object, boolean objectedBefore, @Nullable String holdingUnitName,
			boolean reassign) {
	}

	/** One unit the letter went to, with its time and how it ended. */
	public record Routing(String unitName, Instant assignedAt, String assignedBy, @Nullable Instant endedAt,
			@Nullable String endReason, @Nullable String objection) {
	}

	private final LetterOffice office;

	private final UnitManagement units;

	private final Casework casework;

	private final Deadlines deadlines;

	private final Clock clock;

	OfficeDesk(LetterOffice office, UnitManagement units, Casework casework, Deadlines deadlines, Clock clock) {
		this.office = office;
		this.units = units;
		this.casework = casework;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	public Actions actions(Letter letter, String username) {
		boolean mayAct = office.mayAct(letter, username);
		RequestState state = letter.state();
		boolean assignable = mayAct && state == RequestState.ACCEPTED;
		Optional<DispatchRule> proposal = assignable ? office.proposal(letter) : Optional.empty();
		boolean mayObject = office.mayObject(letter, username);
		// 改派: while the unit holds it and has not sent a draft for review
		boolean reassignable = mayAct && letter.unitId() != null
				&& (state == RequestState.ASSIGNED || state == RequestState.IN_PROGRESS);
		return new Actions(mayAct, mayAct && state == RequestState.SUBMITTED,
				mayAct && (state == RequestState.SUBMITTED || state == RequestState.ACCEPTED), assignable,
				mayAct && (state == RequestState.SUBMITTED || state == RequestState.ACCEPTED
						|| state == RequestState.ASSIGNED || state == RequestState.IN_PROGRESS),
				mayAct && !state.ended() && letter.escalatedAt() == null,
				proposal.map(DispatchRule::unitId).orElse(null),
				proposal.map((rule) -> office.unitName(rule.unitId())).orElse(null),
				assignable || reassignable ? activeUnits() : List.of(), mayAct ? routings(letter.id()) : List.of(),
				mayObject, mayObject && office.objectedBefore(letter),
				mayObject || reassignable ? office.unitName(letter.unitId()) : null, reassignable);
	}

	/** The active units, in tree order, for 派单. */
	public List<UnitView> activeUnits() {
		return units.tree(LocalDate.now(clock)).stream().filter(UnitView::active).toList();
	}

	List<Routing> routings(UUID letter) {
		return office.assignments(letter)
			.stream()
			.map((a) -> new Routing(office.unitName(a.unitId()), a.assignedAt(), a.assignedBy(), a.endedAt(),
					a.endReason() == null ? null : a.endReason().name(), a.objection()))
			.toList();
	}

	/**
	 * The clock a queue line shows: the 受理 limit while it waits for 受理, the reply limit
	 * once routed; none in between.
	 */
	@Nullable ClockView clockOf(QueueRow row) {
		if (row.state() == RequestState.SUBMITTED && row.caseId() != null) {
			return casework.openTasks(row.caseId())
				.stream()
				.map(TaskView::clockId)
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.map(deadlines::view)
				.orElse(null);
		}
		if (row.replyClockId() != null && (row.state().withUnit() || row.state().answered())) {
			return deadlines.view(row.replyClockId());
		}
		return null;
	}

	static Assignment.EndReason[] endReasons() {
		return Assignment.EndReason.values();
	}

}
