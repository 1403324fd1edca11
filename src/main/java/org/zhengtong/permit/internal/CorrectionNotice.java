package org.zhengtong.permit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * 一次性告知补正 (行政许可法 art. 32): the one notice of a case listing everything the applicant must
 * add. Complete once every listed item has an upload; the case then waits for 受理 again,
 * and art. 32's 5 working days count from {@link #completedAt}.
 */
@Entity
@Table(name = "permit_correction")
public class CorrectionNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "case_id")
	private long caseId;

	@Column(name = "noticed_by")
	private String noticedBy;

	@Column(name = "noticed_at")
	private Instant noticedAt;

	@Column(name = "completed_at")
	private @Nullable Instant completedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "permit_correction_item", joinColumns = @JoinColumn(name = "correction_id"))
	@OrderColumn(name = "position")
	private List<CorrectionItem> items = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected CorrectionNotice() {
	}

	CorrectionNotice(long caseId, List<CorrectionItem> items, String by, Instant at) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("A correction notice lists at least one item");
		}
		this.caseId = caseId;
		this.items = new ArrayList<>(items);
		this.noticedBy = by;
		this.noticedAt = at;
	}

	/** Every listed item has arrived. */
	void complete(Instant at) {
		this.completedAt = at;
	}

	public long id() {
		return id;
	}

	public long caseId() {
		return caseId;
	}

	public String noticedBy() {
		return noticedBy;
	}

	public Instant noticedAt() {
		return noticedAt;
	}

	public @Nullable Instant completedAt() {
		return completedAt;
	}

	public List<CorrectionItem> items() {
		return List.copyOf(items);
	}

}
