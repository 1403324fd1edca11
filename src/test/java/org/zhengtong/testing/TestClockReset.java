package org.zhengtong.testing;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the {@link TestClock} back to the real time after every test method and every test
 * class (a {@code @BeforeAll} may set it), so one test's time never leaks into the next.
 * Registered for every Spring test in {@code META-INF/spring.factories}; does nothing in
 * a context without a TestClock.
 */
public class TestClockReset implements TestExecutionListener, Ordered {

	@Override
	public void afterTestMethod(TestContext testContext) {
		reset(testContext);
	}

	@Override
	public void afterTestClass(TestContext testContext) {
		reset(testContext);
	}

	@Override
	public int getOrder() {
		// after the other listeners' after-callbacks (they run in reverse order)
		return Integer.MIN_VALUE + 100;
	}

	private static void reset(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
		}
	}

}
