package org.zhengtong.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * Runs a scheduled job now, by its ShedLock name ({@code content.scheduled-publishing}),
 * instead of waiting for the scheduler: through the same lock the scheduler takes, so a
 * run never overlaps one the scheduler started, and through the bean's proxy, so the job
 * runs exactly as scheduled (its transactions and other advice included).
 *
 * <pre>
 * &#64;Autowired ScheduledJobs jobs;
 *
 * clock.set(publishAt.plusSeconds(1));
 * jobs.run("content.scheduled-publishing");
 * </pre>
 */
@TestComponent
public class ScheduledJobs {

	/** How long {@link #run} waits for a run the scheduler started to end. */
	static final Duration PATIENCE = Duration.ofSeconds(30);

	private final ApplicationContext context;

	private final LockProvider locks;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private record Job(String bean, Method method, SchedulerLock lock) {
	}

	public ScheduledJobs(ApplicationContext context, LockProvider locks) {
		this.context = context;
		this.locks = locks;
	}

	/**
	 * Runs the job once, now. If the scheduler is running it at this moment (it holds the
	 * lock), waits for that run to end and then runs it; fails after {@link #PATIENCE}.
	 * An exception the job throws is thrown here.
	 * @throws IllegalArgumentException when no bean has a {@code @SchedulerLock} of that
	 * name
	 */
	public void run(String lockName) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!runIfFree(lockName)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The job " + lockName + " stayed locked for " + PATIENCE);
			}
			java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
	}

	/**
	 * Runs the job once if its lock is free, as a second instance of the application
	 * would.
	 * @return whether it ran (false: another run holds the lock)
	 */
	public boolean runIfFree(String lockName) {
		Job job = jobs.computeIfAbsent(lockName, this::find);
		Object bean = context.getBean(job.bean());
		LockConfiguration configuration = new LockConfiguration(Instant.now(), lockName,
				duration(job.lock().lockAtMostFor(), Duration.ofMinutes(10)),
				duration(job.lock().lockAtLeastFor(), Duration.ZERO));
		try {
			// The proxy's own ShedLock advice sees the lock held by this thread and runs.
			TaskResult<Object> result = new DefaultLockingTaskExecutor(locks)
				.executeWithLock(() -> invoke(job.method(), bean), configuration);
			return result.wasExecuted();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("The job " + lockName + " failed", ex);
		}
	}

	private static Object invoke(Method method, Object bean) throws Throwable {
		try {
			return method.invoke(bean);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	private Duration duration(String text, Duration otherwise) {
		String resolved = context.getEnvironment().resolvePlaceholders(text);
		return StringUtils.hasText(resolved) ? DurationStyle.detectAndParse(resolved) : otherwise;
	}

	private Job find(String lockName) {
		for (String name : context.getBeanDefinitionNames()) {
			Class<?> type = context.getType(name, false);
			if (type == null) {
				continue;
			}
			Class<?> userClass = ClassUtils.getUserClass(type);
			Method[] found = new Method[1];
			ReflectionUtils.doWithMethods(userClass, (method) -> found[0] = method, (method) -> {
				SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
				return lock != null && lock.name().equals(lockName) && method.getParameterCount() == 0;
			});
			if (found[0] != null) {
				Method method = found[0];
				ReflectionUtils.makeAccessible(method);
				return new Job(name, method, method.getAnnotation(SchedulerLock.class));
			}
		}
		throw new IllegalArgumentException("No scheduled job has the lock name " + lockName);
	}

}
