package org.zhengtong.audit;

/**
 * The post a signed-in user works in, as an audit entry names it.
 *
 * @param post the post as people read it (秦川市教育局 · 办公室 · 科员)
 * @param unitId the id of the post's unit
 */
public record PostInUse(String post, String unitId) {

	/**
	 * SPI: finds the post in use, so that every entry made in a request carries it. The
	 * module that knows accounts and posts implements it (the audit module depends on
	 * none); without an implementation entries carry no post.
	 */
	public interface Source {

		/**
		 * The post {@code username} works in during the current request (the one chosen
		 * for the session, or the 编制 post), or {@code null} for an unknown account or one
		 * without posts.
		 */
		@org.jspecify.annotations.Nullable
		PostInUse of(String username);

	}

}
