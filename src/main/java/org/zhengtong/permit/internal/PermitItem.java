package org.zhengtong.permit.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.PermitTheme;

/**
 * 事项: a permit item of the catalogue, owned by one department. What it asks and how long
 * it takes live in its service guide versions ({@link Guide}); the item keeps what does
 * not change between versions. Never deleted: cases and publications refer to it.
 */
@Entity
@Table(name = "permit_item")
public class PermitItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String code;

	@Column(name = "department_id")
	private UUID departmentId;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	@Enumerated(EnumType.STRING)
	private PermitTheme theme;

	private boolean withdrawn;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@SuppressWarnings("NullAway.Init")
	protected PermitItem() {
	}

	PermitItem(String code, UUID departmentId, Audience audience, PermitTheme theme, String by, Instant at) {
		this.code = code;
		this.departmentId = departmentId;
		this.audience = audience;
		this.theme = theme;
		this.createdBy = by;
		this.createdAt = at;
	}

	/** Lists the item under another audience or theme (the code and department stay). */
	void classify(Audience audience, PermitTheme theme) {
		this.audience = audience;
		this.theme = theme;
	}

	/** No longer offered: off the portal, no new applications; cases go on. */
	void withdraw() {
		this.withdrawn = true;
	}

	void restore() {
		this.withdrawn = false;
	}

	public long id() {
		return id;
	}

	public long version() {
		return version;
	}

	/** 事项编码. */
	public String code() {
		return code;
	}

	/** The department that accepts and decides (for 并联, the lead department). */
	public UUID departmentId() {
		return departmentId;
	}

	public Audience audience() {
		return audience;
	}

	public PermitTheme theme() {
		return theme;
	}

	public boolean withdrawn() {
		return withdrawn;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

}
