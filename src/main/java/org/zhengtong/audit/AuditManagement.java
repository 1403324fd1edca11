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

	/** Entries matching the query, newest first, a page at a time. */
	List<AuditEntry> search(AuditQuery query, int page, int size);

	long count(AuditQuery query);

	/**
	 * Writes every matching entry as CSV (UTF-8 with BOM, so Excel reads the Chinese),
	 * oldest first.
	 */
	void exportCsv(AuditQuery query, Writer out) throws IOException;

	/**
	 * Walks the whole chain from the first entry and reports it intact or names the first
	 * broken entry.
	 */
	ChainVerification verify();

}
