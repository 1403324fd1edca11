package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Numbers;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;

/**
 * A disclosure request's number, gap-free per unit and year from the core's counters:
 * {@code 秦教依申〔2026〕3号} (the unit's 机关代字, else its short name). A unit's counter is
 * defined the first time it receives a request, in a transaction of its own.
 */
@Component
class DisclosureNumbers {

	static final String PATTERN = "{prefix}〔{year}〕{n}号";

	private final Numbers numbers;

	private final UnitManagement units;

	private final TransactionTemplate apart;

	private final Clock clock;

	DisclosureNumbers(Numbers numbers, UnitManagement units, PlatformTransactionManager transactions, Clock clock) {
		this.numbers = numbers;
		this.units = units;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	static String scope(UUID unit) {
		return "interaction.disclosure." + unit;
	}

	/** The next number of the unit, in the caller's transaction. */
	String take(UUID unit, UUID request, String actor) {
		String scope = scope(unit);
		if (!numbers.scopes().contains(scope)) {
			UnitView view = units.find(unit, LocalDate.now(clock)).orElseThrow();
			String prefix = (view.names().codePrefix() != null ? view.names().codePrefix() : view.names().shortName())
					+ "依申";
			try {
				apart
					.executeWithoutResult((status) -> numbers.define(scope, prefix, PATTERN, AccountManagement.SYSTEM));
			}
			catch (DataIntegrityViolationException definedMeanwhile) {
				// another request of the unit defined it first
			}
		}
		return numbers.take(scope, request.toString(), actor).number();
	}

}
