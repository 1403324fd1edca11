package org.zhengtong.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The audit log: appending, searching, exporting and proving it intact. */
public interface AuditManagement {

	/**
	 * Records an event now, in its own transaction; an event already recorded is ignored.
	 */
	void record(AuditableEvent event);

	/**
	 * Records an event in a transaction of its own, committed whatever becomes of the
	 * caller's: for refusals ({@link Outcome#DENIED}), whose action rolls back everything
	 * it did while its audit entry stays. Do not call it in a transaction that has
	 * already recorded an entry through {@link #record} (that transaction holds the
	 * append lock).
	 */
	void recordApart(AuditableEvent event);

	/** Entries matching the query, newest first, a page at a time. */
	List<AuditEntry> search(AuditQuery query, int page, int size);

	long count(AuditQuery query);

	/**
	 * Writes the matching entries as an Excel workbook (.xlsx), oldest first, streaming:
	 * at most {@value #XLSX_MAX_ROWS} entries (one sheet's limit); use CSV beyond.
	 */
	void exportXlsx(AuditQuery query, java.io.OutputStream out) throws java.io.IOException;

	/** Rows an Excel sheet holds, besides its heading. */
	int XLSX_MAX_ROWS = 1_048_575;

	/**
	 * Writes every matching entry as CSV (UTF-8 with BOM, so Excel reads the Chinese),
	 * oldest first.
	 */
	void exportCsv(AuditQuery query, Writer out) throws IOException;

	/**
	 * Walks the whole chain from the first entry and reports it intact or lists every
	 * break: changed entries, broken links, gaps in the ids, entries cut from the end
	 * (named by a checkpoint in the database or its outside copy), checkpoints that do
	 * not hold, and a newest checkpoint older than its interval allows.
	 */
	ChainVerification verify();

}
