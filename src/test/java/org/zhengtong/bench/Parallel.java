package org.zhengtong.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs numbered steps on a number of threads and prints how many per second. */
final class Parallel {

	interface Step {

		void run(int i) throws Exception;

	}

	private Parallel() {
	}

	static double run(String name, int count, int threads, Step step) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long started = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int first = t;
			done.add(pool.submit(() -> {
				for (int i = first; i < count; i += threads) {
					step.run(i);
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - started) / 1e9;
		double perSecond = count / seconds;
		System.out.printf("%-58s %7d, %2d threads: %8.1f /s%n", name, count, threads, perSecond);
		return perSecond;
	}

}
