package org.zhengtong.permit.internal;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The demo's seal keeper at work in a session opened with their certificate, on the demo
 * loader's thread: a request whose session carries the certificate's serial as the
 * certificate login leaves it, and the keeper signed in. {@code CertificateSessions} then
 * checks it as it checks any session (a valid staff login certificate held by the
 * signed-in person), so the hosted seal is used only as the rules allow (decisions.md,
 * "Unit keys are hosted"). Demo data only: nothing else opens a session this way.
 */
final class DemoCertificateSession {

	/** The session attribute the certificate login keeps its serial in. */
	static final String SERIAL = "zhengtong.certificate";

	private DemoCertificateSession() {
	}

	/** Runs {@code work} as {@code username} in a session opened with {@code serial}. */
	static <T> T as(String username, String serial, Supplier<T> work) {
		RequestAttributes requestBefore = RequestContextHolder.getRequestAttributes();
		SecurityContext contextBefore = SecurityContextHolder.getContext();
		Map<String, Object> sessionAttributes = new ConcurrentHashMap<>(Map.of(SERIAL, serial));
		HttpSession session = proxy(HttpSession.class, sessionAttributes, null);
		HttpServletRequest request = proxy(HttpServletRequest.class, new ConcurrentHashMap<>(), session);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			RequestContextHolder.setRequestAttributes(requestBefore);
			SecurityContextHolder.setContext(contextBefore);
		}
	}

	/**
	 * A request or session that keeps attributes and answers nothing else (no address, no
	 * headers): the loader is not a client.
	 */
	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Map<String, Object> attributes, @Nullable HttpSession session) {
		return (T) Proxy.newProxyInstance(DemoCertificateSession.class.getClassLoader(), new Class<?>[] { type },
				(self, method, arguments) -> switch (method.getName()) {
					case "getSession" -> session;
					case "getAttribute" -> attributes.get((String) arguments[0]);
					case "setAttribute" -> {
						if (arguments[1] == null) {
							attributes.remove((String) arguments[0]);
						}
						else {
							attributes.put((String) arguments[0], arguments[1]);
						}
						yield null;
					}
					case "removeAttribute" -> attributes.remove((String) arguments[0]);
					case "getAttributeNames" -> Collections.enumeration(attributes.keySet());
					case "hashCode" -> System.identityHashCode(self);
					case "equals" -> self == arguments[0];
					case "toString" -> "demo " + type.getSimpleName();
					default -> defaultValue(method.getReturnType());
				});
	}

	private static @Nullable Object defaultValue(Class<?> type) {
		if (type == boolean.class) {
			return false;
		}
		if (type == int.class) {
			return 0;
		}
		if (type == long.class) {
			return 0L;
		}
		return null;
	}

}
