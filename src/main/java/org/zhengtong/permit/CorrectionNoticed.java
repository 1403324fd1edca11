package org.zhengtong.permit;

import java.time.Instant;
import java.util.List;

/**
 * 一次性告知补正 (行政许可法 art. 32): the applicant must add what the notice lists before the case
 * can be accepted.
 *
 * @param items each line "material: reason", in the notice's order
 */
public record CorrectionNoticed(long caseId, String number, String itemName, List<String> items, Instant noticedAt) {

	public CorrectionNoticed {
		items = List.copyOf(items);
	}

}
