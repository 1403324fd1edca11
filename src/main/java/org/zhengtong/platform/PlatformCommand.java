package org.zhengtong.platform;

import java.util.List;

/**
 * A command-line tool run instead of the web application:
 * {@code java -jar zhengtong.jar <name> …}. Implement as a bean and add the name to
 * {@link Commands#NAMES} (the choice between tool and web application is made before any
 * bean exists).
 */
public interface PlatformCommand {

	String name();

	/**
	 * Runs the tool and prints its result in a line or two.
	 * @param arguments what follows the command's name
	 * @return the exit code: 0 when it did what was asked
	 */
	int run(List<String> arguments) throws Exception;

}
