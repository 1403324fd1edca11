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
import org.zhengtong.casework.DelegationView;

/** 委托: a person's tasks go to a colleague for a period. */
@Entity
@Table(name = "casework_delegation")
public class Delegation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private UUID delegator;

	@Column(name = "delegator_name")
	private String delegatorName;

	private UUID delegate;

	@Column(name = "delegate_name")
	private String delegateName;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	private String reason;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Delegation() {
	}

	Delegation(Actor delegator, Actor delegate, Instant startsAt, Instant endsAt, String reason, Instant at) {
		this.delegator = delegator.id();
		this.delegatorName = delegator.name();
		this.delegate = delegate.id();
		this.delegateName = delegate.name();
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.reason = reason;
		this.createdAt = at;
	}

	void revoke(Instant at) {
		if (revokedAt == null) {
			revokedAt = at;
		}
	}

	UUID delegator() {
		return delegator;
	}

	DelegationView view(Instant now) {
		boolean running = revokedAt == null && !startsAt.isAfter(now) && endsAt.isAfter(now);
		return new DelegationView(java.util.Objects.requireNonNull(id), delegator, delegatorName, delegate,
				delegateName, startsAt, endsAt, reason, revokedAt, running);
	}

}
