package org.zhengtong.permit.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The 补正 notices, one per case at most. */
public interface CorrectionNotices extends JpaRepository<CorrectionNotice, Long> {

	Optional<CorrectionNotice> findByCaseId(long caseId);

}
