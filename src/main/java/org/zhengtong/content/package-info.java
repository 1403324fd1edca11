/**
 * 网站内容: sites, channels (栏目) and articles with their review workflow (谁发布、谁审核、谁负责) — the
 * publishing desk behind the portal.
 */
@NullMarked
@ApplicationModule(displayName = "Content",
		allowedDependencies = { "platform", "audit", "shared", "identity", "files", "organization", "casework" })
package org.zhengtong.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
