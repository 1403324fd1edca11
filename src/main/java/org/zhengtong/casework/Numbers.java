package org.zhengtong.casework;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 编号: gap-free numbers per scope and year, written by a pattern ({@link NumberPattern}):
 * a unit's 发文字号 {@code 秦政办发〔2026〕12号}, a module's case number {@code 2026-0001234}. The
 * year is the platform clock's, so each scope's sequence restarts at 1 on 1 January.
 * <p>
 * Two ways to get one:
 * <ul>
 * <li>{@link #take} inside the transaction that uses the number (a new case, a registered
 * letter). The scope's row is locked until that transaction ends, so concurrent takers
 * queue, and a rollback gives the number back: the numbers used have no gap.</li>
 * <li>{@link #reserve} where the number must be shown before it is used (the 发文字号 on a
 * draft being signed). A reservation is later {@link #use used} for its record or
 * {@link #voidReserved voided} with a reason; the {@link #register register} lists both,
 * so every gap is explained. Reserving, using and voiding are audited.</li>
 * </ul>
 * Refusals are {@link NumberRefused}, with nothing changed and a DENIED audit entry for
 * reservations used or voided twice.
 */
public interface Numbers {

	/**
	 * Defines a scope's counter, or changes its pattern or prefix (numbers already issued
	 * keep how they were written; the sequence goes on).
	 * @param scope 1–60 characters, such as {@code 秦政办发} or {@code interaction.request}
	 * @param prefix what {@code {prefix}} writes; required when the pattern uses it
	 * @param pattern checked here
	 * @throws NumberRefused for a pattern outside the language or a missing prefix
	 */
	void define(String scope, @Nullable String prefix, String pattern, String actor);

	/**
	 * Takes the next number of the scope in this year, in the caller's transaction
	 * (required: without one this throws
	 * {@link org.springframework.transaction.IllegalTransactionStateException}). The
	 * scope's row stays locked until the caller commits or rolls back; a rollback gives
	 * the number back. Not audited on its own: the caller's action that uses it is.
	 * @param recordId what the number is for, if already known (kept in the register)
	 * @throws NumberRefused when the scope has no counter
	 */
	IssuedNumber take(String scope, @Nullable String recordId, String actor);

	/**
	 * Reserves the next number of the scope in this year, to be shown before it is used;
	 * joins the caller's transaction if there is one (and is committed by it), otherwise
	 * commits on its own.
	 * @throws NumberRefused when the scope has no counter
	 */
	IssuedNumber reserve(String scope, String actor);

	/**
	 * Gives a reserved number to its record.
	 * @param id the register entry {@link #reserve} returned
	 * @throws NumberRefused when there is no such reservation, it was used or voided
	 * already, or the record is missing
	 */
	IssuedNumber use(long id, String recordId, String actor);

	/**
	 * Voids a reserved number that will never be used, with the reason the register
	 * shows; the sequence goes on with the next number.
	 * @param reason 1–200 characters, required
	 * @throws NumberRefused when there is no such reservation, it was used or voided
	 * already, or the reason is missing
	 */
	IssuedNumber voidReserved(long id, String reason, String actor);

	/** The register of a scope's numbers in a year, in sequence order. */
	List<IssuedNumber> register(String scope, int year);

	/** The scopes with a counter, in order. */
	List<String> scopes();

}
