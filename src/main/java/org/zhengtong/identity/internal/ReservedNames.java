package org.zhengtong.identity.internal;

import java.util.Locale;
import java.util.Set;

/**
 * User names nobody may register or be given: the names the platform, the audit log and
 * Spring Security use for actors that are not accounts ({@code system},
 * {@code anonymous}, {@code anonymousUser}) and the names people take for the one who
 * runs everything ({@code admin}, {@code root} …). Compared without regard to case or to
 * the separators a user name may contain, so {@code System}, {@code ad-min} and
 * {@code r.o.o.t} are reserved too.
 */
final class ReservedNames {

	private static final Set<String> RESERVED = Set.of("system", "anonymous", "anonymoususer", "admin", "administrator",
			"administrators", "root", "platform", "superuser", "sudo", "guest", "nobody", "postgres", "zhengtong",
			"null", "undefined");

	private ReservedNames() {
	}

	static boolean reserved(String username) {
		return RESERVED.contains(username.strip().toLowerCase(Locale.ROOT).replaceAll("[._@-]", ""));
	}

}
