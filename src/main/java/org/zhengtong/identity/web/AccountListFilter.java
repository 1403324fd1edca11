package org.zhengtong.identity.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.identity.AccountFilter;
import org.zhengtong.identity.AccountKind;

/**
 * The account administrator's search on 账户管理, bound from the query string of both the
 * list and its export ({@code q}, {@code kind}, {@code unit}, {@code status},
 * {@code role}).
 */
public class AccountListFilter {

	private @Nullable String q;

	private @Nullable AccountKind kind;

	private @Nullable UUID unit;

	private AccountFilter.@Nullable Status status;

	private @Nullable String role;

	AccountFilter toFilter() {
		return new AccountFilter(q, kind, unit, status, role == null || role.isBlank() ? null : role.strip());
	}

	public @Nullable String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q;
	}

	public @Nullable AccountKind getKind() {
		return kind;
	}

	public void setKind(@Nullable AccountKind kind) {
		this.kind = kind;
	}

	public @Nullable UUID getUnit() {
		return unit;
	}

	public void setUnit(@Nullable UUID unit) {
		this.unit = unit;
	}

	public AccountFilter.@Nullable Status getStatus() {
		return status;
	}

	public void setStatus(AccountFilter.@Nullable Status status) {
		this.status = status;
	}

	public @Nullable String getRole() {
		return role;
	}

	public void setRole(@Nullable String role) {
		this.role = role;
	}

}
