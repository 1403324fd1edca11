package org.zhengtong.platform.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.PlatformCommand;
import org.zhengtong.shared.Refusal;

/**
 * Runs the command named in {@code zhengtong.command} (see {@code Commands}) and sets the
 * exit code: 0 done, 1 found broken or refused, 2 could not run.
 */
@Component
@ConditionalOnProperty("zhengtong.command")
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final List<PlatformCommand> commands;

	private int exitCode;

	CommandRunner(List<PlatformCommand> commands) {
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		List<String> words = arguments.getNonOptionArgs();
		String name = words.isEmpty() ? "" : words.get(0);
		Optional<PlatformCommand> command = commands.stream().filter((each) -> each.name().equals(name)).findFirst();
		if (command.isEmpty()) {
			System.err.println("Unknown command '" + name + "'");
			exitCode = PlatformCommand.COULD_NOT_RUN;
			return;
		}
		try {
			exitCode = command.get().run(words.subList(1, words.size()));
		}
		catch (BackupProblem | Refusal problem) {
			System.err.println(name + " failed: " + problem.getMessage());
			exitCode = PlatformCommand.FOUND_BROKEN;
		}
		catch (Exception ex) {
			// The database unreachable, a disk full: nothing was done or checked.
			System.err.println(name + " could not run: " + NestedExceptionUtils.getMostSpecificCause(ex));
			exitCode = PlatformCommand.COULD_NOT_RUN;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
