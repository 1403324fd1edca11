package org.zhengtong.interaction.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The disclosure requests (依申请公开). */
public interface DisclosureRequests extends JpaRepository<DisclosureRequest, UUID> {

	List<DisclosureRequest> findByNumber(String number);

	List<DisclosureRequest> findByApplicantAccountIdOrderByReceivedOnDesc(UUID account);

	List<DisclosureRequest> findByState(DisclosureState state);

}
