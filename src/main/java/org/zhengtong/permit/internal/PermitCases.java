package org.zhengtong.permit.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The permit cases. */
public interface PermitCases extends JpaRepository<PermitCase, Long> {

	Optional<PermitCase> findByNumber(String number);

	Optional<PermitCase> findBySubmitToken(String submitToken);

	List<PermitCase> findByMainCaseIdOrderById(long mainCaseId);

	List<PermitCase> findByApplicantAccountIdOrderByCreatedAtDesc(UUID accountId);

}
