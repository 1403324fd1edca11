package org.zhengtong.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The shared part of a module's authorization walk (decisions.md: "a test walks every
 * registered handler mapping and checks each role's expected status"): a table, written
 * in the test and not read from the code, says for each route of the module
 * ({@code METHOD
 * pattern}) who passes its role check ({@link Row#allowed}), which objects it takes
 * ({@link Row#things}) and which of them each visitor reaches ({@link Row#reach}); the
 * walk sends every visitor to every route and expects 403 (the login page for the
 * anonymous visitor) outside the role, 404 outside the visitor's data, neither inside. A
 * route without a row, or a row without a route, fails ({@link #assertTableMatches}).
 * <p>
 * The module's test keeps what is its own: the visitors ({@code W}), the objects
 * ({@code T}), the table and a {@link World} that makes the objects and fills paths.
 *
 * @param <W> who visits
 * @param <T> the objects a route's path variables are filled with
 */
public final class AuthorizationWalk<W extends Enum<W>, T extends Enum<T>> {

	/** What a visitor gets, or is expected to get. */
	public enum Outcome {

		/** Let through: neither refused (403, login) nor hidden (404). */
		LET_IN,
		/** 403, or the login page for an anonymous visitor. */
		REFUSED,
		/** 404: as if it did not exist. */
		HIDDEN,
		/** Public, or an id no object has: anything but a refusal. */
		NOT_REFUSED

	}

	/**
	 * A route: who passes its role check, its objects, who reaches which, and the form a
	 * visitor sends (from who sends it and the object's id).
	 */
	public record Row<W, T>(Set<W> allowed, Set<T> things, Map<W, Set<T>> reach, BiFunction<W, String, String> form) {
	}

	/** The people and objects of one walk, as the module's test makes them. */
	public interface World<W, T> {

		/** A new object of the kind (its id, number or code as routes take it). */
		String make(T thing);

		/** The path of the route for the object, its path variables filled. */
		String uri(String path, T thing, String id);

		/** The visitor's session. */
		RequestPostProcessor session(W who);

	}

	private final Map<String, Row<W, T>> routes;

	private final Set<W> everyone;

	private final W anonymous;

	private final Set<W> publicVisitors;

	private final T none;

	private final T unknown;

	private BiPredicate<MvcTestResult, T> hiddenToo = (result, thing) -> false;

	/**
	 * @param routes the table, by {@code METHOD pattern}
	 * @param anonymous the visitor without a session
	 * @param publicVisitors who visits a route open to everyone (a few suffice)
	 * @param none the object of a route that takes none
	 * @param unknown an id no object has (only the role decides)
	 */
	public AuthorizationWalk(Map<String, Row<W, T>> routes, Class<W> visitors, W anonymous, Set<W> publicVisitors,
			T none, T unknown) {
		this.routes = routes;
		this.everyone = EnumSet.allOf(visitors);
		this.anonymous = anonymous;
		this.publicVisitors = publicVisitors;
		this.none = none;
		this.unknown = unknown;
	}

	/**
	 * Also counts as hidden an answer the module gives for an object out of reach in
	 * another form than 404 (a refusal message that an object that does not exist gets).
	 */
	public AuthorizationWalk<W, T> hiddenAlsoWhen(BiPredicate<MvcTestResult, T> hidden) {
		this.hiddenToo = hidden;
		return this;
	}

	/** {@code METHOD pattern} of every handler mapping of the package and below. */
	public static Set<String> registeredRoutes(RequestMappingHandlerMapping mappings, String packageName) {
		Set<String> found = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith(packageName)) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					found.add(method + " " + pattern);
				}
			}
		}
		return found;
	}

	/** Every registered route has a row, and every row a route. */
	public void assertTableMatches(Set<String> registered, String module) {
		assertThat(new TreeSet<>(registered)).as(module + " routes nobody has said who may use: add them to ROUTES")
			.allSatisfy((route) -> assertThat(routes).containsKey(route));
		assertThat(routes.keySet()).as("rows no route matches any more")
			.allSatisfy((route) -> assertThat(registered).contains(route));
	}

	/** What {@code who} should get on the route for the object. */
	public Outcome expected(Row<W, T> row, W who, T thing) {
		if (!row.allowed().contains(who)) {
			return Outcome.REFUSED;
		}
		if (row.allowed().equals(everyone) || thing == unknown) {
			return Outcome.NOT_REFUSED;
		}
		return row.reach().getOrDefault(who, Set.of()).contains(thing) ? Outcome.LET_IN : Outcome.HIDDEN;
	}

	/**
	 * Sends every visitor to every registered route of the table: GETs first, then POSTs;
	 * within a route those to be refused or hidden go before those let in, and a POST let
	 * in acts on a fresh object ({@link World#make}), so the shared objects stay as they
	 * were. Visitors outside the role try the route's first object only.
	 * @param shared the objects every refused or hidden request is sent to
	 * @return every request that got what it should not, with what it got (empty when all
	 * is right), and how many were sent
	 */
	public Result walk(MockMvcTester mvc, Set<String> registered, World<W, T> world, Map<T, String> shared) {
		List<String> wrong = new ArrayList<>();
		int sent = 0;
		List<String> ordered = new ArrayList<>(registered);
		ordered.sort((x, y) -> Boolean.compare(x.startsWith("POST"), y.startsWith("POST")));
		for (String route : ordered) {
			Row<W, T> row = routes.get(route);
			if (row == null) {
				continue;
			}
			boolean post = route.startsWith("POST");
			Set<W> visitors = row.allowed().equals(everyone) ? publicVisitors : everyone;
			List<Runnable> letIn = new ArrayList<>();
			for (W who : visitors) {
				for (T thing : row.allowed().contains(who) ? row.things() : List.of(row.things().iterator().next())) {
					Outcome expected = expected(row, who, thing);
					if (expected == Outcome.LET_IN && post && thing != none) {
						letIn.add(() -> check(mvc, route, row, who, thing, world.make(thing), expected, world, wrong));
					}
					else {
						check(mvc, route, row, who, thing, shared.get(thing), expected, world, wrong);
						sent++;
					}
				}
			}
			letIn.forEach(Runnable::run);
			sent += letIn.size();
		}
		return new Result(wrong, sent);
	}

	/** The requests that went wrong, and how many were sent. */
	public record Result(List<String> wrong, int sent) {

		/** Fails naming every request that went wrong. */
		public void assertAllRight() {
			assertThat(wrong).as("of " + sent + " requests").isEmpty();
		}

	}

	private void check(MockMvcTester mvc, String route, Row<W, T> row, W who, T thing, @Nullable String id,
			Outcome expected, World<W, T> world, List<String> wrong) {
		String method = route.substring(0, route.indexOf(' '));
		String path = route.substring(route.indexOf(' ') + 1);
		String target = id == null ? UUID.randomUUID().toString() : id;
		String uri = world.uri(path, thing, target);
		MvcTestResult result = "POST".equals(method) ? mvc.post()
			.uri(uri)
			.with(world.session(who))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(row.form().apply(who, target))
			.exchange() : mvc.get().uri(uri).with(world.session(who)).exchange();
		Outcome got = outcome(result, who, thing);
		boolean right = switch (expected) {
			case LET_IN -> got == Outcome.LET_IN;
			case NOT_REFUSED -> got != Outcome.REFUSED;
			default -> got == expected;
		};
		if (!right) {
			wrong.add(route + " as " + who + " on " + thing + ": " + describe(result) + ", expected " + expected);
		}
	}

	/** What the visitor got. */
	private Outcome outcome(MvcTestResult result, W who, T thing) {
		if (result.getUnresolvedException() != null) {
			return Outcome.NOT_REFUSED;
		}
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (status == 403 || status == 401
				|| (who == anonymous && status == 302 && location != null && location.endsWith("/login"))) {
			return Outcome.REFUSED;
		}
		if (status == 404 || hiddenToo.test(result, thing)) {
			return Outcome.HIDDEN;
		}
		return status < 500 ? Outcome.LET_IN : Outcome.NOT_REFUSED;
	}

	private static String describe(MvcTestResult result) {
		if (result.getUnresolvedException() != null) {
			return "failed: " + result.getUnresolvedException();
		}
		Object error = result.getMvcResult().getFlashMap().get("error");
		return result.getResponse().getStatus() + (error == null ? "" : " (" + error + ")");
	}

}
