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

	public static UnitRefused unitHasStaff(String name, int posts) {
		return new UnitRefused("unit.refused.unitHasStaff",
				name + " still has " + posts + " people holding posts in it", name, posts);
	}

	public static UnitRefused unitInactive(String name) {
		return new UnitRefused("unit.refused.inactive", name + " is no longer active", name);
	}

	public static UnitRefused departmentNameTaken(String unit, String department) {
		return new UnitRefused("unit.refused.departmentNameTaken", unit + " already has a department " + department,
				unit, department);
	}

	public static UnitRefused departmentHasStaff(String department, int posts) {
		return new UnitRefused("unit.refused.departmentHasStaff",
				department + " still has " + posts + " people holding posts in it", department, posts);
	}

	public static UnitRefused departmentNotInUnit(String unit) {
		return new UnitRefused("unit.refused.departmentNotInUnit", "That department is not one of " + unit, unit);
	}

	public static UnitRefused alreadyHoldsPost(String person, String unit) {
		return new UnitRefused("unit.refused.alreadyHoldsPost", person + " already holds a post in " + unit, person,
				unit);
	}

	public static UnitRefused postEnded(String person) {
		return new UnitRefused("unit.refused.postEnded", "That post of " + person + " has already ended", person);
	}

	public static UnitRefused moveUnderItself(String name) {
		return new UnitRefused("unit.refused.moveUnderItself", name + " cannot be put under itself or a unit under it",
				name);
	}

}
