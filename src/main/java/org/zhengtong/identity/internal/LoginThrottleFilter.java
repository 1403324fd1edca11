package org.zhengtong.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a throttled address away from POST /login before Spring Security hashes anything.
 * A request that presents a client certificate goes on: once the certificate is checked,
 * {@link PasswordLogin} applies the throttle unless it is the account's own certificate
 * (an administrator behind the attacker's network address still gets in with it).
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleFilter {

	/**
	 * Before the security filter chain (order -100), after the proxy and upload filters.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> loginThrottleRegistration(LoginThrottle throttle) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
						&& request.getAttribute("jakarta.servlet.request.X509Certificate") == null
						&& throttle.refused(request.getRemoteAddr())) {
					response.sendRedirect(request.getContextPath() + "/login?throttled");
					return;
				}
				chain.doFilter(request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(-110);
		return registration;
	}

}
