package org.zhengtong.casework;

import java.util.UUID;

/**
 * Who may act on a task: one person, whoever holds a post, whoever holds a permission in
 * a unit (through a current post there), or whoever holds a permission at all. Stored as
 * its {@link #key()}; {@code name} is what lists show ("赵敏", "市教育局 · 办公室主任").
 */
public record Assignee(String key, String name) {

	public Assignee {
		if (!key.matches("^(account|post|unit|any):.+")) {
			throw new IllegalArgumentException("Not an assignee key: " + key);
		}
	}

	public static Assignee account(UUID account, String name) {
		return new Assignee("account:" + account, name);
	}

	public static Assignee post(UUID post, String name) {
		return new Assignee("post:" + post, name);
	}

	/** Whoever holds {@code permission} through a current post in {@code unit}. */
	public static Assignee unit(UUID unit, String permission, String name) {
		return new Assignee("unit:" + unit + ":" + permission, name);
	}

	/** Whoever holds {@code permission}, wherever their posts are. */
	public static Assignee anyone(String permission, String name) {
		return new Assignee("any:" + permission, name);
	}

}
