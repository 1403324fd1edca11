package org.zhengtong.casework.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The 办理过程 of cases. */
public interface CaseHistory extends JpaRepository<HistoryRow, Long> {

	List<HistoryRow> findByCaseIdOrderById(long caseId);

}
