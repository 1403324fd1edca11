package org.zhengtong.files.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes content nothing has used for the grace period, and uploads abandoned half-way.
 * Runs hourly on one instance (ShedLock). Each blob is removed while its row is locked,
 * so an upload of the same content at that moment waits and then stores it again.
 */
@Component
class UnusedFileCollector {

	private static final Logger log = LoggerFactory.getLogger(UnusedFileCollector.class);

	private static final int BATCH = 500;

	private final FileRecords records;

	private final ContentStore store;

	private final TransactionTemplate transaction;

	private final FilesProperties properties;

	private final Clock clock;

	UnusedFileCollector(FileRecords records, ContentStore store, TransactionTemplate transaction,
			FilesProperties properties, Clock clock) {
		this.records = records;
		this.store = store;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
	@SchedulerLock(name = "files.collect-unused", lockAtMostFor = "PT1H")
	void collect() {
		int removed = removeUnused();
		if (removed > 0) {
			log.info("Removed {} files nothing used", removed);
		}
	}

	private int removeUnused() {
		Instant storedBefore = clock.instant().minus(properties.unusedGracePeriod());
		int removed = 0;
		for (int batch = removeBatch(storedBefore); batch > 0; batch = removeBatch(storedBefore)) {
			removed += batch;
		}
		removeAbandonedUploads(clock.instant().minus(Duration.ofDays(1)));
		return removed;
	}

	private int removeBatch(Instant storedBefore) {
		Integer count = transaction.execute((status) -> {
			List<String> unused = records.lockUnused(storedBefore, BATCH);
			for (String sha256 : unused) {
				records.deleteBlob(sha256);
				try {
					store.delete(sha256);
				}
				catch (IOException ex) {
					throw new IllegalStateException("Could not remove " + sha256 + " from the file store", ex);
				}
			}
			return unused.size();
		});
		return count == null ? 0 : count;
	}

	private void removeAbandonedUploads(Instant before) {
		try (Stream<Path> uploads = Files.list(store.temporaryDirectory())) {
			for (Path upload : uploads.toList()) {
				if (Files.getLastModifiedTime(upload).toInstant().isBefore(before)) {
					Files.deleteIfExists(upload);
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not clean the upload directory {}", store.temporaryDirectory(), ex);
		}
	}

}
