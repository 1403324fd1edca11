package org.zhengtong.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.IssuedNumber;
import org.zhengtong.casework.NumberPattern;
import org.zhengtong.casework.NumberRefused;
import org.zhengtong.casework.NumberStatus;
import org.zhengtong.casework.Numbers;

/**
 * The counters: definitions and the register through JPA, the sequence rows locked in SQL
 * ({@link CounterRecords}).
 */
@Service
class NumberService implements Numbers {

	static final int MAX_SCOPE = 60;

	private final Counters counters;

	private final NumberEntries entries;

	private final CounterRecords records;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final Clock clock;

	NumberService(Counters counters, NumberEntries entries, CounterRecords records, ApplicationEventPublisher events,
			AuditManagement audit, Clock clock) {
		this.counters = counters;
		this.entries = entries;
		this.records = records;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void define(String scope, @Nullable String prefix, String pattern, String actor) {
		if (scope.isBlank() || scope.length() > MAX_SCOPE) {
			throw NumberRefused.badScope(scope);
		}
		String cleanPrefix = prefix == null || prefix.isBlank() ? null : prefix.strip();
		NumberPattern checked = new NumberPattern(pattern);
		if (checked.usesPrefix() && cleanPrefix == null) {
			throw NumberRefused.prefixMissing(pattern);
		}
		Instant now = clock.instant();
		Counter counter = counters.findById(scope).orElse(null);
		String before = counter == null ? null : counter.describe();
		if (counter == null) {
			counter = new Counter(scope, cleanPrefix, checked, actor, now);
		}
		else {
			counter.redefine(cleanPrefix, checked, actor, now);
		}
		counters.save(counter);
		events.publishEvent(
				AuditableEvent
					.succeeded(now, actor, "casework.counter-defined", "casework_counter", scope,
							"编号规则 " + scope + "：" + counter.describe())
					.withChange(before, counter.describe()));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public IssuedNumber take(String scope, @Nullable String recordId, String actor) {
		return issue(scope, NumberStatus.TAKEN, recordId, actor).view();
	}

	@Override
	@Transactional
	public IssuedNumber reserve(String scope, String actor) {
		NumberEntry entry = issue(scope, NumberStatus.RESERVED, null, actor);
		IssuedNumber view = entry.view();
		events.publishEvent(AuditableEvent.succeeded(view.issuedAt(), actor, "casework.number-reserved",
				"casework_number", String.valueOf(view.id()), "预留编号 " + view.number()));
		return view;
	}

	@Override
	@Transactional
	public IssuedNumber use(long id, String recordId, String actor) {
		NumberEntry entry = reserved(id, actor, "casework.number-used");
		Instant now = clock.instant();
		try {
			entry.use(recordId, actor, now);
		}
		catch (NumberRefused refused) {
			throw denied(refused, id, actor, "casework.number-used", entry.number());
		}
		IssuedNumber view = entries.save(entry).view();
		events.publishEvent(AuditableEvent
			.succeeded(now, actor, "casework.number-used", "casework_number", String.valueOf(id),
					"编号 " + view.number() + " 用于 " + recordId)
			.withChange(NumberStatus.RESERVED.name(), NumberStatus.USED.name()));
		return view;
	}

	@Override
	@Transactional
	public IssuedNumber voidReserved(long id, String reason, String actor) {
		NumberEntry entry = reserved(id, actor, "casework.number-voided");
		Instant now = clock.instant();
		try {
			entry.voidWith(reason, actor, now);
		}
		catch (NumberRefused refused) {
			throw denied(refused, id, actor, "casework.number-voided", entry.number());
		}
		IssuedNumber view = entries.save(entry).view();
		events.publishEvent(AuditableEvent
			.succeeded(now, actor, "casework.number-voided", "casework_number", String.valueOf(id),
					"作废编号 " + view.number() + "：" + view.reason())
			.withChange(NumberStatus.RESERVED.name(), NumberStatus.VOIDED.name()));
		return view;
	}

	@Override
	@Transactional(readOnly = true)
	public List<IssuedNumber> register(String scope, int year) {
		return entries.findByScopeAndYearOrderBySequence(scope, year).stream().map(NumberEntry::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> scopes() {
		return counters.allScopes();
	}

	private NumberEntry issue(String scope, NumberStatus status, @Nullable String recordId, String actor) {
		Counter counter = counters.findById(scope).orElseThrow(() -> NumberRefused.noCounter(scope));
		Instant now = clock.instant();
		int year = LocalDate.ofInstant(now, clock.getZone()).getYear();
		long sequence = records.next(scope, year);
		return entries.save(new NumberEntry(scope, year, sequence, counter.write(year, sequence), status,
				recordId == null || recordId.isBlank() ? null : recordId, actor, now));
	}

	private NumberEntry reserved(long id, String actor, String action) {
		return entries.findById(id).orElseThrow(() -> denied(NumberRefused.noReservation(id), id, actor, action, null));
	}

	private NumberRefused denied(NumberRefused refused, long id, String actor, String action, @Nullable String number) {
		audit.recordApart(AuditableEvent
			.succeeded(clock.instant(), actor, action, "casework_number", String.valueOf(id),
					"拒绝：" + (number == null ? "编号 " + id : number) + " — " + refused.getMessage())
			.withOutcome(Outcome.DENIED));
		return refused;
	}

}
