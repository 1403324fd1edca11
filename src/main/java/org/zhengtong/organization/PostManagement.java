package org.zhengtong.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.shared.PageOf;

/** Departments inside units, the posts people hold, 分管, and the staff address book. */
public interface PostManagement {

	/** A unit's departments, active ones first, by their order. */
	List<DepartmentView> departments(UUID unitId);

	/** The active departments of every unit, for choosing one. */
	List<DepartmentView> activeDepartments();

	/**
	 * @throws UnitRefused when the unit is inactive or already has an active department
	 * of that name
	 */
	DepartmentView addDepartment(UUID unitId, String name, String englishName, int sortOrder, String actor);

	/**
	 * @throws UnitRefused while people hold posts in it
	 */
	void deactivateDepartment(UUID departmentId, String actor);

	/**
	 * Gives a person a post. A 编制 post ends the person's current one (they have moved); a
	 * concurrent post is added to it.
	 * @throws UnitRefused when the unit is inactive, the department is not the unit's, or
	 * the person already holds a post in that unit
	 */
	PostView appoint(Appointment appointment, String actor);

	/** Ends a current post from today on ({@link PostEnded}). */
	void end(UUID postId, String actor);

	/** Sets the units a post oversees (分管), replacing the ones it had. */
	PostView oversee(UUID postId, Set<UUID> unitIds, String actor);

	Optional<PostView> post(UUID postId);

	/** A person's current posts, the 编制 post first. */
	List<PostView> postsOf(UUID holderId);

	/** A person's posts, current and ended, newest first. */
	List<PostView> historyOf(UUID holderId);

	/** Keeps the address book's name in step with the account's. */
	void renameHolder(UUID holderId, String name);

	/**
	 * 通讯录: current posts whose holder, title, unit, department or phone contains
	 * {@code text} (everyone when blank), within {@code unitId} and the units under it
	 * when given; ordered by unit, leaders first, then by name.
	 */
	PageOf<PostView> addressBook(String text, @Nullable UUID unitId, int page, int size);

	/**
	 * The people holding a current post in the unit or a unit under it, whose post's
	 * title contains {@code title}; either left out ({@code null} or blank) matches any.
	 * For people pickers: choosing someone by unit and post.
	 */
	java.util.Set<UUID> holders(@Nullable UUID unitId, @Nullable String title);

}
