package org.zhengtong.testing;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Every HTML page an integration test fetches through MockMvc is checked for codes
 * ({@link PageWords}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class PageWordsCheck {

	@Bean
	MockMvcBuilderCustomizer pageWordsChecked() {
		return (builder) -> builder.alwaysDo((result) -> {
			String type = result.getResponse().getContentType();
			if (type != null && type.startsWith("text/html")) {
				PageWords.check(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI(), type,
						result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			}
		});
	}

}
