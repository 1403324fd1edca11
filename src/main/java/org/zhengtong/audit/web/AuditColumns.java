package org.zhengtong.audit.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.platform.ExportColumn;
import org.zhengtong.shared.ListSort;

/** The columns the audit log list shows, as its Excel export writes them. */
final class AuditColumns {

	/**
	 * In the order of the page: the change's before and after are shown under the
	 * summary.
	 */
	static final List<ExportColumn<AuditEntry>> SHOWN = List.of(ExportColumn.of("audit.id", AuditEntry::id),
			ExportColumn.of("audit.time", AuditEntry::occurredAt), ExportColumn.of("audit.actor", AuditEntry::actor),
			ExportColumn.of("audit.address", AuditEntry::address),
			ExportColumn.of("audit.action", (entry) -> AuditWords.actionName(entry.action())),
			ExportColumn.of("audit.object", AuditColumns::object),
			ExportColumn.of("audit.outcome",
					(entry) -> new DefaultMessageSourceResolvable("audit.outcome." + entry.outcome())),
			ExportColumn.of("audit.summary", AuditEntry::summary), ExportColumn.of("audit.before", AuditEntry::before),
			ExportColumn.of("audit.after", AuditEntry::after));

	private static final Map<String, String> SORT_NAMES = Map.of("id", "编号", "time", "时间", "actor", "操作人", "action",
			"操作", "outcome", "结果");

	private AuditColumns() {
	}

	/**
	 * The object as the list shows it: its type and name (账户 陈静), in the reader's
	 * language; its id where it has no name.
	 */
	static @Nullable Object object(AuditEntry entry) {
		if (entry.objectType() == null) {
			return null;
		}
		String name = entry.objectLabel() != null ? entry.objectLabel() : entry.objectId();
		DefaultMessageSourceResolvable type = new DefaultMessageSourceResolvable(
				new String[] { "audit.objectType." + entry.objectType() }, entry.objectType());
		return name == null ? type : new DefaultMessageSourceResolvable(new String[] { "audit.objectNumber" },
				new Object[] { type, name });
	}

	/** The order in the words of an audit entry: 编号降序. */
	static String describe(ListSort sort) {
		return SORT_NAMES.getOrDefault(sort.key(), sort.key()) + (sort.descending() ? "降序" : "升序");
	}

}
