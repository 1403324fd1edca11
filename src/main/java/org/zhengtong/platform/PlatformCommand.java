package org.zhengtong.platform;

import java.util.List;

/**
 * A command-line tool run instead of the web application:
 * {@code java -jar zhengtong.jar <name> …}. Implement as a bean and add the name to
 * {@link Commands#NAMES} (the choice between tool and web application is made before any
 * bean exists).
 * <p>
 * A command runs beside a live platform: its context has no web server, no TLS connector,
 * no scheduled jobs and no start-up work; it uses the running platform's database. A bean
 * that must not exist in a command is annotated {@link RunningPlatformOnly}.
 */
public interface PlatformCommand {

	/** Exit code: done as asked, or checked and found intact. */
	int OK = 0;

	/**
	 * Exit code: the command ran and found something wrong (a broken audit log) or
	 * refused (a damaged archive).
	 */
	int FOUND_BROKEN = 1;

	/**
	 * Exit code: the command could not do its work at all (the database unreachable, an
	 * unknown command, an unexpected error): nothing was checked.
	 */
	int COULD_NOT_RUN = 2;

	String name();

	/**
	 * Runs the tool and prints its result in a line or two.
	 * @param arguments what follows the command's name
	 * @return the exit code: {@link #OK}, {@link #FOUND_BROKEN} or {@link #COULD_NOT_RUN}
	 */
	int run(List<String> arguments) throws Exception;

}
