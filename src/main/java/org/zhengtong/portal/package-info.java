/**
 * 政府门户网站: the public site citizens read — homepage, columns, articles, search and the
 * English site under {@code /en/}.
 */
@NullMarked
@ApplicationModule(displayName = "Portal",
		allowedDependencies = { "platform", "content", "shared", "files", "organization" })
package org.zhengtong.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
