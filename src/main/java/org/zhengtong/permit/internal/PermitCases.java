package org.zhengtong.permit.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The permit cases. */
public interface PermitCases extends JpaRepository<PermitCase, Long> {

	Optional<PermitCase> findByNumber(String number);

	/**
	 * The case's id by its number, without loading the case: a step that locks the row
	 * first then reads the case as the lock found it (a case loaded before the lock would
	 * be served again, stale, from the persistence context).
	 */
	@Query("select c.id from PermitCase c where c.number = ?1")
	Optional<Long> findIdByNumber(String number);

	Optional<PermitCase> findBySubmitToken(String submitToken);

	List<PermitCase> findByMainCaseIdOrderById(long mainCaseId);

	List<PermitCase> findByApplicantAccountIdOrderByCreatedAtDesc(UUID accountId);

}
