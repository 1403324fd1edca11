package org.zhengtong.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.zhengtong.ZhengtongApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A wrong configuration stops the application with a short explanation, not a stack
 * trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

	@Test
	void an_unreachable_database_is_named_with_what_to_check(CapturedOutput output) {
		fail("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/zhengtong");

		assertThat(output).contains("Cannot reach the database server at jdbc:postgresql://127.0.0.1:1/zhengtong")
			.contains("Check that PostgreSQL is running");
		assertThat(output.toString()).doesNotContainPattern("(?m)^\\s+at [a-z]");
	}

	@Test
	void a_malformed_database_url_is_explained(CapturedOutput output) {
		fail("--spring.datasource.url=postgres://db/zhengtong");

		assertThat(output)
			.contains("The database settings cannot be used (spring.datasource.url=postgres://db/zhengtong)")
			.contains("jdbc:postgresql://host:5432/zhengtong");
		assertThat(output.toString()).doesNotContainPattern("(?m)^\\s+at [a-z]");
	}

	@Test
	void the_prod_profile_refuses_the_embedded_database(CapturedOutput output) {
		fail("--spring.profiles.active=prod");

		assertThat(output).contains("The prod profile needs a database server, and spring.datasource.url is not set.");
		assertThat(output.toString()).doesNotContainPattern("(?m)^\\s+at [a-z]");
	}

	private static void fail(String... arguments) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(ZhengtongApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off")
			.run(arguments)
			.close());
	}

}
