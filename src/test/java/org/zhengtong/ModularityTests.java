package org.zhengtong;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of architecture.md hold, and the module documentation is
 * generated. It goes to {@code target/spring-modulith-docs};
 * {@code -Dzhengtong.module-docs=docs/modules} refreshes the copy in the repository
 * (docs/architecture.md).
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ZhengtongApplication.class);

	@Test
	void module_boundaries_hold() {
		modules.verify();
	}

	@Test
	void every_module_is_a_direct_sub_package_with_a_display_name() {
		assertThat(modules.stream().map((module) -> module.getBasePackage().getName()))
			.allMatch((name) -> name.matches("org\\.zhengtong\\.[a-z]+"))
			.contains("org.zhengtong.platform", "org.zhengtong.portal");
	}

	@Test
	void module_documentation_is_written() throws Exception {
		String folder = System.getProperty("zhengtong.module-docs", "target/spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation();

		assertThat(Path.of(folder, "components.puml")).exists();
		assertThat(Files.readString(Path.of(folder, "components.puml"))).contains("Platform", "Portal");
	}

}
