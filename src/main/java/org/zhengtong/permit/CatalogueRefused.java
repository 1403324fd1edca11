package org.zhengtong.permit;

import org.zhengtong.shared.Refusal;

/**
 * A step on the item catalogue or a service guide the rules refuse; nothing was changed.
 */
public class CatalogueRefused extends Refusal {

	private CatalogueRefused(String key, String message, Object... arguments) {
		super("permit.catalogue.refused." + key, message, arguments);
	}

	/** No such item or guide, or not one of the user's department (404). */
	public static CatalogueRefused notFound() {
		return new CatalogueRefused("notFound", "No such item or service guide");
	}

	/** The user works in no department that keeps a catalogue. */
	public static CatalogueRefused noDepartment() {
		return new CatalogueRefused("noDepartment", "The post in use keeps no item catalogue");
	}

	public static CatalogueRefused codeTaken(String code) {
		return new CatalogueRefused("codeTaken", "The item code is taken: " + code, code);
	}

	public static CatalogueRefused notEditable() {
		return new CatalogueRefused("notEditable", "Only a draft or a returned version can be changed");
	}

	public static CatalogueRefused notSubmitted() {
		return new CatalogueRefused("notSubmitted", "The version is not waiting for review");
	}

	/** The reviewer drafted or submitted the version. */
	public static CatalogueRefused ownDraft() {
		return new CatalogueRefused("ownDraft", "A version is reviewed by someone who did not draft it");
	}

	public static CatalogueRefused noteMissing() {
		return new CatalogueRefused("noteMissing", "A returned version needs a note saying what to change");
	}

	/** A new draft while one is open (drafted, returned or waiting for review). */
	public static CatalogueRefused draftOpen() {
		return new CatalogueRefused("draftOpen", "The item already has a version being drafted or reviewed");
	}

	public static CatalogueRefused withdrawn() {
		return new CatalogueRefused("withdrawn", "The item is withdrawn");
	}

	public static CatalogueRefused notWithdrawn() {
		return new CatalogueRefused("notWithdrawn", "The item is not withdrawn");
	}

	public static CatalogueRefused changedMeanwhile() {
		return new CatalogueRefused("changedMeanwhile", "Someone else changed it meanwhile");
	}

	/** What the guide says breaks a rule (承诺 above 法定, 并联 without departments…). */
	public static CatalogueRefused badContent(String rule) {
		return new CatalogueRefused("badContent." + rule, "The guide breaks a rule: " + rule);
	}

	public static CatalogueRefused noSuchMaterial() {
		return new CatalogueRefused("noSuchMaterial", "No such material in the guide");
	}

}
