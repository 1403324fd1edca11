package org.zhengtong.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.ChainVerification;
import org.zhengtong.platform.Secrets;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

@Service
class AuditService implements AuditManagement {

	/**
	 * The columns of the CSV export (every field of an entry, then the object's name,
	 * which is not part of the hash).
	 */
	static final List<String> COLUMNS = List.of("编号", "时间", "操作人", "岗位", "单位", "地址", "操作", "对象类型", "对象", "结果", "摘要",
			"变更前", "变更后", "对象名称");

	/** The characters a spreadsheet reads as the start of a formula. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditRecords records;

	private final AuditChain chain;

	private final Clock clock;

	private final ChainVerifier verifier;

	private final PostFilling postInUse;

	private final AuditNaming naming;

	AuditService(AuditRecords records, Secrets secrets, Clock clock, ChainVerifier verifier, PostFilling postInUse,
			AuditNaming naming) {
		this.naming = naming;
		this.postInUse = postInUse;
		this.verifier = verifier;
		this.records = records;
		this.chain = new AuditChain(secrets.get("audit-key", "zhengtong.audit.key", 32));
		this.clock = clock;
	}

	/**
	 * Joins the caller's transaction, or makes its own. Not REQUIRES_NEW: the event
	 * listener already runs in a transaction of its own, and a second connection per
	 * recording can drain the pool.
	 */
	@Override
	@Transactional
	public void record(AuditableEvent event) {
		// Looked up before the append lock is taken, which keeps appends short.
		AuditableEvent filled = postInUse.filledIn(event);
		String label = naming.objectLabel(filled.objectType(), filled.objectId());
		records.lockForAppend();
		if (records.contains(event)) {
			return;
		}
		// Stored with the database's precision (microseconds), so the hash can be checked
		// again; every field within its limit, so recording never fails on length.
		AuditEntry entry = new AuditEntry(records.nextId(), event.occurredAt().truncatedTo(ChronoUnit.MICROS),
				AuditLimits.ACTOR.bound(filled.actor()), AuditLimits.POST.bound(filled.post()),
				AuditLimits.UNIT_ID.bound(filled.unitId()), AuditLimits.ADDRESS.bound(filled.address()),
				AuditLimits.ACTION.bound(filled.action()), AuditLimits.OBJECT_TYPE.bound(filled.objectType()),
				AuditLimits.OBJECT_ID.bound(filled.objectId()), filled.outcome(),
				AuditLimits.SUMMARY.bound(filled.summary()), AuditLimits.STATE.bound(filled.before()),
				AuditLimits.STATE.bound(filled.after()), AuditLimits.OBJECT_LABEL.bound(label));
		String previous = records.lastHash().orElse(AuditChain.GENESIS);
		records.insert(entry, event, Timestamp.from(clock.instant()), previous, chain.hash(previous, entry));
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordApart(AuditableEvent event) {
		record(event);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> search(AuditQuery query, int page, int size) {
		return records.page(query, naming.usernamesNamed(query.person()), null, page, size).items();
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<AuditEntry> list(AuditQuery query, @Nullable ListSort sort, int page, int size) {
		return records.page(query, naming.usernamesNamed(query.person()), sort, page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public void eachListed(AuditQuery query, @Nullable ListSort sort, Consumer<AuditEntry> entry) {
		records.each(query, naming.usernamesNamed(query.person()), sort, entry);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> personNames(Collection<String> usernames) {
		return naming.personNames(usernames);
	}

	@Override
	@Transactional(readOnly = true)
	public long count(AuditQuery query) {
		return records.count(query, naming.usernamesNamed(query.person()));
	}

	@Override
	@Transactional(readOnly = true)
	public void exportCsv(AuditQuery query, Writer out) throws IOException {
		out.write('\uFEFF');
		out.write(String.join(",", COLUMNS) + "\r\n");
		try {
			records.each(query, naming.usernamesNamed(query.person()), ListSort.ascending("id"), (entry) -> {
				try {
					out.write(String.join(",", Long.toString(entry.id()),
							TIME.format(entry.occurredAt().atZone(clock.getZone())), csv(entry.actor()),
							csv(entry.post()), csv(entry.unitId()), csv(entry.address()), csv(entry.action()),
							csv(entry.objectType()), csv(entry.objectId()), entry.outcome().name(),
							csv(entry.summary()), csv(entry.before()), csv(entry.after()), csv(entry.objectLabel())));
					out.write("\r\n");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	@Override
	public ChainVerification verify() {
		return verifier.verify(clock.instant());
	}

	/**
	 * A CSV field, quoted, with a leading apostrophe where a spreadsheet would read a
	 * formula.
	 */
	private static String csv(@Nullable String value) {
		if (value == null) {
			return "";
		}
		// The first character itself: a pattern without DOTALL misses a value with a line
		// break in it.
		String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
