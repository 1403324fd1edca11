package org.zhengtong.platform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Until the identity module provides accounts, nobody can log in: the login page answers
 * every attempt with "wrong user name or password" instead of Spring Boot's generated
 * default user. Replaced by identity's account store.
 */
@Configuration(proxyBeanMethods = false)
class EmptyAccountStore {

	@Bean
	UserDetailsService noAccounts() {
		return new InMemoryUserDetailsManager();
	}

}
