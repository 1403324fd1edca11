package org.zhengtong.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.AccountContact;
import org.zhengtong.identity.AccountContacts;

@Repository
class AccountContactRecords implements AccountContacts {

	private static final String SELECT = "SELECT id, username, display_name, kind, active, email, mobile FROM identity_account ";

	private final JdbcClient jdbc;

	AccountContactRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<AccountContact> byUsername(String username) {
		return jdbc.sql(SELECT + "WHERE lower(username) = lower(?)")
			.param(username)
			.query(AccountContact.class)
			.optional();
	}

	@Override
	public Optional<AccountContact> byId(UUID id) {
		return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(AccountContact.class).optional();
	}

}
