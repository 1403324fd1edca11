package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 办结: closes answered letters whose periods for rating and re-opening are over, every
 * hour, each in its own transaction (a letter the writer changes meanwhile waits for the
 * next run).
 */
@Component
class LetterClosing {

	private static final Logger log = LoggerFactory.getLogger(LetterClosing.class);

	private final RatingRecords records;

	private final LetterRatings ratings;

	private final LetterProperties properties;

	private final Clock clock;

	LetterClosing(RatingRecords records, LetterRatings ratings, LetterProperties properties, Clock clock) {
		this.records = records;
		this.ratings = ratings;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "${zhengtong.interaction.letters.close-interval:PT1H}")
	@SchedulerLock(name = "interaction.letters-close", lockAtMostFor = "PT30M")
	void closeAnswered() {
		int closed = 0;
		for (UUID id : candidates()) {
			try {
				if (ratings.closeIfDue(id)) {
					closed++;
				}
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				log.debug("Letter {} changed while being closed; next run", id);
			}
			catch (RuntimeException broken) {
				// one letter that cannot be closed must not keep the others open
				log.warn("Letter {} could not be closed: {}", id, broken.toString());
			}
		}
		if (closed > 0) {
			log.info("办结: {} answered letters closed", closed);
		}
	}

	/**
	 * Answered letters replied longer ago than the period in calendar days (a period of
	 * working days is never shorter); {@link LetterRatings#closeIfDue} counts exactly.
	 */
	private List<UUID> candidates() {
		int days = Math.max(properties.rateDays(), properties.reopenDays());
		return records.answeredBefore(clock.instant().minus(Duration.ofDays(days)));
	}

}
