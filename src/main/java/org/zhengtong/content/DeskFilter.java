package org.zhengtong.content;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an editor looks for on the desk; every part may be left out.
 *
 * @param title part of the title or of the text, in any case
 * @param channel one of the channels one works in
 * @param state where the article stands
 * @param writer part of the drafter's name or user name
 * @param from changed on or after this day
 * @param to changed on or before this day
 */
public record DeskFilter(@Nullable String title, @Nullable UUID channel, @Nullable State state, @Nullable String writer,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	/** Where an article stands, as the desk's state filter offers it. */
	public enum State {

		/** It has a draft being written. */
		DRAFT,

		/** A revision waits for review. */
		SUBMITTED,

		/** A revision was returned to its drafter. */
		RETURNED,

		/** A revision waits for its publication time. */
		SCHEDULED,

		/** It is on the site. */
		PUBLISHED,

		/** It was taken off the site. */
		WITHDRAWN

	}

	/** By title or text and channel only. */
	public DeskFilter(@Nullable String title, @Nullable UUID channel) {
		this(title, channel, null, null, null, null);
	}

	public static DeskFilter none() {
		return new DeskFilter(null, null);
	}

	/** Whether anything is asked for. */
	public boolean any() {
		return (title != null && !title.isBlank()) || channel != null || state != null
				|| (writer != null && !writer.isBlank()) || from != null || to != null;
	}

}
