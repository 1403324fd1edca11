package org.zhengtong.permit.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The catalogue's items. */
public interface PermitItems extends JpaRepository<PermitItem, Long> {

	Optional<PermitItem> findByCode(String code);

	List<PermitItem> findByDepartmentIdOrderByCode(UUID departmentId);

}
