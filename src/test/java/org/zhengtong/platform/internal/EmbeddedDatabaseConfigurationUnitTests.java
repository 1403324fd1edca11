package org.zhengtong.platform.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * {@code prod} refuses the embedded database unless the operator opts in (a small office
 * on one machine); outside {@code prod} it is the default.
 */
class EmbeddedDatabaseConfigurationUnitTests {

	@Test
	void production_uses_the_embedded_database_only_when_asked() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");

		assertThatExceptionOfType(EmbeddedDatabaseRefused.class)
			.isThrownBy(() -> EmbeddedDatabaseConfiguration.refuseProductionUnlessAsked(properties(false), production));
		assertThatNoException()
			.isThrownBy(() -> EmbeddedDatabaseConfiguration.refuseProductionUnlessAsked(properties(true), production));
		assertThatNoException().isThrownBy(() -> EmbeddedDatabaseConfiguration
			.refuseProductionUnlessAsked(properties(false), new MockEnvironment()));
	}

	private static EmbeddedDatabaseProperties properties(boolean inProduction) {
		return new EmbeddedDatabaseProperties(Path.of("data/postgres"), false, "zhengtong", true, false, inProduction);
	}

}
