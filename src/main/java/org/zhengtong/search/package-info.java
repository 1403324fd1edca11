/**
 * 站内搜索: full-text search over what the portal publishes, Chinese included (CJK bigrams,
 * BM25, the phrase as a boost and checked on every result shown), kept in step with
 * publications and withdrawals by events and rebuilt from the database by a job.
 */
@NullMarked
@ApplicationModule(displayName = "Search",
		allowedDependencies = { "platform", "content", "shared", "interaction", "permit" })
package org.zhengtong.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
