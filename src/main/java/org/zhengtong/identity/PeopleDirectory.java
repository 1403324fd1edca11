package org.zhengtong.identity;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 选人: finding a member of staff by name, unit and post, for pickers that grant rights
 * (channel rights, roles, delegations) instead of typing an exact user name. Only staff
 * accounts in use, only within the caller's data scope; a person shows their name, unit
 * and post, never an identity number.
 */
public interface PeopleDirectory {

	/** The most people one search answers. */
	int MOST = 20;

	/**
	 * What to look for; each part may be left out.
	 *
	 * @param name part of the name or the user name, in any case
	 * @param unit a unit: people with a current post in it or a unit under it
	 * @param post part of the title of a current post (科员, 处长)
	 */
	record Query(@Nullable String name, @Nullable UUID unit, @Nullable String post) {

		/** Whether nothing is asked: the picker then shows no one yet. */
		public boolean blank() {
			return (name == null || name.isBlank()) && unit == null && (post == null || post.isBlank());
		}

	}

	/**
	 * A person as a picker shows them.
	 *
	 * @param username what the form sends
	 * @param unitName the unit of the post shown, if they hold one
	 * @param postLabel 秦川市教育局 · 办公室 · 科员, if they hold a post
	 */
	record Person(String username, String displayName, @Nullable String unitName, @Nullable String postLabel) {
	}

	/**
	 * What was found: at most {@link #MOST}, by name.
	 *
	 * @param more whether more people match than are shown (ask more precisely)
	 */
	record Found(List<Person> people, boolean more) {

		public static Found nothing() {
			return new Found(List.of(), false);
		}

	}

	/**
	 * Staff accounts in use within {@code scope} matching the query, by name; nothing for
	 * a blank query or an empty scope.
	 */
	Found find(Query query, AccessScope scope);

}
