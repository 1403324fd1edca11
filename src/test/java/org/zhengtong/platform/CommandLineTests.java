package org.zhengtong.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhengtong.ZhengtongApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar zhengtong.jar backup|restore …}: the tools run without a web server
 * and report in one line, with exit code 0 or 1.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineTests {

	@TempDir
	Path temporary;

	@Test
	void backup_writes_an_archive_and_says_what_is_in_it(CapturedOutput output) {
		Path archive = temporary.resolve("nightly.zip");

		int exitCode = run("backup", archive.toString());

		assertThat(exitCode).isZero();
		assertThat(archive).isRegularFile();
		assertThat(output).contains("Backup written to " + archive, "schema version", "tables");
	}

	@Test
	void restore_of_something_that_is_not_a_backup_fails_with_a_reason(CapturedOutput output) throws Exception {
		Path notABackup = Files.writeString(temporary.resolve("notes.zip"), "not a zip");

		int exitCode = run("restore", notABackup.toString());

		assertThat(exitCode).isOne();
		assertThat(output.getErr()).contains("restore failed:");
	}

	@Test
	void audit_verify_reports_the_chain_intact(CapturedOutput output) {
		assertThat(run("audit-verify")).isZero();
		assertThat(output).containsPattern("Audit log intact, \\d+ entries");
	}

	@Test
	void restore_without_an_archive_says_how_to_call_it(CapturedOutput output) {
		assertThat(run("restore")).isOne();
		assertThat(output.getErr()).contains("java -jar zhengtong.jar restore <archive>");
	}

	private static int run(String... args) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengtongApplication.class)
			.profiles("test")
			.run(Commands.arguments(args));
		return SpringApplication.exit(context);
	}

}
