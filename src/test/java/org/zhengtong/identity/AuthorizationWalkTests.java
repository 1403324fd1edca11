package org.zhengtong.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.pki.PkiRoles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Deny by default, checked against a table written here, not read from the code under
 * test: every route (method and pattern) with the people who may use it. Each registered
 * handler mapping is sent by every kind of visitor (anonymous, citizen, enterprise,
 * staff, each administrator, the unit administrator, the RA operator, the site
 * administrator and editors); one the table lets in must not be refused, one it does not
 * must be (403, or the login page for anonymous visitors). A route missing from the
 * table, or a row no route matches, fails the test: a new route needs a line here,
 * written by someone who decides who may use it.
 */
@IntegrationTest
class AuthorizationWalkTests {

	/** Who visits. Staff kinds hold their role and STAFF, as real accounts do. */
	enum Visitor {

		ANONYMOUS, CITIZEN(IdentityRoles.CITIZEN), ENTERPRISE(IdentityRoles.ENTERPRISE), STAFF(IdentityRoles.STAFF),
		SYSTEM_ADMIN(IdentityRoles.SYSTEM_ADMIN, IdentityRoles.STAFF),
		SECURITY_ADMIN(IdentityRoles.SECURITY_ADMIN, IdentityRoles.STAFF),
		AUDIT_ADMIN(IdentityRoles.AUDIT_ADMIN, IdentityRoles.STAFF),
		UNIT_ADMIN(IdentityRoles.UNIT_ADMIN, IdentityRoles.STAFF),
		RA_OPERATOR(PkiRoles.RA_OPERATOR, IdentityRoles.STAFF),
		SITE_ADMIN(ContentRoles.SITE_ADMIN, IdentityRoles.STAFF), EDITOR(ContentRoles.EDITOR, IdentityRoles.STAFF),
		LETTER_ACCEPTOR(InteractionRoles.LETTER_ACCEPTOR, IdentityRoles.STAFF),
		LETTER_HANDLER(InteractionRoles.LETTER_HANDLER, IdentityRoles.STAFF),
		INTERACTION_LEADER(InteractionRoles.INTERACTION_LEADER, IdentityRoles.STAFF),
		DISCLOSURE_OFFICER(InteractionRoles.DISCLOSURE_OFFICER, IdentityRoles.STAFF),
		INTERACTION_EDITOR(InteractionRoles.INTERACTION_EDITOR, IdentityRoles.STAFF),
		ITEM_MANAGER(PermitRoles.ITEM_MANAGER, IdentityRoles.STAFF),
		PERMIT_LEADER(PermitRoles.PERMIT_LEADER, IdentityRoles.STAFF),
		PERMIT_CLERK(PermitRoles.PERMIT_CLERK, IdentityRoles.STAFF);

		private final List<Role> roles;

		Visitor(Role... roles) {
			this.roles = List.of(roles);
		}

		/** The authorities a session of such an account has (ROLE_… and permissions). */
		RequestPostProcessor session() {
			if (this == ANONYMOUS) {
				return (request) -> request;
			}
			List<SimpleGrantedAuthority> authorities = new ArrayList<>();
			for (Role role : roles) {
				authorities.add(new SimpleGrantedAuthority("ROLE_" + role.code()));
				role.permissions().forEach((permission) -> authorities.add(new SimpleGrantedAuthority(permission)));
			}
			return user("walker-" + name().toLowerCase()).authorities(authorities);
		}

	}

	static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);

	static final Set<Visitor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS));

	static final Set<Visitor> STAFF = EnumSet
		.complementOf(EnumSet.of(Visitor.ANONYMOUS, Visitor.CITIZEN, Visitor.ENTERPRISE));

	/** 账户管理: the system administrator and unit administrators. */
	static final Set<Visitor> ACCOUNT_ADMINS = EnumSet.of(Visitor.SYSTEM_ADMIN, Visitor.UNIT_ADMIN);

	static final Set<Visitor> SYSTEM_ADMIN = EnumSet.of(Visitor.SYSTEM_ADMIN);

	static final Set<Visitor> SECURITY_ADMIN = EnumSet.of(Visitor.SECURITY_ADMIN);

	static final Set<Visitor> AUDIT_ADMIN = EnumSet.of(Visitor.AUDIT_ADMIN);

	static final Set<Visitor> UNIT_ADMIN = EnumSet.of(Visitor.UNIT_ADMIN);

	static final Set<Visitor> RA_OPERATOR = EnumSet.of(Visitor.RA_OPERATOR);

	static final Set<Visitor> SITE_ADMIN = EnumSet.of(Visitor.SITE_ADMIN);

	/** Those who draft and review articles: site administrators and editors. */
	static final Set<Visitor> EDITORS = EnumSet.of(Visitor.SITE_ADMIN, Visitor.EDITOR);

	/** {@code METHOD pattern} → who may use it. */
	static final Map<String, Set<Visitor>> ROUTES = new LinkedHashMap<>();

	static {
		// The public portal, its forms and the machine endpoints.
		allow(EVERYONE, "GET /", "GET /en", "GET /en/", "GET /columns/{*path}", "GET /en/columns/{*path}",
				"GET /articles/{id}", "GET /en/articles/{id}", "GET /tags/{tag}", "GET /en/tags/{tag}",
				"GET /preview/{token}", "GET /en/preview/{token}", "GET /preview/{token}/files/{file}",
				"GET /disclosure", "GET /en/disclosure", "GET /feeds/{*path}", "GET /en/feeds/{*path}",
				"GET /sitemap.xml", "GET /robots.txt", "GET /favicon.ico", "GET /sitemaps/pages.xml",
				"GET /sitemaps/articles-{file}.xml", "GET /sitemap", "GET /en/sitemap", "GET /search", "GET /en/search",
				"GET /services", "GET /en/services", "GET /interaction", "GET /en/interaction", "GET /files/{id}",
				"GET /login", "GET /login/sms", "POST /login/sms/code", "POST /login/sms", "GET /register",
				"GET /register/citizen", "POST /register/citizen", "GET /register/enterprise",
				"POST /register/enterprise", "GET /password/forgot", "POST /password/forgot", "GET /password/reset",
				"POST /password/reset", "GET /pki/ca.crt", "GET /pki/{hierarchy}/ca.crt", "GET /pki/chain.pem",
				"GET /pki/{hierarchy}/chain.pem", "GET /pki/crl", "GET /pki/{hierarchy}/crl", "POST /pki/ocsp",
				"POST /pki/{hierarchy}/ocsp", "GET /pki/status", "GET /pki/root.cer", "GET /pki/{hierarchy}/root.cer",
				"GET /pki/root.crl", "GET /pki/{hierarchy}/root.crl", "GET /pki/issuing/{generation}.cer",
				"GET /pki/{hierarchy}/issuing/{generation}.cer", "GET /pki/issuing/{generation}.crl",
				"GET /pki/{hierarchy}/issuing/{generation}.crl");
		// 写信 and 查询来信 (interaction, public side): anyone writes and follows by 查询码; 我的来信
		// for every signed-in account (its own letters only, 404 otherwise).
		allow(EVERYONE, "GET /interaction/letters/new", "GET /en/interaction/letters/new", "POST /interaction/letters",
				"POST /en/interaction/letters", "GET /interaction/letters/submitted",
				"GET /en/interaction/letters/submitted", "GET /interaction/letters/follow",
				"GET /en/interaction/letters/follow", "POST /interaction/letters/follow",
				"POST /en/interaction/letters/follow", "POST /interaction/letters/withdraw",
				"POST /en/interaction/letters/withdraw");
		allow(SIGNED_IN, "GET /my/letters", "GET /my/letters/{id}", "POST /my/letters/{id}/withdraw");
		// Every signed-in account: its own page and its password.
		allow(SIGNED_IN, "GET /my", "GET /account/password", "POST /account/password", "POST /my/sessions/end-all");
		// 消息中心 and 通知设置 on the personal pages: every signed-in account.
		allow(SIGNED_IN, "GET /my/messages", "GET /my/messages/{id}", "POST /my/messages/read-all",
				"GET /my/messages/preferences", "POST /my/messages/preferences");
		// The workbench, for every member of staff.
		allow(STAFF, "GET /workbench", "GET /account", "POST /account/post", "POST /account/sessions/end-all",
				"GET /workbench/jobs", "GET /workbench/jobs/{id}", "GET /workbench/jobs/{id}/file",
				"GET /workbench/contacts", "GET /workbench/calendar", "GET /workbench/certificates",
				"POST /workbench/certificates/requests", "POST /workbench/certificates/requests/generated",
				"POST /workbench/certificates/requests/{id}/collect",
				"GET /workbench/certificates/{serial}/certificate.pem", "POST /workbench/certificates/{serial}/renew",
				"POST /workbench/certificates/{serial}/revoke", "GET /workbench/messages",
				"GET /workbench/messages/{id}", "POST /workbench/messages/read-all",
				"GET /workbench/messages/preferences", "POST /workbench/messages/preferences");
		// 委托办理: one's own delegations.
		// 互动交流: the letter page answers 404 to anyone its data scope does not reach
		allow(STAFF, "GET /workbench/letters/{id}");
		// 回复公开: public pages; the editors' pages answer 404 to staff without
		// interaction.moderate
		allow(EVERYONE, "GET /interaction/board", "GET /en/interaction/board", "GET /interaction/board/{number}",
				"GET /en/interaction/board/{number}");
		allow(STAFF, "GET /workbench/board", "GET /workbench/board/{id}", "POST /workbench/board/{id}",
				"POST /workbench/board/{id}/hide", "POST /workbench/board/{id}/show");
		// 依申请公开: the statutory form and following a request are public; the workbench
		// pages answer 404 outside the unit of the officer's (or approving leader's)
		// post.
		allow(EVERYONE, "GET /interaction/disclosure/new", "GET /en/interaction/disclosure/new",
				"POST /interaction/disclosure", "POST /en/interaction/disclosure", "GET /interaction/disclosure/sent",
				"GET /en/interaction/disclosure/sent", "GET /interaction/disclosure/follow",
				"GET /en/interaction/disclosure/follow", "POST /interaction/disclosure/follow",
				"POST /en/interaction/disclosure/follow");
		allow(STAFF, "GET /workbench/disclosure", "GET /workbench/disclosure/new", "POST /workbench/disclosure",
				"GET /workbench/disclosure/{id}", "POST /workbench/disclosure/{id}/correction",
				"POST /workbench/disclosure/{id}/corrected", "POST /workbench/disclosure/{id}/consultation",
				"POST /workbench/disclosure/{id}/consultation/end", "POST /workbench/disclosure/{id}/extension",
				"POST /workbench/disclosure/{id}/extension/approve", "POST /workbench/disclosure/{id}/extension/refuse",
				"POST /workbench/disclosure/{id}/answer");
		// 来信受理 (h2): the office's queues, bulk 派单 and the 派单目录; its steps on one letter
		// also for the site administrators (找错 reports; any other letter answers 404);
		// the
		// unit's objection for its handlers and leaders (404 outside the unit's letters).
		allow(EnumSet.of(Visitor.LETTER_ACCEPTOR), "GET /workbench/letters", "POST /workbench/letters/bulk-assign",
				"GET /workbench/dispatch-rules", "POST /workbench/dispatch-rules",
				"POST /workbench/dispatch-rules/{id}/remove");
		allow(EnumSet.of(Visitor.LETTER_ACCEPTOR, Visitor.SITE_ADMIN), "POST /workbench/letters/{id}/accept",
				"POST /workbench/letters/{id}/reject", "POST /workbench/letters/{id}/assign",
				"POST /workbench/letters/{id}/merge", "POST /workbench/letters/{id}/escalate");
		allow(EnumSet.of(Visitor.LETTER_HANDLER, Visitor.INTERACTION_LEADER), "POST /workbench/letters/{id}/objection");
		// 来信审核 and the sensitive words: the participation editors only (issue 18, h6).
		allow(EnumSet.of(Visitor.INTERACTION_EDITOR), "GET /workbench/moderation",
				"POST /workbench/moderation/{id}/release", "POST /workbench/moderation/{id}/reject",
				"GET /workbench/moderation/words", "POST /workbench/moderation/words",
				"POST /workbench/moderation/words/remove");
		// 互动交流, the unit: its queue for its handlers and leaders; 办理 and the reply for
		// handlers; review and the unit's reply templates for leaders (a letter outside
		// the
		// unit answers 404)
		allow(EnumSet.of(Visitor.LETTER_HANDLER, Visitor.INTERACTION_LEADER), "GET /workbench/unit-letters");
		allow(EnumSet.of(Visitor.LETTER_HANDLER), "POST /workbench/letters/{id}/take",
				"POST /workbench/letters/{id}/draft", "POST /workbench/letters/{id}/draft-template",
				"POST /workbench/letters/{id}/submit");
		allow(EnumSet.of(Visitor.INTERACTION_LEADER), "POST /workbench/letters/{id}/approve",
				"POST /workbench/letters/{id}/return", "GET /workbench/reply-templates",
				"POST /workbench/reply-templates", "POST /workbench/reply-templates/{id}",
				"POST /workbench/reply-templates/{id}/retire");
		// 网上调查和意见征集: the public pages and forms (answers need a public account or an
		// SMS-verified phone, checked by the handler); the desk for the 互动栏目编辑.
		allow(EVERYONE, "GET /interaction/surveys", "GET /en/interaction/surveys", "GET /interaction/surveys/{id}",
				"GET /en/interaction/surveys/{id}", "POST /interaction/surveys/code",
				"POST /en/interaction/surveys/code", "POST /interaction/surveys/answer",
				"POST /en/interaction/surveys/answer");
		allow(EnumSet.of(Visitor.INTERACTION_EDITOR), "GET /workbench/surveys", "GET /workbench/surveys/new",
				"POST /workbench/surveys", "GET /workbench/surveys/{id}", "GET /workbench/surveys/{id}/edit",
				"POST /workbench/surveys/{id}", "POST /workbench/surveys/{id}/questions",
				"POST /workbench/surveys/{id}/questions/remove", "POST /workbench/surveys/{id}/open",
				"POST /workbench/surveys/{id}/close", "POST /workbench/surveys/{id}/results",
				"POST /workbench/surveys/{id}/moderate");
		// 好差评: the 评议 page and rating or re-opening by number and 查询码 are public; a
		// writer
		// with an account rates their own letter (404 for anyone else's); 差评整改 is for the
		// unit leaders (another unit's answers 404).
		allow(EVERYONE, "GET /interaction/ratings", "GET /en/interaction/ratings", "POST /interaction/letters/rating",
				"POST /en/interaction/letters/rating", "POST /interaction/letters/reopen",
				"POST /en/interaction/letters/reopen", "GET /interaction/letters/rating/done",
				"GET /en/interaction/letters/rating/done");
		allow(SIGNED_IN, "POST /my/letters/{id}/rating", "POST /my/letters/{id}/reopen");
		// 差评整改 across units for the receiving office too (issue 18, h7); the 回访 is the
		// unit leaders' alone.
		allow(EnumSet.of(Visitor.INTERACTION_LEADER, Visitor.LETTER_ACCEPTOR), "GET /workbench/rectifications",
				"GET /workbench/rectifications/{id}");
		allow(EnumSet.of(Visitor.INTERACTION_LEADER), "POST /workbench/rectifications/{id}");
		// 在线访谈: the public pages, the transcript's polling and the question form for
		// everyone; running interviews for the participation editors alone.
		allow(EVERYONE, "GET /interaction/interviews", "GET /en/interaction/interviews",
				"GET /interaction/interviews/{id}", "GET /en/interaction/interviews/{id}",
				"GET /interaction/interviews/{id}/lines", "GET /interaction/interviews/{id}/ask",
				"GET /en/interaction/interviews/{id}/ask", "POST /interaction/interviews/questions",
				"POST /en/interaction/interviews/questions");
		allow(EnumSet.of(Visitor.INTERACTION_EDITOR), "GET /workbench/interviews", "GET /workbench/interviews/new",
				"POST /workbench/interviews", "GET /workbench/interviews/{id}", "POST /workbench/interviews/{id}",
				"POST /workbench/interviews/{id}/start", "POST /workbench/interviews/{id}/end",
				"POST /workbench/interviews/{id}/questions/approve", "POST /workbench/interviews/{id}/questions/reject",
				"POST /workbench/interviews/{id}/lines", "POST /workbench/interviews/{id}/lines/publish");
		// 办事服务 (permit, P1a): the guides in force for everyone; the catalogue desk for
		// the
		// department's 事项管理员 (drafts) and 审批负责人 (reviews), 404 outside the department.
		allow(EVERYONE, "GET /services/items/{code}", "GET /en/services/items/{code}");
		allow(EnumSet.of(Visitor.ITEM_MANAGER, Visitor.PERMIT_LEADER), "GET /workbench/permit/items",
				"GET /workbench/permit/guides/{id}");
		allow(EnumSet.of(Visitor.ITEM_MANAGER), "GET /workbench/permit/items/new", "POST /workbench/permit/items",
				"GET /workbench/permit/guides/{id}/edit", "POST /workbench/permit/guides/{id}",
				"POST /workbench/permit/guides/{id}/files", "POST /workbench/permit/guides/{id}/submit",
				"POST /workbench/permit/items/{id}/draft", "POST /workbench/permit/items/{id}/withdraw",
				"POST /workbench/permit/items/{id}/restore");
		allow(EnumSet.of(Visitor.PERMIT_LEADER), "GET /workbench/permit/guides/{id}/review",
				"POST /workbench/permit/guides/{id}/publish", "POST /workbench/permit/guides/{id}/return");
		allow(STAFF, "GET /workbench/delegations", "POST /workbench/delegations",
				"POST /workbench/delegations/{id}/revoke");
		// 账户管理.
		allow(ACCOUNT_ADMINS, "GET /admin/accounts", "POST /admin/accounts", "GET /admin/accounts/{username}",
				"POST /admin/accounts/{username}/posts", "POST /admin/accounts/{username}/posts/{post}/end",
				"POST /admin/accounts/{username}/roles/grant", "POST /admin/accounts/{username}/roles/revoke",
				"POST /admin/accounts/{username}/deactivate", "POST /admin/accounts/{username}/reactivate",
				"POST /admin/accounts/{username}/id-number", "POST /admin/accounts/{username}/reset-password",
				"POST /admin/accounts/{username}/unlock", "POST /admin/accounts/{username}/certificate-only");
		// 账户管理's Excel export: whoever reaches the list, within their scope.
		allow(ACCOUNT_ADMINS, "GET /admin/accounts/export.xlsx");
		// 重设密码 and 停用账户 asked once more, on a page naming the person.
		allow(ACCOUNT_ADMINS, "GET /admin/accounts/{username}/reset-password",
				"GET /admin/accounts/{username}/deactivate");
		// The system administrator: units, 分管, imports, the calendar.
		allow(SYSTEM_ADMIN, "POST /admin/accounts/{username}/posts/{post}/oversee", "GET /admin/units",
				"POST /admin/units", "GET /admin/units/{id}", "POST /admin/units/{id}/rename",
				"POST /admin/units/{id}/move", "POST /admin/units/{id}/deactivate",
				"POST /admin/units/{id}/departments", "POST /admin/units/{id}/departments/{department}/deactivate",
				"GET /admin/imports", "GET /admin/imports/template.xlsx", "POST /admin/imports",
				"GET /admin/imports/{job}/problems", "POST /workbench/calendar/{year}/days",
				"POST /workbench/calendar/{year}/days/{day}/clear", "POST /workbench/calendar/{year}/import",
				"POST /workbench/calendar/{year}/confirm", "POST /workbench/calendar/{year}/provisional");
		// The security administrator: 角色授权.
		allow(SECURITY_ADMIN, "GET /admin/roles", "POST /admin/roles/{username}/grant",
				"POST /admin/roles/{username}/revoke");
		// The security auditor: the audit log, and nothing else.
		allow(AUDIT_ADMIN, "GET /admin/audit", "POST /admin/audit/verify", "GET /admin/audit/export.csv",
				"GET /admin/audit/export.xlsx");
		// Unit administrators: their unit's certificates.
		allow(UNIT_ADMIN, "GET /admin/unit-certificates", "POST /admin/unit-certificates/requests",
				"POST /admin/unit-certificates/requests/{id}/collect");
		// RA operators.
		allow(RA_OPERATOR, "GET /admin/ra", "GET /admin/ra/requests/{id}", "POST /admin/ra/requests/{id}/approve",
				"POST /admin/ra/requests/{id}/reject", "POST /admin/ra/reenrolment");
		// The site: channels for the site administrator, articles for editors too.
		allow(SITE_ADMIN, "GET /admin/channels", "POST /admin/channels", "GET /admin/channels/{id}",
				"POST /admin/channels/{id}/grants", "POST /admin/channels/{id}/grants/{username}/revoke",
				"POST /workbench/search/rebuild");
		// Channels after their creation: settings, order, parent, removal (issue 17).
		allow(SITE_ADMIN, "POST /admin/channels/{id}", "POST /admin/channels/{id}/shift",
				"POST /admin/channels/{id}/move", "POST /admin/channels/{id}/remove");
		// 选人: whoever gives rights to people (channels, accounts), within their scope.
		allow(EnumSet.of(Visitor.SITE_ADMIN, Visitor.SYSTEM_ADMIN, Visitor.UNIT_ADMIN), "GET /workbench/people");
		allow(EDITORS, "GET /workbench/search", "GET /workbench/articles", "GET /workbench/articles/new",
				"POST /workbench/articles", "GET /workbench/articles/revisions/{revision}",
				"GET /workbench/articles/revisions/{revision}/compare", "POST /workbench/articles/revisions/{revision}",
				"POST /workbench/articles/revisions/{revision}/files",
				"POST /workbench/articles/revisions/{revision}/cover",
				"POST /workbench/articles/revisions/{revision}/files/{link}/detach",
				"POST /workbench/articles/revisions/{revision}/publish", "POST /workbench/articles/bulk",
				"POST /workbench/articles/revisions/{revision}/preview",
				"POST /workbench/articles/revisions/{revision}/schedule",
				"POST /workbench/articles/revisions/{revision}/unschedule", "POST /workbench/articles/{article}/expiry",
				"POST /workbench/articles/revisions/{revision}/return", "POST /workbench/articles/{article}/revise",
				"POST /workbench/articles/{article}/withdraw", "POST /workbench/articles/{article}/validity",
				"GET /workbench/articles/import", "GET /workbench/articles/import/documents",
				"GET /workbench/articles/import/template.xlsx", "POST /workbench/articles/import",
				"POST /workbench/articles/import/documents");
		// The 答复书 of disclosure requests: the applicant's download (their own request, or
		// number + 查询码), and the staff's copy and the 用印 page (404 outside the unit).
		allow(EVERYONE, "GET /interaction/disclosure/mine/{id}/letter",
				"GET /en/interaction/disclosure/mine/{id}/letter", "POST /interaction/disclosure/letter",
				"POST /en/interaction/disclosure/letter");
		allow(STAFF, "GET /workbench/disclosure/{id}/seal", "POST /workbench/disclosure/{id}/seal",
				"GET /workbench/disclosure/{id}/letter");
		// 改派 by the receiving office (issue 18, h4).
		allow(EnumSet.of(Visitor.LETTER_ACCEPTOR, Visitor.SITE_ADMIN), "POST /workbench/letters/{id}/reassign");
		// 依申请转主动: staff reach it, the request's own unit's 信息公开专员 acts, others get 404
		// (issue 18, h4).
		allow(STAFF, "POST /workbench/disclosure/{id}/proactive");
		// 来信办理统计 (issue 18): the office sees every unit, a unit's handlers and leaders
		// their own (another unit's figures answer 404); 办理成效 is public.
		allow(EnumSet.of(Visitor.LETTER_ACCEPTOR, Visitor.LETTER_HANDLER, Visitor.INTERACTION_LEADER),
				"GET /workbench/interaction/statistics", "GET /workbench/interaction/statistics/export.xlsx");
		allow(EVERYONE, "GET /performance", "GET /en/performance");
		// 网上审批, 受理 (issue 19, P2b): the department's 窗口受理员 alone; every other member of
		// staff (administrators included) is told the queue and its cases do not exist
		// (404).
		allow(STAFF, "GET /workbench/permit/acceptance", "GET /workbench/permit/acceptance/{number}",
				"POST /workbench/permit/acceptance/{number}/accept",
				"POST /workbench/permit/acceptance/{number}/reject",
				"POST /workbench/permit/acceptance/{number}/correction",
				"POST /workbench/permit/acceptance/bulk-accept", "GET /workbench/permit/cases/{id}");
		// 补正 by the applicant: their own case only (404 for anyone else's), after signing
		// in.
		allow(SIGNED_IN, "GET /services/cases/{number}/correction", "GET /en/services/cases/{number}/correction",
				"POST /services/cases/{number}/correction", "POST /en/services/cases/{number}/correction");
		// 结果公示 (双公示, issue 19 P4): public list, record pages and the credit-format
		// exports;
		// the workbench side for staff, where only a holder of permit.decide over the
		// post's
		// department gets past 404 (another department's record answers 404 too).
		allow(EVERYONE, "GET /services/decisions", "GET /en/services/decisions", "GET /services/decisions/{id}",
				"GET /en/services/decisions/{id}", "GET /services/decisions/export.xlsx",
				"GET /en/services/decisions/export.xlsx", "GET /services/decisions/export.csv",
				"GET /en/services/decisions/export.csv");
		allow(STAFF, "GET /workbench/permit/publications", "POST /workbench/permit/publications",
				"GET /workbench/permit/publications/new", "GET /workbench/permit/publications/{id}",
				"POST /workbench/permit/publications/{id}/withdraw");
		// 事项导入 (issue 19): a department's 事项管理员; another person's import answers 404.
		allow(EnumSet.of(Visitor.ITEM_MANAGER), "GET /workbench/permit/imports",
				"GET /workbench/permit/imports/template.xlsx", "POST /workbench/permit/imports",
				"GET /workbench/permit/imports/{job}");
		// 在线申报 (issue 19, P2a): signed-in accounts reach the form (staff and the other
		// audience are refused in words, another's draft or case answers 404); 我的办件 and
		// the case page for their owner; 办件查询 by number + 查询码 for anyone (throttled);
		// 窗口收件 for the department's 窗口受理员 (another department's item answers 404).
		allow(SIGNED_IN, "GET /services/items/{code}/apply", "GET /en/services/items/{code}/apply",
				"POST /services/items/{code}/apply", "POST /en/services/items/{code}/apply", "GET /services/my-cases",
				"GET /en/services/my-cases", "GET /services/cases/{number}", "GET /en/services/cases/{number}");
		allow(EVERYONE, "GET /services/applications/submitted", "GET /en/services/applications/submitted",
				"GET /services/cases/follow", "GET /en/services/cases/follow", "POST /services/cases/follow",
				"POST /en/services/cases/follow");
		allow(EnumSet.of(Visitor.PERMIT_CLERK), "GET /workbench/permit/window", "GET /workbench/permit/window/{code}",
				"POST /workbench/permit/window/{code}", "GET /workbench/permit/window/registered");
		// 电子证照 (issue 19, P3): the public 证照核验 by number and by file; the department's
		// licence list, downloads and 撤销/注销 (404 outside the department of the post in
		// use;
		// 撤销/注销 only by its 审批负责人).
		allow(EVERYONE, "GET /services/licences/verify", "GET /en/services/licences/verify",
				"POST /services/licences/verify", "POST /en/services/licences/verify");
		allow(STAFF, "GET /workbench/licences", "GET /workbench/licences/{number}/{kind}",
				"POST /workbench/licences/{number}/end");
		// 审查 → 决定 (issue 19, part A): the department's 审批人员 review, its 审批负责人 decide;
		// the record for the department's staff and the 电子监察员; everyone else 404.
		allow(STAFF, "GET /workbench/permit/review", "GET /workbench/permit/review/{number}",
				"POST /workbench/permit/review/{number}", "GET /workbench/permit/decide",
				"GET /workbench/permit/decide/{number}", "POST /workbench/permit/decide/{number}/approve",
				"POST /workbench/permit/decide/{number}/refuse", "POST /workbench/permit/decide/{number}/return",
				"GET /workbench/permit/record/{number}");
		// 并联审批 (issue 19, part C): the joint case page for the lead department, a
		// sub-case's
		// department (its own sub-case) and the 电子监察员; the list of joint cases for the
		// lead
		// department's permit staff and the 电子监察员; anyone else 404.
		allow(STAFF, "GET /workbench/permit/joint/{number}", "GET /workbench/permit/joint");
		// 文书, 延期, 中止 (issue 19, part B): the applicant's download of a sealed notice
		// (their own case, or the session that followed it by number + 查询码; 404
		// otherwise); the 用印 list and pages for the
		// department's seal keepers, 延期 by its 审批负责人, 中止/恢复 by its reviewers and leaders
		// (404 for other staff).
		allow(EVERYONE, "GET /services/cases/{number}/notices/{id}", "GET /en/services/cases/{number}/notices/{id}");
		allow(STAFF, "GET /workbench/permit/notices", "POST /workbench/permit/notices/seal-all",
				"GET /workbench/permit/notices/{id}", "POST /workbench/permit/notices/{id}/seal",
				"GET /workbench/permit/notices/{id}/pdf", "POST /workbench/permit/cases/{id}/extend",
				"POST /workbench/permit/cases/{id}/suspend", "POST /workbench/permit/cases/{id}/resume");
		// 发证 (issue 19, part E): the department's 印章管理员 (404 for other staff and other
		// departments); the applicant's licence files and 好差评 for the owner or a 查询码
		// session (404 for anyone else; the rating is a public form with the number
		// inside).
		allow(STAFF, "GET /workbench/permit/issue", "GET /workbench/permit/issue/{number}",
				"POST /workbench/permit/issue/{number}");
		allow(EVERYONE, "GET /services/cases/{number}/licence/{kind}", "GET /en/services/cases/{number}/licence/{kind}",
				"POST /services/cases/rating", "POST /en/services/cases/rating");
		// 电子监察 (issue 19, part D): the 电子监察员 (every department) and a department's
		// 审批负责人 (their own; another department or case answers 404), read-only.
		allow(EnumSet.of(Visitor.PERMIT_LEADER), "GET /workbench/permit/supervision",
				"GET /workbench/permit/supervision/cases/{number}", "GET /workbench/permit/supervision/statistics",
				"GET /workbench/permit/supervision/statistics/export.xlsx");
	}

	private static void allow(Set<Visitor> who, String... routes) {
		for (String route : routes) {
			if (ROUTES.put(route, who) != null) {
				throw new IllegalStateException("Twice in the table: " + route);
			}
		}
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvcTester mvc;

	@Test
	void every_route_is_in_the_table_and_every_row_is_a_route() {
		Set<String> registered = registeredRoutes();
		assertThat(new TreeSet<>(registered)).as("routes nobody has said who may use: add them to ROUTES")
			.allSatisfy((route) -> assertThat(ROUTES).containsKey(route));
		assertThat(ROUTES.keySet()).as("rows no route matches any more")
			.allSatisfy((route) -> assertThat(registered).contains(route));
	}

	@Test
	void each_visitor_gets_exactly_what_the_table_says() {
		List<String> wrong = new ArrayList<>();
		for (String route : registeredRoutes()) {
			Set<Visitor> allowed = ROUTES.get(route);
			if (allowed == null) {
				continue;
			}
			// A public route is tried by a visitor of each kind only: its forms are
			// throttled per address, and everyone else sees what they see.
			Set<Visitor> visitors = allowed.equals(EVERYONE)
					? EnumSet.of(Visitor.ANONYMOUS, Visitor.CITIZEN, Visitor.STAFF) : EVERYONE;
			for (Visitor visitor : visitors) {
				MvcTestResult result = send(route, visitor);
				boolean refused = refused(result, visitor);
				if (refused == allowed.contains(visitor)) {
					wrong.add(route + " as " + visitor + ": " + status(result) + " "
							+ (allowed.contains(visitor) ? "(should be let in)" : "(should be refused)"));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * Refused: 403 for a signed-in visitor, the login page (or 401) for an anonymous one.
	 */
	private static boolean refused(MvcTestResult result, Visitor visitor) {
		if (result.getUnresolvedException() != null) {
			// Let through to a handler that failed: the walker has no account behind it.
			return false;
		}
		int status = result.getResponse().getStatus();
		if (visitor != Visitor.ANONYMOUS) {
			return status == 403;
		}
		String location = result.getResponse().getRedirectedUrl();
		return status == 401 || status == 403 || (status == 302 && location != null && location.endsWith("/login"));
	}

	private static String status(MvcTestResult result) {
		return result.getUnresolvedException() != null ? "failed in the handler"
				: String.valueOf(result.getResponse().getStatus());
	}

	/** {@code METHOD pattern} of every handler mapping but Spring's error page. */
	private Set<String> registeredRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(method + " " + pattern);
				}
			}
		}
		return routes;
	}

	private MvcTestResult send(String route, Visitor visitor) {
		String method = route.substring(0, route.indexOf(' '));
		String path = sample(route.substring(route.indexOf(' ') + 1));
		return switch (method) {
			case "POST" -> mvc.post().uri(path).with(visitor.session()).with(csrf()).exchange();
			case "PUT" -> mvc.put().uri(path).with(visitor.session()).with(csrf()).exchange();
			case "DELETE" -> mvc.delete().uri(path).with(visitor.session()).with(csrf()).exchange();
			default -> mvc.get().uri(path).with(visitor.session()).exchange();
		};
	}

	/**
	 * A concrete address for a pattern: {hierarchy} sm2, {year} 2089, {day} 2089-03-01,
	 * {id}, {post}, {job}, {department}, {unit} and {link} a random UUID, {revision} and
	 * {article} 1, anything else a word.
	 */
	private static String sample(String pattern) {
		return pattern.replace("{year}", "2089")
			.replace("{hierarchy}", "sm2")
			.replace("{day}", "2089-03-01")
			.replaceAll("\\{(id|post|department|unit|job|link)}", UUID.randomUUID().toString())
			.replaceAll("\\{(revision|article)}", "1")
			.replaceAll("\\{[^}]+}", "walk-sample");
	}

}
