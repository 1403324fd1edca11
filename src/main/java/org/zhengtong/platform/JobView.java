package org.zhengtong.platform;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A job as its owner sees it.
 *
 * @param id the job's id, also in its address {@code /workbench/jobs/{id}}
 * @param kind what kind of work, such as {@code organization.import}
 * @param title what the owner started, in their words (导入单位和人员)
 * @param owner the account that started it; only they see it
 * @param status where it stands
 * @param total how many steps in all, {@code null} while unknown
 * @param done how many steps are done
 * @param outcome the summary on success or the reason on failure
 */
public record JobView(UUID id, String kind, String title, String owner, JobStatus status, @Nullable Long total,
		long done, @Nullable String outcome, Instant createdAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt) {

	/** Percentage done (0–100), or {@code null} while the total is unknown. */
	public @Nullable Integer percent() {
		if (status == JobStatus.SUCCEEDED) {
			return 100;
		}
		if (total == null || total == 0) {
			return null;
		}
		return (int) Math.min(100, done * 100 / total);
	}

}
