package org.zhengtong.casework.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.casework.Delegate;

/** A new 委托: the colleague, the period (in the platform's zone) and the reason. */
class DelegationForm {

	@NotNull(message = "{casework.form.delegateMissing}")
	private UUID delegate;

	@NotNull(message = "{casework.form.startsAtMissing}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime startsAt;

	@NotNull(message = "{casework.form.endsAtMissing}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime endsAt;

	@NotBlank(message = "{casework.form.reasonMissing}")
	@Size(max = 500, message = "{casework.form.reasonTooLong}")
	private String reason = "";

	Delegate toCommand(String delegator, String delegateName, ZoneId zone) {
		return new Delegate(delegator, delegateName, startsAt.atZone(zone).toInstant(), endsAt.atZone(zone).toInstant(),
				reason);
	}

	public UUID getDelegate() {
		return delegate;
	}

	public void setDelegate(UUID delegate) {
		this.delegate = delegate;
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalDateTime getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(LocalDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
