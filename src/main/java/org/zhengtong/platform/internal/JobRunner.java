package org.zhengtong.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobProgress;
import org.zhengtong.platform.JobStatus;
import org.zhengtong.platform.JobView;
import org.zhengtong.platform.JobWork;

/**
 * Runs jobs on a small pool (no wider than the cores: jobs are heavy) and keeps their
 * state in {@code platform_job}. Once a second each instance writes how far its running
 * jobs are, which also tells the others they are alive; a job not heard of for
 * {@link #ABANDONED_AFTER} belonged to an instance that died and is marked failed by
 * whichever instance sweeps next.
 */
@Service
class JobRunner implements JobManagement, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

	private final JobStore store;

	private final Clock clock;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final Map<UUID, Progress> running = new ConcurrentHashMap<>();

	JobRunner(JobStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setQueueCapacity(200);
		executor.setThreadNamePrefix("job-");
		executor.initialize();
	}

	@Override
	public JobView start(String kind, String title, String owner, JobWork work) {
		UUID id = UUID.randomUUID();
		store.insert(id, kind, title, owner, clock.instant());
		Progress progress = new Progress(id);
		running.put(id, progress);
		try {
			executor.execute(() -> run(progress, work));
		}
		catch (RuntimeException ex) {
			running.remove(id);
			store.finish(id, JobStatus.FAILED, "The job queue is full; try again later.", clock.instant());
			throw ex;
		}
		return store.find(id).orElseThrow();
	}

	private void run(Progress progress, JobWork work) {
		store.started(progress.id, clock.instant());
		progress.started = true;
		try {
			String outcome = work.run(progress);
			progress.flush();
			store.finish(progress.id, JobStatus.SUCCEEDED, outcome, clock.instant());
		}
		catch (Exception ex) {
			log.warn("Job {} failed", progress.id, ex);
			progress.flush();
			String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			store.finish(progress.id, JobStatus.FAILED, reason, clock.instant());
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
		finally {
			running.remove(progress.id);
		}
	}

	@Override
	public Optional<JobView> find(UUID id, String owner) {
		return store.find(id).filter((job) -> job.owner().equals(owner));
	}

	@Override
	public List<JobView> recent(String owner, int limit) {
		return store.recent(owner, limit);
	}

	/** How far each running job is, written once a second (also its sign of life). */
	@Scheduled(fixedDelay = 1_000)
	void writeProgress() {
		running.values().stream().filter((progress) -> progress.started).forEach(Progress::flush);
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	@SchedulerLock(name = "platform.abandoned-jobs")
	void failAbandonedJobs() {
		int failed = store.failAbandoned(clock.instant().minus(ABANDONED_AFTER), clock.instant());
		if (failed > 0) {
			log.warn("Marked {} jobs failed: the instance running them stopped", failed);
		}
	}

	/**
	 * On shutdown the running jobs are interrupted and recorded as such, not left
	 * running.
	 */
	@Override
	public void destroy() {
		executor.shutdown();
		for (UUID id : running.keySet()) {
			store.finish(id, JobStatus.FAILED, "Interrupted: the application was stopped. Start it again.",
					clock.instant());
		}
	}

	private final class Progress implements JobProgress {

		private final UUID id;

		private final AtomicLong done = new AtomicLong();

		private volatile @Nullable Long total;

		private volatile boolean started;

		Progress(UUID id) {
			this.id = id;
		}

		@Override
		public UUID jobId() {
			return id;
		}

		@Override
		public void total(long total) {
			this.total = total;
		}

		@Override
		public void advance(long steps) {
			done.addAndGet(steps);
		}

		void flush() {
			store.progress(id, total, done.get(), clock.instant());
		}

	}

}
