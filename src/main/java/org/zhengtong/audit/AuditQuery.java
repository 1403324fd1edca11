package org.zhengtong.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.zhengtong.shared.ListSort;

/**
 * What the auditor looks for; every part may be left out.
 *
 * @param from first day (inclusive), in the platform's zone
 * @param to last day (inclusive)
 * @param actor account name, exactly
 * @param person a person as the auditor types it: their account name (in any case), or
 * part of their name (陈静)
 * @param action an action exactly ({@code identity.login}), or a module's actions by
 * their start ending with a dot ({@code identity.})
 * @param object an object: its type or id exactly, or part of its name
 */
public record AuditQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String actor,
		@Nullable String action, @Nullable Outcome outcome, @Nullable String object, @Nullable String person) {

	/** A query without a person searched by name. */
	public AuditQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String actor, @Nullable String action,
			@Nullable Outcome outcome, @Nullable String object) {
		this(from, to, actor, action, outcome, object, null);
	}

	/** The keys the auditor's list sorts by: id, time, actor, action, outcome. */
	public static final List<String> SORT_KEYS = List.of("id", "time", "actor", "action", "outcome");

	/** The list's order unless another is asked for: newest first. */
	public static final ListSort NEWEST_FIRST = ListSort.descending("id");

	/**
	 * The order the list applies for a request parameter: one of {@link #SORT_KEYS}, else
	 * newest first.
	 */
	public static ListSort sortOf(@Nullable String parameter) {
		ListSort asked = ListSort.parse(parameter);
		return asked != null && SORT_KEYS.contains(asked.key()) ? asked : NEWEST_FIRST;
	}

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null);
	}

	/**
	 * The query as the audit log's own entries word it: 条件：日期 2026-12-01 至 2026-12-03，操作人
	 * zhaomin，操作以 identity. 开头 — or 全部记录.
	 */
	public String summary() {
		return summary(Function.identity());
	}

	/**
	 * The query in words, an action named by {@code actionName} (identity.login → 登录):
	 * 条件：日期 2026-12-01 至 2026-12-03，人员 陈静，操作 登录 — or 全部记录.
	 */
	public String summary(Function<String, String> actionName) {
		List<String> parts = new ArrayList<>();
		if (from != null || to != null) {
			parts.add("日期 " + (from == null ? "不限" : from) + " 至 " + (to == null ? "不限" : to));
		}
		if (hasText(actor)) {
			parts.add("操作人 " + actor.strip());
		}
		if (hasText(person)) {
			parts.add("人员 " + person.strip());
		}
		if (hasText(action)) {
			String asked = action.strip();
			parts.add(asked.endsWith(".") ? "操作以 " + asked + " 开头" : "操作 " + actionName.apply(asked));
		}
		if (outcome != null) {
			parts.add("结果 " + switch (outcome) {
				case SUCCESS -> "成功";
				case DENIED -> "拒绝";
				case FAILED -> "失败";
			});
		}
		if (hasText(object)) {
			parts.add("对象 " + object.strip());
		}
		return parts.isEmpty() ? "全部记录" : "条件：" + String.join("，", parts);
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
