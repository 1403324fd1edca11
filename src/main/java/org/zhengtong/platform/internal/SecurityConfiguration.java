package org.zhengtong.platform.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.zhengtong.platform.MachineEndpointContributor;
import org.zhengtong.platform.PublicFormContributor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.WebAreas;

/**
 * Three filter chains: machine endpoints (stateless), the workbench (login required) and
 * the public portal (anonymous reading; anything that changes state needs a login unless
 * a module opens it explicitly). Every answer carries the same strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere (no {@code unsafe-inline}, no
	 * {@code unsafe-eval}): every script and stylesheet is a file under {@code /assets/}.
	 */
	static final String CONTENT_SECURITY_POLICY = org.zhengtong.platform.ContentSecurityPolicy.DEFAULT;

	/** The one workbench page every signed-in account may use (one-time passwords). */
	static final String PASSWORD_CHANGE = "/account/password";

	/** 我的: a citizen's or enterprise's own pages on the portal. */
	static final String[] PERSONAL_PAGES = { "/my", "/my/**" };

	/**
	 * After login: staff to the workbench, citizens and enterprises to their own page on
	 * the portal — unless a page they asked for sent them to log in.
	 */
	static final class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

		@Override
		protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) {
			boolean staff = authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> "ROLE_STAFF".equals(authority.getAuthority()));
			return staff ? "/workbench" : "/my";
		}

	}

	/** Refused requests become events (the audit module records them). */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
		return new SpringAuthorizationEventPublisher(events);
	}

	@Bean
	@Order(1)
	SecurityFilterChain machineEndpoints(HttpSecurity http, PlatformProperties properties,
			ObjectProvider<MachineEndpointContributor> machines) throws Exception {
		String[] endpoints = machines.orderedStream()
			.flatMap((contributor) -> contributor.machineEndpoints().stream())
			.toArray(String[]::new);
		List<String> matched = new ArrayList<>(List.of("/actuator/**"));
		matched.addAll(List.of(endpoints));
		http.securityMatcher(matched.toArray(String[]::new)).authorizeHttpRequests((requests) -> {
			if (endpoints.length > 0) {
				requests.requestMatchers(endpoints).permitAll();
			}
			requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.access(fromAddresses(properties.metricsAllowedAddresses()))
				.anyRequest()
				.denyAll();
		})
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.headers(strictHeaders());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain workbench(HttpSecurity http) throws Exception {
		List<String> patterns = new ArrayList<>(List.of(WebAreas.WORKBENCH_PATTERNS));
		patterns.addAll(List.of("/login", "/logout"));
		http.securityMatcher(patterns.toArray(String[]::new))
			// The workbench is for staff; citizens and enterprises sign in at the same
			// /login
			// and only change their password here.
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login")
				.permitAll()
				.requestMatchers(PASSWORD_CHANGE)
				.authenticated()
				.anyRequest()
				.hasRole("STAFF"))
			.formLogin((form) -> form.loginPage("/login").successHandler(new LandingPage()).failureUrl("/login?error"))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(strictHeaders());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain portal(HttpSecurity http, ObjectProvider<PublicFormContributor> publicForms) throws Exception {
		String[] forms = publicForms.orderedStream()
			.flatMap((contributor) -> contributor.publicFormPaths().stream())
			.toArray(String[]::new);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PERSONAL_PAGES)
			.authenticated()
			.requestMatchers(HttpMethod.POST, forms)
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			// Public pages set their own Cache-Control (PublicPageCaching): anonymous
			// pages are cacheable.
			.headers((headers) -> {
				strictHeaders().customize(headers);
				headers.cacheControl((cache) -> cache.disable());
			});
		return http.build();
	}

	private static Customizer<HeadersConfigurer<HttpSecurity>> strictHeaders() {
		return (headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frames) -> frames.deny())
			.httpStrictTransportSecurity((hsts) -> hsts.disable())
			.addHeaderWriter(new PortAwareHsts())
			.crossOriginOpenerPolicy((coop) -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"));
	}

	/** Loopback always, plus the configured addresses. */
	private static AuthorizationManager<RequestAuthorizationContext> fromAddresses(List<String> allowed) {
		List<IpAddressMatcher> matchers = new ArrayList<>();
		for (String address : List.of("127.0.0.1", "::1")) {
			matchers.add(new IpAddressMatcher(address));
		}
		allowed.forEach((address) -> matchers.add(new IpAddressMatcher(address)));
		return (authentication, context) -> new AuthorizationDecision(
				matchers.stream().anyMatch((matcher) -> matcher.matches(context.getRequest())));
	}

}
