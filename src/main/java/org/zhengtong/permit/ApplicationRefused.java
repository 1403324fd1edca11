package org.zhengtong.permit;

import java.util.List;

import org.zhengtong.shared.Refusal;

/**
 * An application the rules refuse, nothing changed: the item cannot be applied for
 * online, the account is of the wrong kind for its audience, the case is not the
 * applicant's draft, required materials or answers are missing.
 */
public class ApplicationRefused extends Refusal {

	private ApplicationRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	/** No such item, or a case that is not the asker's: as if it did not exist. */
	public static ApplicationRefused notFound() {
		return new ApplicationRefused("permit.apply.refused.notFound", "No such item or case");
	}

	/** The item is withdrawn, has no guide in force, or is handled at the window only. */
	public static ApplicationRefused notOnline(String item) {
		return new ApplicationRefused("permit.apply.refused.notOnline", item + " cannot be applied for online", item);
	}

	/**
	 * 个人/法人: a citizen account for an enterprise item or the other way round; staff
	 * accounts apply for nobody online.
	 * @param audience the item's audience (CITIZEN or ENTERPRISE)
	 */
	public static ApplicationRefused audience(String item, Audience audience) {
		return new ApplicationRefused("permit.apply.refused.audience." + audience.name(),
				item + " is for " + audience + " accounts only", item);
	}

	/** Only citizens' and enterprises' accounts apply online. */
	public static ApplicationRefused notPublicAccount() {
		return new ApplicationRefused("permit.apply.refused.staff", "Staff accounts do not apply online");
	}

	/** The case was submitted already (or is otherwise no longer a draft). */
	public static ApplicationRefused notDraft(String number) {
		return new ApplicationRefused("permit.apply.refused.notDraft", "Already submitted as " + number, number);
	}

	/** Required materials are missing, named in the guide's order. */
	public static ApplicationRefused missingMaterials(List<String> names) {
		return new ApplicationRefused("permit.apply.refused.materials", "Missing materials: " + names,
				String.join("、", names));
	}

	/** Some answers break the form's rules (the problems say which). */
	public static ApplicationRefused answers(int count) {
		return new ApplicationRefused("permit.apply.refused.answers", count + " answers to correct", count);
	}

	/** A material position the guide does not have. */
	public static ApplicationRefused unknownMaterial(int position) {
		return new ApplicationRefused("permit.apply.refused.unknownMaterial", "No material " + position, position);
	}

}
