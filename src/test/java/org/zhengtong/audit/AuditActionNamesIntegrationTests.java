package org.zhengtong.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the code records has a name (audit.action.…, Chinese and English), so the
 * auditor reads 登录, never {@code identity.login}: the actions written in the source where
 * an audit event is made, the casework verbs it prefixes with {@code casework.}, and
 * every action recorded in the test database so far (demo data and earlier tests).
 */
@IntegrationTest
class AuditActionNamesIntegrationTests {

	/** An action as the source writes it: module.verb-with-hyphens or module.verb. */
	static final Pattern ACTION = Pattern.compile(
			"\"((?:identity|content|casework|organization|pki|calendar|audit|notification|security|files|portal|search|platform)\\.[a-z]+(?:-[a-z]+)*)\"");

	/**
	 * casework's verbs: journal.audit(actor, "decided", …) and run(actor, "claim", …).
	 */
	static final Pattern CASEWORK_VERB = Pattern
		.compile("(?:journal\\.audit\\(actor|run\\((?:command\\.)?(?:actor|delegator)\\(?\\)?),\\s*\"([a-z-]+)\"");

	@Autowired
	JdbcClient jdbc;

	@Test
	void every_action_recorded_in_the_source_has_a_name() throws IOException {
		// Every bundle on the message source: a newer module keeps its action names in
		// its own.
		Properties chinese = new Properties();
		Properties english = new Properties();
		for (String name : List.of("messages", "casework", "notification", "interaction", "permit")) {
			chinese.putAll(bundle("messages/" + name + ".properties"));
			english.putAll(bundle("messages/" + name + "_en.properties"));
		}
		Set<String> actions = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				if (!source.contains("AuditableEvent") && !source.contains("journal.audit")
						&& !source.contains("SecurityAudit") && !file.toString().contains("casework")) {
					continue;
				}
				Matcher action = ACTION.matcher(source);
				while (action.find()) {
					String code = action.group(1);
					String before = source.substring(Math.max(0, action.start() - 40), action.start());
					// Message keys, permissions, lock names, job kinds, case types and
					// file
					// owners are not actions.
					boolean named = before.contains("SchedulerLock(name") || before.contains("jobs.start(")
							|| before.contains("CODE =");
					// A case type's code (also a module's counter scope or file owner
					// type)
					if (!named && !chinese.containsKey(code) && !chinese.containsKey("casework.type." + code)
							&& !isOtherThanAnAction(code)) {
						actions.add(code);
					}
				}
				Matcher verb = CASEWORK_VERB.matcher(source);
				while (verb.find()) {
					actions.add("casework." + verb.group(1));
				}
			}
		}
		assertThat(actions).as("actions found in the source")
			.contains("identity.login", "casework.decided", "casework.claim", "security.access-denied");
		actions.addAll(jdbc.sql("SELECT DISTINCT action FROM audit_entry WHERE action !~ '^h[0-9]+\\.'")
			.query(String.class)
			.list()
			.stream()
			.filter((action) -> ACTION.matcher("\"" + action + "\"").matches())
			.toList());
		Set<String> unnamed = new TreeSet<>();
		for (String action : actions) {
			if (!chinese.containsKey("audit.action." + action) || !english.containsKey("audit.action." + action)) {
				unnamed.add(action);
			}
		}
		assertThat(unnamed).as("actions without audit.action.<action> in the message bundles").isEmpty();
	}

	private static boolean isOtherThanAnAction(String code) {
		return code.equals("audit.read") || code.equals("content.article-review")
				|| code.equals("pki.certificate-request") || code.equals("audit.checkpoint")
				|| code.equals("content.revision") || code.equals("identity.accounts-export") || code.endsWith(".edit")
				|| code.endsWith(".manage");
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = AuditActionNamesIntegrationTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
