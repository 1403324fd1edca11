package org.zhengtong.permit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The materials handed in for cases. */
public interface CaseMaterials extends JpaRepository<CaseMaterial, Long> {

	List<CaseMaterial> findByCaseIdOrderByMaterialAscIdAsc(long caseId);

}
