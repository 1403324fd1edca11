package org.zhengtong.permit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The written notices of permit cases. */
public interface WrittenNotices extends JpaRepository<WrittenNotice, Long> {

	List<WrittenNotice> findByCaseIdOrderByIdAsc(long caseId);

}
