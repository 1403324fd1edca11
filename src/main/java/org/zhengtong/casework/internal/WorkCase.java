package org.zhengtong.casework.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.CaseView;

/** 办件: a case of a declared type, in one of its states. */
@Entity
@Table(name = "casework_case")
public class WorkCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String type;

	private String module;

	@Column(name = "subject_id")
	private String subjectId;

	private String title;

	private String state;

	private String link;

	@Column(name = "unit_id")
	private @Nullable UUID unitId;

	@Column(name = "started_by")
	private @Nullable UUID startedBy;

	@Column(name = "started_by_name")
	private String startedByName;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "clock_id")
	private @Nullable Long clockId;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected WorkCase() {
	}

	WorkCase(String type, String module, String subjectId, String title, String state, String link,
			@Nullable UUID unitId, Actor starter, Instant at, @Nullable Long clockId) {
		this.type = type;
		this.module = module;
		this.subjectId = subjectId;
		this.title = title;
		this.state = state;
		this.link = link;
		this.unitId = unitId;
		this.startedBy = starter.id();
		this.startedByName = starter.name();
		this.startedAt = at;
		this.clockId = clockId;
	}

	void moveTo(String state) {
		this.state = state;
	}

	void close(Instant at) {
		this.closedAt = at;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	String type() {
		return type;
	}

	String module() {
		return module;
	}

	String subjectId() {
		return subjectId;
	}

	void retitle(String title) {
		this.title = title;
	}

	String title() {
		return title;
	}

	String state() {
		return state;
	}

	String link() {
		return link;
	}

	@Nullable UUID startedBy() {
		return startedBy;
	}

	String startedByName() {
		return startedByName;
	}

	@Nullable Long clockId() {
		return clockId;
	}

	boolean closed() {
		return closedAt != null;
	}

	CaseView view(@Nullable Long openStepId) {
		return new CaseView(id(), type, module, subjectId, title, state, link, unitId, startedByName, startedAt,
				closedAt, clockId, openStepId);
	}

}
