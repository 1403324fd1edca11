package org.zhengtong.platform.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo, whose passwords the README prints, answers only this machine unless
 * {@code server.address} says otherwise; production runs are left alone.
 */
class DemoOnLoopbackUnitTests {

	@Test
	void a_plain_demo_run_listens_on_loopback() {
		MockEnvironment environment = demo();
		process(environment);
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void a_configured_address_wins() {
		MockEnvironment environment = demo().withProperty("server.address", "0.0.0.0");
		process(environment);
		assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
	}

	@Test
	void runs_that_are_no_demo_are_not_touched() {
		MockEnvironment withDatabase = demo().withProperty("spring.datasource.url", "jdbc:postgresql://db/zhengtong");
		process(withDatabase);
		assertThat(withDatabase.getProperty("server.address")).isNull();

		MockEnvironment production = demo();
		production.setActiveProfiles("prod");
		process(production);
		assertThat(production.getProperty("server.address")).isNull();
	}

	private static MockEnvironment demo() {
		MockEnvironment environment = new MockEnvironment();
		environment.setDefaultProfiles("demo");
		return environment;
	}

	private static void process(MockEnvironment environment) {
		new DemoOnLoopback().postProcessEnvironment(environment, new SpringApplication());
	}

}
