package org.zhengtong.platform;

import java.util.List;

/**
 * Forms on the public portal that visitors may send without logging in (registration,
 * password reset). Every other state-changing portal request needs a login; CSRF
 * protection applies to these as to every form.
 */
public interface PublicFormContributor {

	/** Exact paths (no patterns) that accept a POST from anonymous visitors. */
	List<String> publicFormPaths();

}
