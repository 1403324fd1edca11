package org.zhengtong.identity;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengtong.shared.Refusal;

/** A change to accounts or passwords the rules refuse; nothing was changed. */
public class AccountRefused extends Refusal {

	private AccountRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	public static AccountRefused twoAdministratorRoles(String username, Role held, Role asked) {
		return new AccountRefused("account.refused.twoAdministratorRoles",
				username + " is already " + held + " and cannot also be " + asked + " (三员分立)", username, name(held),
				name(asked));
	}

	/**
	 * The account holds a role of the same exclusive group: the 三员 are separated (三员分立),
	 * other groups likewise.
	 */
	public static AccountRefused exclusiveRoles(String username, Role held, Role asked) {
		if (held.administrator() && asked.administrator()) {
			return twoAdministratorRoles(username, held, asked);
		}
		return new AccountRefused("account.refused.exclusiveRoles",
				username + " is already " + held + " and cannot also be " + asked, username, name(held), name(asked));
	}

	public static AccountRefused lastAdministrator(String username, Role role) {
		return new AccountRefused("account.refused.lastAdministrator",
				username + " is the last " + role + "; appoint another before taking the role away", username,
				name(role));
	}

	/**
	 * The account holds one of the three administrator roles: nobody changes it through
	 * the web; its password is reset on the server ({@code reset-administrator}).
	 */
	public static AccountRefused administratorAccount(String username) {
		return new AccountRefused("account.refused.administratorAccount", username
				+ " holds an administrator role: it is changed only on the server (java -jar zhengtong.jar reset-administrator)",
				username);
	}

	/**
	 * The account holds a role the actor could not give, so the actor may not act on it.
	 */
	public static AccountRefused holdsRoleBeyondActor(String username, Role role) {
		return new AccountRefused("account.refused.holdsRoleBeyondActor",
				username + " holds " + role + ", a role you may not give, so you cannot act on the account", username,
				name(role));
	}

	public static AccountRefused ownRoles() {
		return new AccountRefused("account.refused.ownRoles", "You cannot give or take your own roles");
	}

	public static AccountRefused roleNotForKind(String username, Role role, AccountKind kind) {
		return new AccountRefused("account.refused.roleNotForKind",
				role + " is for " + role.heldBy() + " accounts; " + username + " is a " + kind + " account", username,
				name(role));
	}

	public static AccountRefused reservedName(String username) {
		return new AccountRefused("account.refused.reservedName",
				"The user name " + username + " is reserved for the platform", username);
	}

	public static AccountRefused notAdministrator(String username) {
		return new AccountRefused("account.refused.notAdministrator",
				username + " holds no administrator role: reset the password on the account page", username);
	}

	/** No module declares a role with this code: nothing is granted. */
	public static AccountRefused undeclaredRole(String code) {
		return new AccountRefused("account.refused.undeclaredRole", "No module declares the role " + code, code);
	}

	/**
	 * The role's name in the user's language, resolved where the message is shown:
	 * screens show names, never codes.
	 */
	public static MessageSourceResolvable name(Role role) {
		return new DefaultMessageSourceResolvable(new String[] { role.nameKey() }, role.code());
	}

	public static AccountRefused usernameTaken(String username) {
		return new AccountRefused("account.refused.usernameTaken", "The user name " + username + " is taken", username);
	}

	public static AccountRefused wrongCurrentPassword() {
		return new AccountRefused("account.refused.wrongCurrentPassword", "The current password is not right");
	}

	/** Too many wrong current passwords from this source: refused for a while. */
	public static AccountRefused currentPasswordBlocked() {
		return new AccountRefused("account.refused.wrongCurrentPasswordBlocked",
				"Too many wrong current passwords; try again later");
	}

	/** The new password is the current one (or the one-time password being replaced). */
	public static AccountRefused samePassword() {
		return new AccountRefused("account.refused.samePassword", "The new password must differ from the current one");
	}

	public static AccountRefused weakPassword(String why) {
		return new AccountRefused("account.refused.weakPassword." + why, "The new password is too weak: " + why);
	}

	public static AccountRefused passwordsDiffer() {
		return new AccountRefused("account.refused.passwordsDiffer", "The two new passwords differ");
	}

	public static AccountRefused unitAdminNeedsUnit() {
		return new AccountRefused("account.refused.unitAdminNeedsUnit",
				"A unit administrator must be given the unit they administer");
	}

	public static AccountRefused notStaff(String username) {
		return new AccountRefused("account.refused.notStaff", username + " is not a staff account", username);
	}

	public static AccountRefused postNotTheirs(String username) {
		return new AccountRefused("account.refused.postNotTheirs", "That post is not one of " + username + "'s",
				username);
	}

	public static AccountRefused idNumberRegistered() {
		return new AccountRefused("account.refused.idNumberRegistered",
				"An account is already registered with this ID number");
	}

	public static AccountRefused creditCodeRegistered(String code) {
		return new AccountRefused("account.refused.creditCodeRegistered",
				"An account is already registered with the credit code " + code, code);
	}

	public static AccountRefused emailTaken(String email) {
		return new AccountRefused("account.refused.emailTaken", "Another account uses " + email, email);
	}

	public static AccountRefused mobileTaken(String mobile) {
		return new AccountRefused("account.refused.mobileTaken", "Another account uses " + mobile, mobile);
	}

	public static AccountRefused resetLinkInvalid() {
		return new AccountRefused("account.refused.resetLinkInvalid",
				"This password reset link is unknown, already used or expired");
	}

	public static AccountRefused ownAccount() {
		return new AccountRefused("account.refused.ownAccount", "You cannot deactivate your own account");
	}

}
