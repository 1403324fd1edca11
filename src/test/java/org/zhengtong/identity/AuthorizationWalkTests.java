package org.zhengtong.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhengtong.platform.PublicFormContributor;
import org.zhengtong.platform.WebAreas;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Walks every route the application has — new ones included, without editing this test —
 * and checks that each role without a route's permission is refused (403), that anonymous
 * visitors are sent to the login page for every workbench route, and that no
 * state-changing route is open to them.
 */
@IntegrationTest
class AuthorizationWalkTests {

	static final Pattern AUTHORITY = Pattern.compile("has(Authority|Role)\\('([^']+)'\\)");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvcTester mvc;

	/**
	 * Forms that are meant for anonymous visitors (registration), checked by their own
	 * tests.
	 */
	@Autowired
	List<PublicFormContributor> publicForms;

	record Route(RequestMethod method, String path, String pattern, String authority) {
	}

	@Test
	void every_role_without_a_routes_permission_is_refused() {
		List<Route> routes = protectedRoutes();
		assertThat(routes).as("the walk finds the protected routes")
			.extracting(Route::pattern)
			.contains("/admin/audit", "/admin/audit/verify", "/workbench/calendar/{year}/days");
		List<String> wrong = new ArrayList<>();
		for (Route route : routes) {
			for (Role role : Role.values()) {
				if (role.gives(route.authority())) {
					continue;
				}
				int status = send(route, as(role)).getResponse().getStatus();
				if (status != 403) {
					wrong.add(route.method() + " " + route.pattern() + " as " + role + ": " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void the_role_with_the_permission_is_let_through() {
		for (Route route : protectedRoutes()) {
			Role holder = Set.of(Role.values())
				.stream()
				.filter((role) -> role.gives(route.authority()))
				.findFirst()
				.orElseThrow(
						() -> new AssertionError("No role holds " + route.authority() + " for " + route.pattern()));
			assertThat(send(route, as(holder, true)).getResponse().getStatus()).as(route + " as " + holder)
				.isNotEqualTo(403);
		}
	}

	@Test
	void anonymous_visitors_are_sent_to_login_from_every_workbench_route() {
		List<String> wrong = new ArrayList<>();
		for (Route route : allRoutes()) {
			if (!WebAreas.isWorkbench(route.path())) {
				continue;
			}
			var result = send(route, (request) -> request);
			String location = result.getResponse().getRedirectedUrl();
			if (result.getResponse().getStatus() != 302 || location == null || !location.endsWith("/login")) {
				wrong.add(route.method() + " " + route.pattern() + ": " + result.getResponse().getStatus());
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void no_state_changing_route_is_open_to_anonymous_visitors() {
		List<String> open = new ArrayList<>();
		for (Route route : allRoutes()) {
			if (route.method() == RequestMethod.GET || route.path().equals("/login") || publicForms.stream()
				.anyMatch((contributor) -> contributor.publicFormPaths().contains(route.path()))) {
				continue;
			}
			int status = send(route, (request) -> request).getResponse().getStatus();
			if (status < 300 || status >= 500) {
				open.add(route.method() + " " + route.pattern() + ": " + status);
			}
		}
		assertThat(open).isEmpty();
	}

	private List<Route> protectedRoutes() {
		return allRoutes().stream().filter((route) -> route.authority() != null).toList();
	}

	private List<Route> allRoutes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(entry.getValue().getMethod(),
					PreAuthorize.class);
			if (rule == null) {
				rule = AnnotatedElementUtils.findMergedAnnotation(entry.getValue().getBeanType(), PreAuthorize.class);
			}
			String authority = null;
			if (rule != null) {
				Matcher matcher = AUTHORITY.matcher(rule.value());
				authority = !matcher.find() ? rule.value()
						: matcher.group(1).equals("Role") ? "ROLE_" + matcher.group(2) : matcher.group(2);
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(method, sample(pattern), pattern, authority));
				}
			}
		}
		return routes;
	}

	/**
	 * A concrete address for a pattern: {year} 2089, {day} 2089-03-01, {id}, {post},
	 * {job}, {department}, {unit} and {link} a random UUID, {revision} and {article} 1.
	 */
	private static String sample(String pattern) {
		return pattern.replace("{year}", "2089")
			.replace("{day}", "2089-03-01")
			.replaceAll("\\{(id|post|department|unit|job|link)}", UUID.randomUUID().toString())
			.replaceAll("\\{(revision|article)}", "1")
			.replaceAll("\\{[^}]+}", "walk-sample");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult send(Route route, RequestPostProcessor who) {
		return switch (route.method()) {
			case POST -> mvc.post().uri(route.path()).with(who).with(csrf()).exchange();
			case PUT -> mvc.put().uri(route.path()).with(who).with(csrf()).exchange();
			case DELETE -> mvc.delete().uri(route.path()).with(who).with(csrf()).exchange();
			default -> mvc.get().uri(route.path()).with(who).exchange();
		};
	}

	private static RequestPostProcessor as(Role role) {
		return as(role, false);
	}

	/**
	 * @param staff also a member of staff, as administrators are (the workbench is staff
	 * only)
	 */
	private static RequestPostProcessor as(Role role, boolean staff) {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		if (staff) {
			authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
		}
		role.permissions().forEach((permission) -> authorities.add(new SimpleGrantedAuthority(permission)));
		return user("walker-" + role.name().toLowerCase()).authorities(authorities);
	}

}
