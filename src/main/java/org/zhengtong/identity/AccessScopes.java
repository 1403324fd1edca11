package org.zhengtong.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.organization.PostView;

/**
 * Data scope (数据权限) of users, for every list and count query to apply. It follows the
 * post in use: a role scoped to 本单位 reaches the unit of the post the user works in now.
 */
public interface AccessScopes {

	/** The session attribute holding the id of the post chosen for the session. */
	String POST_IN_USE = "zhengtong.post";

	/**
	 * What {@code username} reaches with {@code permission} (a permission such as
	 * {@code account.manage}, or a role authority such as {@code ROLE_STAFF}): the union
	 * over the roles that give it.
	 * @param postUnit the unit of the post in use; {@code null} for the account's 编制 unit
	 */
	AccessScope of(String username, String permission, @Nullable UUID postUnit);

	/** {@link #of} for the signed-in user of the current request and the post in use. */
	AccessScope current(String permission);

	/**
	 * The post {@code username} works in during the current request: the one chosen for
	 * the session while it is still theirs and current, otherwise their 编制 post (or their
	 * first post); {@code null} without posts.
	 */
	@Nullable PostView postInUse(String username);

}
