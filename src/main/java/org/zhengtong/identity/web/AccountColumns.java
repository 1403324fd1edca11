package org.zhengtong.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengtong.identity.AccountFilter;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.Roles;
import org.zhengtong.platform.ExportColumn;
import org.zhengtong.shared.ListSort;

/**
 * The columns the accounts list shows, as its Excel export writes them, and the list's
 * filter and order in words for the export's audit entry.
 */
final class AccountColumns {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final Map<String, String> SORT_NAMES = Map.of("username", "用户名", "name", "姓名", "kind", "类型");

	private AccountColumns() {
	}

	/**
	 * In the order of the page: user name, name, kind, unit (its short name), roles
	 * (their names in the reader's language), status.
	 */
	static List<ExportColumn<AccountView>> shown(Map<UUID, String> unitNames, MessageSource messages, Locale locale) {
		return List.of(ExportColumn.of("account.username", AccountView::username),
				ExportColumn.of("account.displayName", AccountView::displayName),
				ExportColumn.of("account.kind",
						(account) -> new DefaultMessageSourceResolvable("account.kind." + account.kind())),
				ExportColumn.of("post.unit",
						(account) -> account.unitId() == null ? null : unitNames.get(account.unitId())),
				ExportColumn.of("account.roles", (account) -> roles(account, messages, locale)), ExportColumn
					.of("unit.status", (account) -> new DefaultMessageSourceResolvable(statusKey(status(account)))));
	}

	/** The state the list shows: a lock first, then whether it is in use. */
	static AccountFilter.Status status(AccountView account) {
		return account.locked() ? AccountFilter.Status.LOCKED
				: account.active() ? AccountFilter.Status.ACTIVE : AccountFilter.Status.INACTIVE;
	}

	static String statusKey(AccountFilter.Status status) {
		return switch (status) {
			case ACTIVE -> "unit.active";
			case LOCKED -> "account.admin.locked";
			case INACTIVE -> "account.inactive";
		};
	}

	/** The filter as the audit log words it: 条件：用户名或姓名含 王，状态 已锁定 — or 全部账户. */
	static String summary(AccountFilter filter, Map<UUID, String> unitNames, Roles roles, MessageSource messages) {
		List<String> parts = new ArrayList<>();
		if (filter.text() != null && !filter.text().isBlank()) {
			parts.add("用户名或姓名含 " + filter.text().strip());
		}
		if (filter.kind() != null) {
			parts.add("类型 " + messages.getMessage("account.kind." + filter.kind(), null, CHINESE));
		}
		if (filter.unit() != null) {
			parts.add("单位 " + unitNames.getOrDefault(filter.unit(), filter.unit().toString()));
		}
		if (filter.status() != null) {
			parts.add("状态 " + messages.getMessage(statusKey(filter.status()), null, CHINESE));
		}
		if (filter.role() != null) {
			parts.add("角色 " + roles.find(filter.role())
				.map((role) -> messages.getMessage(role.nameKey(), null, role.code(), CHINESE))
				.orElse(filter.role()));
		}
		return parts.isEmpty() ? "全部账户" : "条件：" + String.join("，", parts);
	}

	/** The order in words: 用户名升序. */
	static String describe(ListSort sort) {
		return SORT_NAMES.getOrDefault(sort.key(), sort.key()) + (sort.descending() ? "降序" : "升序");
	}

	private static String roles(AccountView account, MessageSource messages, Locale locale) {
		return account.roles()
			.stream()
			.map((role) -> messages.getMessage(role.nameKey(), null, role.code(), locale))
			.collect(Collectors.joining("、"));
	}

}
