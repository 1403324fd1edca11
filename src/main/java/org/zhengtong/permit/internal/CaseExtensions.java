package org.zhengtong.permit.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The art. 42 extensions, one per case at most. */
public interface CaseExtensions extends JpaRepository<CaseExtension, Long> {

	Optional<CaseExtension> findByCaseId(long caseId);

}
