package org.zhengtong.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The unit tree. Names are effective-dated; units are deactivated, never deleted. */
public interface UnitManagement {

	/**
	 * Every unit in tree order (parents before children, siblings by their order), named
	 * as on {@code day}.
	 */
	List<UnitView> tree(LocalDate day);

	Optional<UnitView> find(UUID id, LocalDate day);

	/**
	 * @param creditCode 统一社会信用代码, checked (GB 32100); {@code null} for units without one
	 * @throws org.zhengtong.shared.IdentifierInvalid when the credit code is wrong
	 * @throws UnitRefused when another unit has it
	 */
	UnitView create(@Nullable UUID parentId, UnitKind kind, UnitNames names, @Nullable String creditCode, int sortOrder,
			LocalDate validFrom, String actor);

	/**
	 * New names from {@code validFrom} on; the old ones stay valid for the days before.
	 */
	UnitView rename(UUID id, UnitNames names, LocalDate validFrom, String actor);

	/**
	 * The unit and every unit under it at any depth, active or not (本单位及下级); empty for an
	 * unknown unit.
	 */
	Set<UUID> unitAndBelow(UUID id);

	/** Every name the unit has had, newest first, each with the day it took effect. */
	List<Map.Entry<LocalDate, UnitNames>> nameHistory(UUID id);

	/**
	 * @throws UnitRefused while active units are under it
	 */
	void deactivate(UUID id, String actor);

	/**
	 * Puts the unit under another parent ({@code null}: a top unit), with everything
	 * under it.
	 * @throws UnitRefused when the new parent is the unit itself or under it, or inactive
	 */
	UnitView move(UUID id, @Nullable UUID parentId, String actor);

}
