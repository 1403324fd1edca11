package org.zhengtong.casework.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The 委托 people gave. */
public interface Delegations extends JpaRepository<Delegation, Long> {

	@Query("SELECT d FROM Delegation d WHERE d.delegator = ?1 OR d.delegate = ?1 ORDER BY d.id DESC")
	List<Delegation> involving(UUID account);

}
