package org.zhengtong.casework;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists show a case's module, type and state by name, never by code: every case type a
 * module declares has its names ({@code casework.module.<module>},
 * {@code casework.type.<code>}, {@code casework.state.<code>.<STATE>}) in Chinese and in
 * English.
 */
@IntegrationTest
class CaseTypeNamesIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void every_declared_case_type_has_chinese_and_english_names_for_itself_and_its_states() throws IOException {
		Properties chinese = bundle("messages/casework.properties");
		Properties english = bundle("messages/casework_en.properties");
		List<String> missing = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		for (CaseType<?> type : context.getBeansOfType(CaseType.class).values()) {
			if (type.code().equals(TestCaseTypes.CODE)) {
				continue;
			}
			checked.add(type.code());
			List<String> keys = new ArrayList<>(
					List.of("casework.module." + type.module(), "casework.type." + type.code()));
			for (Enum<?> state : type.states().getEnumConstants()) {
				keys.add("casework.state." + type.code() + "." + state.name());
			}
			for (String key : keys) {
				if (!chinese.containsKey(key)) {
					missing.add(key + " (zh)");
				}
				if (!english.containsKey(key)) {
					missing.add(key + " (en)");
				}
			}
		}
		assertThat(checked).as("the modules' case types").contains("content.article-review");
		assertThat(missing).isEmpty();
	}

	private static Properties bundle(String path) throws IOException {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
