package org.zhengtong.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.test.util.ReflectionTestUtils;
import org.zhengtong.ZhengtongApplication;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code backup} and {@code audit-verify} run beside a live platform — the tests' own,
 * whose search index, files, secrets and outside checkpoint copy they share, as the
 * operator's cron job shares ./data with the running service — and start nothing the
 * running platform owns; exit codes tell "broken" (1) from "could not check" (2).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CommandsBesideRunningPlatformIntegrationTests {

	@Autowired
	ApplicationContext platform;

	@TempDir
	Path temporary;

	@Test
	void backup_and_audit_verify_run_beside_the_running_platform(CapturedOutput output) {
		Path archive = temporary.resolve("beside-the-platform.zip");

		assertThat(run("backup", archive.toString())).as(output.getErr()).isZero();
		assertThat(archive).isRegularFile();
		assertThat(output).contains("Backup written to");

		assertThat(run("audit-verify")).as(output.getAll()).isZero();
		assertThat(output).contains("Audit log intact");
	}

	@Test
	void a_command_has_no_start_up_work_no_scheduler_no_web_server_and_no_search_index() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengtongApplication.class)
			.run(Commands.arguments(arguments("restore")));
		try {
			assertThat(context.getBeansOfType(ApplicationRunner.class)).as("start-up work besides the command")
				.containsOnlyKeys("commandRunner");
			assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
			assertThat(context.getBeanNamesForType(TaskScheduler.class)).isEmpty();
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(context.containsBean("tlsConnector")).isFalse();
			assertThat(context.getBeanFactory().containsSingleton("luceneIndex")).as("the index writer is not opened")
				.isFalse();
		}
		finally {
			SpringApplication.exit(context);
		}
	}

	@Test
	void a_command_that_cannot_reach_the_database_exits_2_not_1(CapturedOutput output) {
		int exitCode = run("audit-verify", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/nowhere",
				"--spring.datasource.hikari.initialization-fail-timeout=1");

		assertThat(exitCode).isEqualTo(PlatformCommand.COULD_NOT_RUN);
		assertThat(output.getErr()).contains("audit-verify could not start");
	}

	@Test
	void an_unknown_command_could_not_run(CapturedOutput output) {
		assertThat(run("no-such-command")).isEqualTo(PlatformCommand.COULD_NOT_RUN);
		assertThat(output.getErr()).contains("Unknown command 'no-such-command'");
	}

	private int run(String... args) {
		return Commands.run(ZhengtongApplication.class, arguments(args));
	}

	/**
	 * The directories the running platform uses, as its beans hold them (the test
	 * configuration makes them per context, with {@code random.uuid}).
	 */
	private String[] arguments(String... args) {
		IndexWriter writer = (IndexWriter) ReflectionTestUtils.getField(platform.getBean("luceneIndex"), "writer");
		String searchDirectory = ((FSDirectory) writer.getDirectory()).getDirectory().toString();
		Object checkpointDirectory = ReflectionTestUtils.getField(platform.getBean("checkpointJournal"), "directory");
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--spring.profiles.active=test");
		all.add("--zhengtong.search.directory=" + searchDirectory);
		all.add("--zhengtong.audit.checkpoint-directory=" + checkpointDirectory);
		return all.toArray(String[]::new);
	}

}
