package org.zhengtong.interaction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An online interview (在线访谈) as the public reads it: the announcement, its guests, the
 * questions editors approved (in the text shown) and the transcript lines published, in
 * order. Questions waiting for moderation or not taken are never part of it.
 *
 * @param guests each as 姓名（职务）
 * @param lines each as 发言人：文字
 */
public record InterviewEntry(UUID id, String title, @Nullable String titleEn, String summary,
		@Nullable String summaryEn, Instant startsAt, List<String> guests, List<String> questions, List<String> lines) {

	public InterviewEntry {
		guests = List.copyOf(guests);
		questions = List.copyOf(questions);
		lines = List.copyOf(lines);
	}

	/** Where the public reads it on the Chinese site. */
	public String path() {
		return "/interaction/interviews/" + id;
	}

}
