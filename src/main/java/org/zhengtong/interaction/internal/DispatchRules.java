package org.zhengtong.interaction.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The 派单目录's rules. */
public interface DispatchRules extends JpaRepository<DispatchRule, UUID> {

}
