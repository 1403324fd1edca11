package org.zhengtong.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

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

	/**
	 * The names of the people with these account names, for showing 姓名 beside the account
	 * name; accounts nobody names are left out.
	 */
	default Map<String, String> personNames(Collection<String> usernames) {
		return Map.of();
	}

	/** How many entries match the query. */
	long count(AuditQuery query);

	/**
	 * The auditor's list: one page of the entries matching the query, in the order asked
	 * for (sort keys {@code id}, {@code time}, {@code actor}, {@code action},
	 * {@code outcome}; anything else, or {@code null}, is newest first), with the count
	 * of all of them. A page past the last is the last.
	 */
	PageOf<AuditEntry> list(AuditQuery query, @Nullable ListSort sort, int page, int size);

	/**
	 * Every entry of that list, in its order, one at a time (for an export of what the
	 * list shows); call it in a transaction, as the export service does.
	 */
	void eachListed(AuditQuery query, @Nullable ListSort sort, Consumer<AuditEntry> entry);

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
