package org.zhengtong.casework.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.NumberPattern;

/** A scope's counter: the pattern its numbers are written in (the sequence is in SQL). */
@Entity
@Table(name = "casework_counter")
class Counter {

	@Id
	private String scope;

	private @Nullable String prefix;

	private String pattern;

	@Column(name = "defined_by")
	private String definedBy;

	@Column(name = "defined_at")
	private Instant definedAt;

	@Version
	private long version;

	protected Counter() {
		// for JPA
		this.scope = "";
		this.pattern = "";
		this.definedBy = "";
		this.definedAt = Instant.EPOCH;
	}

	Counter(String scope, @Nullable String prefix, NumberPattern pattern, String definedBy, Instant definedAt) {
		this.scope = scope;
		this.prefix = prefix;
		this.pattern = pattern.text();
		this.definedBy = definedBy;
		this.definedAt = definedAt;
	}

	void redefine(@Nullable String prefix, NumberPattern pattern, String definedBy, Instant definedAt) {
		this.prefix = prefix;
		this.pattern = pattern.text();
		this.definedBy = definedBy;
		this.definedAt = definedAt;
	}

	String scope() {
		return scope;
	}

	@Nullable String prefix() {
		return prefix;
	}

	NumberPattern pattern() {
		return new NumberPattern(pattern);
	}

	String write(int year, long sequence) {
		return pattern().format(prefix, year, sequence);
	}

	String describe() {
		return (prefix == null ? "" : prefix + " ") + pattern;
	}

}
