/**
 * 网上行政审批 and 电子监察: the item catalogue with its service guides (办事指南), online and counter
 * applications (办件) on the case-work core, 受理 / 补正 / 审查 / 决定 / 发证 with the 承诺 and 法定
 * clocks of 行政许可法 arts. 32 and 42–45 and 82, 并联审批 across departments, electronic licences
 * (电子证照) sealed with the department's hosted key and verifiable by anyone, the public
 * 结果公示 (双公示, 网上公布), and 电子监察's warnings and statistics.
 */
@NullMarked
@ApplicationModule(displayName = "Permit", allowedDependencies = { "platform", "audit", "shared", "identity",
		"organization", "files", "casework", "calendar", "notification", "pki", "search", "interaction" })
package org.zhengtong.permit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
