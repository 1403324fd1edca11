package org.zhengtong.organization;

import org.zhengtong.shared.Refusal;

/** A change to units the rules refuse; nothing was changed. */
public class UnitRefused extends Refusal {

	private UnitRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	public static UnitRefused activeChildren(String name, int children) {
		return new UnitRefused("unit.refused.activeChildren",
				name + " still has " + children + " active units under it", name, children);
	}

	public static UnitRefused creditCodeTaken(String code) {
		return new UnitRefused("unit.refused.creditCodeTaken", "Another unit has the credit code " + code, code);
	}

	public static UnitRefused renamedBefore(String name, Object day) {
		return new UnitRefused("unit.refused.renamedBefore",
				"A new name for " + name + " cannot take effect on or before its current name's " + day, name, day);
	}

}
