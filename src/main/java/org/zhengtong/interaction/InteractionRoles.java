package org.zhengtong.interaction;

import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.Role;

/**
 * The roles interaction declares. Administrators and RA operators hold none of them, so
 * they see no letters; writers see only their own, through their public account or 查询码.
 */
public final class InteractionRoles {

	/** Receives (受理) letters and routes them (派单) to the responsible unit. */
	public static final String ACCEPT = "interaction.accept";

	/** Handles the letters routed to the unit of the post in use and drafts replies. */
	public static final String HANDLE = "interaction.handle";

	/**
	 * Approves or returns replies drafted in the unit, and approves a disclosure
	 * request's extension (the head of the office, 政府信息公开条例 art. 33).
	 */
	public static final String APPROVE = "interaction.approve";

	/** Registers and answers disclosure requests (依申请公开) of the unit. */
	public static final String DISCLOSURE = "interaction.disclosure";

	/**
	 * Moderates what the public writes (held letters, the reply board, interview
	 * questions, free-text answers) and runs surveys, consultations and interviews.
	 */
	public static final String MODERATE = "interaction.moderate";

	/** 来信受理员: the receiving office's 受理 and 派单, over every letter. */
	public static final Role LETTER_ACCEPTOR = Role.declare("LETTER_ACCEPTOR", "account.manage")
		.withPermissions(ACCEPT);

	/** 来信承办人: handles the letters routed to their unit. */
	public static final Role LETTER_HANDLER = Role.declare("LETTER_HANDLER", "account.manage")
		.withPermissions(HANDLE)
		.withDefaultScope(DataScope.UNIT);

	/** 答复审核人: the unit leader who approves or returns its replies and extensions. */
	public static final Role INTERACTION_LEADER = Role.declare("INTERACTION_LEADER", "account.manage")
		.withPermissions(APPROVE)
		.withDefaultScope(DataScope.UNIT);

	/** 信息公开专员: the unit's disclosure requests. */
	public static final Role DISCLOSURE_OFFICER = Role.declare("DISCLOSURE_OFFICER", "account.manage")
		.withPermissions(DISCLOSURE)
		.withDefaultScope(DataScope.UNIT);

	/** 互动栏目编辑: moderation, the reply board, surveys, consultations and interviews. */
	public static final Role INTERACTION_EDITOR = Role.declare("INTERACTION_EDITOR", "account.manage")
		.withPermissions(MODERATE);

	private InteractionRoles() {
	}

}
