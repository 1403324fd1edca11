package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * 派单目录: letters on this topic from this region go to this unit. An empty topic or region
 * covers them all; the most specific rule proposes the unit at 派单.
 */
@Entity
@Table(name = "interaction_dispatch_rule")
public class DispatchRule {

	@Id
	private UUID id;

	@Version
	private long version;

	private @Nullable String topic;

	private @Nullable String region;

	@Column(name = "unit_id")
	private UUID unitId;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@SuppressWarnings("NullAway.Init")
	protected DispatchRule() {
	}

	DispatchRule(@Nullable String topic, @Nullable String region, UUID unitId, String by, Instant at) {
		this.id = UUID.randomUUID();
		this.topic = topic;
		this.region = region;
		this.unitId = unitId;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/** Routes the rule's letters to another unit. */
	void routeTo(UUID unit, String by, Instant at) {
		this.unitId = unit;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/**
	 * How closely the rule fits a letter: 3 topic and region, 2 topic, 1 region; -1 not
	 * at all.
	 */
	int fit(@Nullable String letterTopic, @Nullable String letterRegion) {
		boolean topicFits = topic == null || (letterTopic != null && topic.equalsIgnoreCase(letterTopic.strip()));
		boolean regionFits = region == null || (letterRegion != null && region.equalsIgnoreCase(letterRegion.strip()));
		if (!topicFits || !regionFits) {
			return -1;
		}
		return (topic == null ? 0 : 2) + (region == null ? 0 : 1);
	}

	public UUID id() {
		return id;
	}

	public long version() {
		return version;
	}

	public @Nullable String topic() {
		return topic;
	}

	public @Nullable String region() {
		return region;
	}

	public UUID unitId() {
		return unitId;
	}

	public String updatedBy() {
		return updatedBy;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

}
