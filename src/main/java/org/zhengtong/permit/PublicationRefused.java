package org.zhengtong.permit;

import org.zhengtong.shared.Refusal;

/** A 双公示 record the rules refuse; nothing was stored. */
public class PublicationRefused extends Refusal {

	private PublicationRefused(String key, String message, Object... arguments) {
		super(key, message, arguments);
	}

	/** The record does not exist, or lies outside the user's department. */
	public static PublicationRefused notFound() {
		return new PublicationRefused("permit.publication.refused.notFound", "No such publication");
	}

	public static PublicationRefused creditCodeNeeded() {
		return new PublicationRefused("permit.publication.refused.creditCodeNeeded",
				"An organisation needs its unified social credit code");
	}

	public static PublicationRefused idNumberNeeded() {
		return new PublicationRefused("permit.publication.refused.idNumberNeeded",
				"A natural person needs the ID number");
	}

	public static PublicationRefused missing(String itemKey) {
		return new PublicationRefused("permit.publication.refused.missing", "Missing " + itemKey, itemKey);
	}

	public static PublicationRefused futureDecision() {
		return new PublicationRefused("permit.publication.refused.future", "The decision date is in the future");
	}

	public static PublicationRefused validity() {
		return new PublicationRefused("permit.publication.refused.validity", "Valid to before valid from");
	}

	public static PublicationRefused fineNeeded() {
		return new PublicationRefused("permit.publication.refused.fineNeeded", "A fine needs its amount");
	}

	public static PublicationRefused alreadyPublished(String caseNumber) {
		return new PublicationRefused("permit.publication.refused.alreadyPublished",
				"The decision of " + caseNumber + " is published already", caseNumber);
	}

	public static PublicationRefused alreadyWithdrawn() {
		return new PublicationRefused("permit.publication.refused.withdrawn", "Withdrawn already");
	}

	public static PublicationRefused reasonNeeded() {
		return new PublicationRefused("permit.publication.refused.reasonNeeded", "A withdrawal needs a reason");
	}

	public static PublicationRefused changedMeanwhile() {
		return new PublicationRefused("permit.publication.refused.changed", "Changed meanwhile");
	}

}
