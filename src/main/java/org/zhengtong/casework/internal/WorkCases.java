package org.zhengtong.casework.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The cases. */
public interface WorkCases extends JpaRepository<WorkCase, Long> {

	Optional<WorkCase> findByTypeAndSubjectId(String type, String subjectId);

}
