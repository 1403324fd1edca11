package org.zhengtong.casework.internal;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

/** The register of numbers. */
interface NumberEntries extends CrudRepository<NumberEntry, Long> {

	List<NumberEntry> findByScopeAndYearOrderBySequence(String scope, int year);

}
