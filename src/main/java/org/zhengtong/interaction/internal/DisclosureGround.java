package org.zhengtong.interaction.internal;

import org.zhengtong.content.AnnualReport.RequestRow;

/**
 * Why information is withheld (不予公开, 政府信息公开条例 arts. 14–16) or a request not processed
 * (不予处理, arts. 35, 36 (六), 39): the grounds the annual report's table 三 counts, each
 * belonging to the answers that need it.
 */
public enum DisclosureGround {

	STATE_SECRET(RequestRow.WITHHELD_STATE_SECRET), FORBIDDEN_BY_LAW(RequestRow.WITHHELD_FORBIDDEN_BY_LAW),
	THREE_SAFETIES(RequestRow.WITHHELD_THREE_SAFETIES), THIRD_PARTY(RequestRow.WITHHELD_THIRD_PARTY),
	INTERNAL_AFFAIRS(RequestRow.WITHHELD_INTERNAL_AFFAIRS), PROCESS(RequestRow.WITHHELD_PROCESS),
	ENFORCEMENT_FILE(RequestRow.WITHHELD_ENFORCEMENT_FILE), QUERY_SERVICE(RequestRow.WITHHELD_QUERY_SERVICE),
	PETITION(RequestRow.NOT_PROCESSED_PETITION), REPEATED(RequestRow.NOT_PROCESSED_REPEATED),
	PUBLICATION(RequestRow.NOT_PROCESSED_PUBLICATION), EXCESSIVE(RequestRow.NOT_PROCESSED_EXCESSIVE),
	CONFIRMATION(RequestRow.NOT_PROCESSED_CONFIRMATION);

	private final RequestRow row;

	DisclosureGround(RequestRow row) {
		this.row = row;
	}

	/** The row of table 三 an answer on this ground counts in. */
	public RequestRow row() {
		return row;
	}

	/** Whether this ground explains withholding (as opposed to not processing). */
	public boolean withholds() {
		return row.name().startsWith("WITHHELD_");
	}

}
