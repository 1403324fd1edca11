package org.zhengtong.permit.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The 双公示 records. */
public interface Publications extends JpaRepository<Publication, Long> {

	boolean existsByCaseIdAndState(Long caseId, org.zhengtong.permit.PublicationState state);

}
