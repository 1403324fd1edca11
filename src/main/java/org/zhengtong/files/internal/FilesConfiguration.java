package org.zhengtong.files.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesProperties.class)
class FilesConfiguration {

	/** Right after the proxy filter, before security or anything else reads the body. */
	@Bean
	FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(
			@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
		FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
				new UploadSizeFilter(maxRequestSize));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
