package org.zhengtong.permit.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * 证照核验 is public: a visitor's address may look up at most {@link #PER_MINUTE} numbers or
 * files a minute, so nobody walks the number space ({@code JY2026000001}, …) to harvest
 * holders. Kept in memory per instance: a look-up writes nothing, so a limit that resets
 * on restart costs nothing worth a table.
 */
@Component
public class LicenceLookupThrottle {

	static final int PER_MINUTE = 30;

	private final Cache<String, AtomicInteger> counts = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(100_000)
		.build();

	/** Counts a look-up from the address: {@code false} once over the limit. */
	public boolean allow(String address) {
		return counts.get(address, (key) -> new AtomicInteger()).incrementAndGet() <= PER_MINUTE;
	}

}
