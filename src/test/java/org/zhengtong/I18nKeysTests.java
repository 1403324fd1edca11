package org.zhengtong;

import java.io.IOException;
import java.io.Reader;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string is in both languages: the Chinese and English message files have
 * the same keys, no empty texts, and every key a template or a menu entry names exists.
 */
class I18nKeysTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	/** messages: the platform and the older modules; the newer modules' own bundles. */
	static final List<String> BUNDLES = List.of("messages", "casework", "notification", "interaction", "permit");

	@Test
	void chinese_and_english_have_the_same_keys() throws IOException {
		for (String bundle : BUNDLES) {
			Properties chinese = load(bundle + ".properties");
			Properties english = load(bundle + "_en.properties");

			assertThat(english.stringPropertyNames()).as("keys in English but not in Chinese: " + bundle)
				.isSubsetOf(chinese.stringPropertyNames());
			assertThat(chinese.stringPropertyNames()).as("keys in Chinese but not in English: " + bundle)
				.isSubsetOf(english.stringPropertyNames());
		}
	}

	/**
	 * A key written twice in one file keeps only its last text, so the first place shows
	 * the other's words (content.import.file showed “{0}”：{1} as a label, issue 17).
	 */
	@Test
	void no_key_is_written_twice_in_a_file() throws IOException {
		for (String bundle : BUNDLES) {
			for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
				Set<String> keys = new TreeSet<>();
				Set<String> twice = new TreeSet<>();
				boolean continued = false;
				for (String line : Files.readAllLines(MESSAGES.resolve(file))) {
					String trimmed = line.strip();
					int equals = trimmed.indexOf('=');
					boolean continuation = continued;
					continued = !trimmed.startsWith("#") && trimmed.endsWith("\\");
					if (continuation || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")
							|| equals < 0) {
						continue;
					}
					String key = trimmed.substring(0, equals).strip();
					if (!keys.add(key)) {
						twice.add(key);
					}
				}
				assertThat(twice).as("keys written twice in " + file).isEmpty();
			}
		}
	}

	@Test
	void every_bundle_is_on_the_message_source_and_no_key_is_in_two() throws IOException {
		assertThat(Files.readString(Path.of("src/main/resources/application.yml")))
			.contains("basename: " + String.join(",", BUNDLES.stream().map((b) -> "messages/" + b).toList()));
		Set<String> seen = new TreeSet<>();
		for (String bundle : BUNDLES) {
			for (String key : load(bundle + ".properties").stringPropertyNames()) {
				assertThat(seen.add(key)).as("key in two bundles: " + key).isTrue();
			}
		}
	}

	/**
	 * A module's own bundle (messages/notification.properties) has both languages too.
	 */
	@Test
	void each_module_bundle_has_the_same_keys_in_both_languages() throws IOException {
		for (String bundle : moduleBundles()) {
			Properties chinese = load(bundle + ".properties");
			Properties english = load(bundle + "_en.properties");
			assertThat(english.stringPropertyNames()).as(bundle).isEqualTo(chinese.stringPropertyNames());
			assertThat(chinese.values()).as(bundle).allMatch((text) -> !text.toString().isBlank());
			assertThat(english.values()).as(bundle).allMatch((text) -> !text.toString().isBlank());
		}
	}

	@Test
	void module_bundles_are_on_the_basename() throws IOException {
		String configuration = Files.readString(Path.of("src/main/resources/application.yml"));
		for (String bundle : moduleBundles()) {
			assertThat(configuration).contains("messages/" + bundle);
		}
	}

	/** The module bundles' names (notification), beside the main messages. */
	private static Set<String> moduleBundles() throws IOException {
		Set<String> bundles = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".properties") && !name.contains("_")
						&& !name.equals("messages.properties"))
				.forEach((name) -> bundles.add(name.substring(0, name.length() - ".properties".length())));
		}
		return bundles;
	}

	@Test
	void no_text_is_empty_and_the_chinese_file_is_chinese() throws IOException {
		for (String bundle : BUNDLES) {
			assertThat(load(bundle + ".properties").values()).allMatch((text) -> !text.toString().isBlank());
			assertThat(load(bundle + "_en.properties").values()).allMatch((text) -> !text.toString().isBlank());
		}
		assertThat(load("messages.properties").getProperty("nav.home")).isEqualTo("首页");
	}

	@Test
	void every_key_used_in_templates_and_code_exists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String bundle : BUNDLES) {
			known.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		Set<String> used = new TreeSet<>();
		collect(Path.of("src/main/resources/templates"), Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]"), used);
		collect(Path.of("src/main/java"), Pattern.compile(
				"\"((?:menu|nav|files\\.refused|calendar\\.refused|account\\.refused|identifier\\.invalid|unit\\.refused)\\.[A-Za-z0-9_.]+)\""),
				used);

		// A key built at run time ("account.refused.weakPassword." + reason) is a prefix,
		// not a key.
		used.removeIf((key) -> key.endsWith("."));
		assertThat(used).isNotEmpty();
		assertThat(known).containsAll(used);
	}

	private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					into.add(matcher.group(1));
				}
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
