/**
 * 互动交流: what the public writes to the government and what comes back — letters (领导信箱, 咨询,
 * 投诉, 建议, 留言, 我为政府网站找错) as one 诉求 flow on the case-work core, disclosure on request
 * (依申请公开), 好差评 ratings, the public reply board, surveys and consultations, online
 * interviews, and the statistics inspectors read.
 */
@NullMarked
@ApplicationModule(displayName = "Interaction", allowedDependencies = { "platform", "audit", "shared", "identity",
		"organization", "files", "casework", "calendar", "content", "pki" })
package org.zhengtong.interaction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
