package org.zhengtong.content;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhengtong.shared.ListSort;

/**
 * The lists of the editors' desk, each in the channels one works in, and the keys each
 * sorts by.
 */
public enum DeskList {

	/** 我的稿件: the actor's drafts and their submitted, returned or scheduled revisions. */
	MINE(ListSort.descending("updated"), "title", "channel", "updated"),

	/** 待我审核: submitted revisions the actor may review (not their own), oldest first. */
	TO_REVIEW(ListSort.ascending("submitted"), "title", "channel", "updated", "submitted"),

	/** 定时发布: revisions waiting for their publication time, soonest first. */
	SCHEDULED(ListSort.ascending("publishAt"), "title", "channel", "updated", "publishAt"),

	/** 最近发布: published articles, latest first. */
	PUBLISHED(ListSort.descending("published"), "title", "channel", "updated", "published"),

	/**
	 * 全部稿件: every article in the channels one works in and every article one drafted, in
	 * any state, each with its newest revision; latest change first.
	 */
	ALL(ListSort.descending("updated"), "title", "channel", "updated");

	private final ListSort defaultSort;

	private final List<String> sortKeys;

	DeskList(ListSort defaultSort, String... sortKeys) {
		this.defaultSort = defaultSort;
		this.sortKeys = List.of(sortKeys);
	}

	/** The order of the list unless another is asked for. */
	public ListSort defaultSort() {
		return defaultSort;
	}

	/** The keys the list sorts by. */
	public List<String> sortKeys() {
		return sortKeys;
	}

	/**
	 * The order the list applies for a request parameter: one of its keys, else its
	 * default.
	 */
	public ListSort sortOf(@Nullable String parameter) {
		ListSort asked = ListSort.parse(parameter);
		return asked != null && sortKeys.contains(asked.key()) ? asked : defaultSort;
	}

}
