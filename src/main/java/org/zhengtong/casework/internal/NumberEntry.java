package org.zhengtong.casework.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.IssuedNumber;
import org.zhengtong.casework.NumberRefused;
import org.zhengtong.casework.NumberStatus;

/**
 * One number of the register; a reserved one is used or voided once (optimistic locking
 * besides, so two people settling it at once cannot both succeed).
 */
@Entity
@Table(name = "casework_number")
class NumberEntry {

	static final int MAX_REASON = 200;

	static final int MAX_RECORD = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String scope;

	private int year;

	private long sequence;

	private String number;

	@Enumerated(EnumType.STRING)
	private NumberStatus status;

	@Column(name = "record_id")
	private @Nullable String recordId;

	private @Nullable String reason;

	@Column(name = "issued_by")
	private String issuedBy;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Column(name = "settled_by")
	private @Nullable String settledBy;

	@Column(name = "settled_at")
	private @Nullable Instant settledAt;

	@Version
	private long version;

	protected NumberEntry() {
		// for JPA
		this.scope = "";
		this.number = "";
		this.status = NumberStatus.TAKEN;
		this.issuedBy = "";
		this.issuedAt = Instant.EPOCH;
	}

	NumberEntry(String scope, int year, long sequence, String number, NumberStatus status, @Nullable String recordId,
			String issuedBy, Instant issuedAt) {
		this.scope = scope;
		this.year = year;
		this.sequence = sequence;
		this.number = number;
		this.status = status;
		this.recordId = recordId;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
	}

	void use(String recordId, String actor, Instant at) {
		requireReserved();
		if (recordId.isBlank() || recordId.length() > MAX_RECORD) {
			throw NumberRefused.recordMissing(number);
		}
		this.status = NumberStatus.USED;
		this.recordId = recordId;
		settle(actor, at);
	}

	void voidWith(String reason, String actor, Instant at) {
		requireReserved();
		String trimmed = reason.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_REASON) {
			throw NumberRefused.reasonMissing(number);
		}
		this.status = NumberStatus.VOIDED;
		this.reason = trimmed;
		settle(actor, at);
	}

	private void requireReserved() {
		if (status != NumberStatus.RESERVED) {
			throw NumberRefused.notReserved(number, status);
		}
	}

	private void settle(String actor, Instant at) {
		this.settledBy = actor;
		this.settledAt = at;
	}

	String number() {
		return number;
	}

	IssuedNumber view() {
		return new IssuedNumber(id == null ? 0 : id, scope, year, sequence, number, status, recordId, reason, issuedBy,
				issuedAt, settledBy, settledAt);
	}

}
