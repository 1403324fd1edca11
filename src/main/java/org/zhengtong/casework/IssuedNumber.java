package org.zhengtong.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One number of the register (编号登记簿): its scope, year and place in the sequence, how it
 * is written, and what became of it.
 *
 * @param id the register entry, which {@link Numbers#use} and
 * {@link Numbers#voidReserved} name
 * @param sequence the number in its scope and year, from 1
 * @param number as written by the counter's pattern, such as {@code 秦政办发〔2026〕12号}
 * @param recordId what the number was given to, once known
 * @param reason why a voided number was never used
 * @param settledBy who used or voided a reserved number
 */
public record IssuedNumber(long id, String scope, int year, long sequence, String number, NumberStatus status,
		@Nullable String recordId, @Nullable String reason, String issuedBy, Instant issuedAt,
		@Nullable String settledBy, @Nullable Instant settledAt) {

}
