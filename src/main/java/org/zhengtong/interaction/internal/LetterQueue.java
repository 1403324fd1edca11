package org.zhengtong.interaction.internal;

import org.zhengtong.shared.ListSort;

/** The receiving office's queues in the workbench. */
public enum LetterQueue {

	/** 待受理: letters waiting for 受理, oldest first. */
	INCOMING("incoming", ListSort.ascending("submitted")),
	/** 待派单: accepted letters, and those a unit objected to, oldest first. */
	DISPATCH("dispatch", ListSort.ascending("submitted")),
	/** 全部来信: every letter, newest first. */
	ALL("all", ListSort.descending("submitted"));

	private final String parameter;

	private final ListSort defaultSort;

	LetterQueue(String parameter, ListSort defaultSort) {
		this.parameter = parameter;
		this.defaultSort = defaultSort;
	}

	/** The queue's name in addresses ({@code ?queue=dispatch}). */
	public String parameter() {
		return parameter;
	}

	public ListSort defaultSort() {
		return defaultSort;
	}

	/** The queue a request parameter names; 待受理 for anything else. */
	public static LetterQueue of(@org.jspecify.annotations.Nullable String parameter) {
		for (LetterQueue queue : values()) {
			if (queue.parameter.equals(parameter)) {
				return queue;
			}
		}
		return INCOMING;
	}

}
