package org.zhengtong.interaction;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengtong.shared.Refusal;

/**
 * A step of the receiving office (受理, 派单, 合并, 督办, the 派单目录) or a unit's objection that
 * the rules refuse; nothing was changed. Message keys live in
 * {@code messages/interaction*.properties}.
 */
public class OfficeRefused extends Refusal {

	private OfficeRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	/**
	 * Someone else routed the letter first (two 受理员 at once): it is with {@code unit}
	 * now.
	 */
	public static OfficeRefused alreadyAssigned(String unit) {
		return new OfficeRefused("interaction.office.refused.alreadyAssigned", "Already assigned to " + unit, unit);
	}

	/**
	 * The letter changed since the page was shown (someone else acted first).
	 * @param state where it stands now
	 */
	public static OfficeRefused overtaken(RequestState state) {
		return new OfficeRefused("interaction.office.refused.overtaken", "Changed meanwhile, now " + state,
				new DefaultMessageSourceResolvable("interaction.state." + state.name()));
	}

	/** The letter changed while this step ran (someone else acted at the same moment). */
	public static OfficeRefused changed() {
		return new OfficeRefused("interaction.office.refused.changed", "The letter changed meanwhile");
	}

	/** No active unit was chosen for 派单 or for a rule. */
	public static OfficeRefused unitUnknown() {
		return new OfficeRefused("interaction.office.refused.unitUnknown", "No such active unit");
	}

	/** A unit objects once per letter. */
	public static OfficeRefused objectedBefore() {
		return new OfficeRefused("interaction.office.refused.objectedBefore", "The unit objected before");
	}

	/** 督办 is marked once. */
	public static OfficeRefused escalatedBefore() {
		return new OfficeRefused("interaction.office.refused.escalatedBefore", "Escalated before");
	}

	/** A letter is not merged into itself. */
	public static OfficeRefused mergeIntoItself() {
		return new OfficeRefused("interaction.office.refused.mergeIntoItself", "Cannot merge a letter into itself");
	}

	/** No letter has the number given to merge into. */
	public static OfficeRefused mergeTargetUnknown(String number) {
		return new OfficeRefused("interaction.office.refused.mergeTargetUnknown", "No letter " + number, number);
	}

	/** The letter to merge into is answered or ended. */
	public static OfficeRefused mergeTargetEnded(String number, RequestState state) {
		return new OfficeRefused("interaction.office.refused.mergeTargetEnded", "Letter " + number + " is " + state,
				number, new DefaultMessageSourceResolvable("interaction.state." + state.name()));
	}

	/** Other letters were merged into this one: it stays the one they follow. */
	public static OfficeRefused mergeHasMerged() {
		return new OfficeRefused("interaction.office.refused.mergeHasMerged", "Other letters are merged into it");
	}

	/** The 派单目录 has a rule for this topic and region already. */
	public static OfficeRefused ruleExists() {
		return new OfficeRefused("interaction.office.refused.ruleExists", "A rule for this topic and region exists");
	}

	/** A rule names a topic, a region or both. */
	public static OfficeRefused ruleEmpty() {
		return new OfficeRefused("interaction.office.refused.ruleEmpty", "A rule needs a topic or a region");
	}

	/** Nothing to do: no letter was chosen, or none has a proposed unit. */
	public static OfficeRefused noProposal(String number) {
		return new OfficeRefused("interaction.office.refused.noProposal", "No proposed unit for " + number, number);
	}

	/**
	 * 改派 by two people at once: someone else moved the letter first, it is with
	 * {@code unit} now.
	 */
	public static OfficeRefused reassignedMeanwhile(String unit) {
		return new OfficeRefused("interaction.office.refused.reassignedMeanwhile", "Already moved to " + unit, unit);
	}

	/** 改派 only moves a letter a unit holds and has not answered (已派单, 办理中). */
	public static OfficeRefused notReassignable(RequestState state) {
		return new OfficeRefused("interaction.office.refused.notReassignable", "Cannot move a letter that is " + state,
				new DefaultMessageSourceResolvable("interaction.state." + state.name()));
	}

	/** 改派 to the unit that holds the letter already. */
	public static OfficeRefused sameUnit() {
		return new OfficeRefused("interaction.office.refused.sameUnit", "The letter is with that unit already");
	}

}
