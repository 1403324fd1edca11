package org.zhengtong.interaction.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.zhengtong.interaction.Door;

/** The units' reply templates. */
public interface ReplyTemplates extends JpaRepository<ReplyTemplate, Long> {

	List<ReplyTemplate> findByUnitIdAndActiveTrueOrderByDoorAscNameAsc(UUID unitId);

	List<ReplyTemplate> findByUnitIdAndDoorAndActiveTrueOrderByName(UUID unitId, Door door);

}
