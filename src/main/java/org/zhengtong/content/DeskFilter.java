package org.zhengtong.content;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an editor looks for on the desk; either part may be left out.
 *
 * @param title part of the title, in any case
 * @param channel one of the channels one works in
 */
public record DeskFilter(@Nullable String title, @Nullable UUID channel) {

	public static DeskFilter none() {
		return new DeskFilter(null, null);
	}

}
