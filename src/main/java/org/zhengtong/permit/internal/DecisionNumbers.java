package org.zhengtong.permit.internal;

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
import org.zhengtong.organization.UnitNames;

/**
 * 决定文书号: one gap-free counter of the core per department
 * ({@code permit.decision.<unit>}), restarting every year, written {@code 市监许决〔2026〕12号}
 * with the department's 机关代字 (its short name when it has none). The counter is defined on
 * a department's first decision, in a transaction of its own so two first decisions at
 * once both find it.
 */
@Component
class DecisionNumbers {

	static final String PATTERN = "{prefix}许决〔{year}〕{n}号";

	private final Numbers numbers;

	private final UnitManagement units;

	private final TransactionTemplate apart;

	private final Clock clock;

	DecisionNumbers(Numbers numbers, UnitManagement units, PlatformTransactionManager transactions, Clock clock) {
		this.numbers = numbers;
		this.units = units;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	static String scope(UUID department) {
		return "permit.decision." + department;
	}

	/**
	 * The next number of the department, taken in the caller's (deciding) transaction.
	 */
	String take(UUID department, long caseId, String actor) {
		String scope = scope(department);
		if (!numbers.scopes().contains(scope)) {
			define(department, scope);
		}
		return numbers.take(scope, String.valueOf(caseId), actor).number();
	}

	private void define(UUID department, String scope) {
		UnitNames names = units.find(department, LocalDate.now(clock))
			.map((unit) -> unit.names())
			.orElseThrow(() -> new IllegalStateException("No department " + department));
		String prefix = names.codePrefix() != null && !names.codePrefix().isBlank() ? names.codePrefix()
				: names.shortName();
		try {
			apart.executeWithoutResult((status) -> {
				if (!numbers.scopes().contains(scope)) {
					numbers.define(scope, prefix, PATTERN, AccountManagement.SYSTEM);
				}
			});
		}
		catch (DataIntegrityViolationException definedAtTheSameMoment) {
			// another decision of the department defined it first
		}
	}

}
