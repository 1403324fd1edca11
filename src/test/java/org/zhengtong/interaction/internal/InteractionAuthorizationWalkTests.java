package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.content.AnnualReport.Applicant;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.RoleGrant;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.GiveRating;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.InviteRating;
import org.zhengtong.interaction.RatedService;
import org.zhengtong.interaction.RatedSubject;
import org.zhengtong.interaction.RatingLevel;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.interaction.ReplySent;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.testing.AuthorizationWalk;
import org.zhengtong.testing.AuthorizationWalk.Row;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * Every route of the interaction module, walked by every kind of person with real data
 * (issue 18, "Must show"): letters routed to unit A and unit B, two citizens' letters, a
 * held letter, an answered one on the reply board, a 找错 report, disclosure requests,
 * rectifications and reply templates of both units. The table below, written here and not
 * read from the code, says for each route who passes its role check and which objects
 * each of them reaches; a route of the module without a row, or a row without a route,
 * fails. Expected: outside one's role 403 (the login page for anonymous visitors),
 * outside one's data 404, inside neither. A unit sees only letters assigned to it, a
 * citizen only their own, the office all, the disclosure officer only the unit's
 * requests, the moderator only held letters and consented answered ones; administrators
 * (三员), the unit administrator and RA operators see no letter. POSTs carry CSRF and a
 * valid form, so the data check is what answers; those let through act on fresh copies,
 * and the shared objects are unchanged at the end.
 */
@IntegrationTest
class InteractionAuthorizationWalkTests {

	/** Who visits: real accounts with their posts (A, B: the two units). */
	enum Who {

		ANONYMOUS, CITIZEN_1, CITIZEN_2, STAFF, OFFICE, HANDLER_A, LEADER_A, HANDLER_B, LEADER_B, DISCLOSURE_A,
		DISCLOSURE_B, MODERATOR, SITE_ADMIN, SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, UNIT_ADMIN_A, RA_OPERATOR

	}

	/** The objects a route's {@code {id}} (or {@code {number}}) is filled with. */
	enum Thing {

		/** Routed to unit A (已派单), the writer agreed to publishing. */
		LETTER_A,
		/** Routed to unit B. */
		LETTER_B,
		/** Citizen 1's own letter (待受理). */
		LETTER_C1,
		/** Citizen 2's own letter. */
		LETTER_C2,
		/** Held for moderation (待审核). */
		HELD,
		/** Answered by unit A, consented, on the reply board. */
		ANSWERED_A,
		/** 我为政府网站找错, for the site administrators. */
		SITE_ERROR, REQUEST_A, REQUEST_B, RECTIFICATION_A, RECTIFICATION_B, TEMPLATE_A, TEMPLATE_B,
		/** No object: a route without an id. */
		NONE,
		/**
		 * An id no object has: for routes whose objects belong to no unit (surveys,
		 * interviews, rules), where only the role decides.
		 */
		UNKNOWN

	}

	static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

	static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

	static final Set<Who> STAFF = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS, Who.CITIZEN_1, Who.CITIZEN_2));

	static final Set<Who> HANDLERS = EnumSet.of(Who.HANDLER_A, Who.HANDLER_B);

	static final Set<Who> LEADERS = EnumSet.of(Who.LEADER_A, Who.LEADER_B);

	static final Set<Who> UNIT_PEOPLE = EnumSet.of(Who.HANDLER_A, Who.HANDLER_B, Who.LEADER_A, Who.LEADER_B);

	static final Set<Who> OFFICERS = EnumSet.of(Who.DISCLOSURE_A, Who.DISCLOSURE_B);

	static final Set<Thing> LETTERS = EnumSet.of(Thing.LETTER_A, Thing.LETTER_B, Thing.LETTER_C1, Thing.LETTER_C2,
			Thing.HELD, Thing.ANSWERED_A, Thing.SITE_ERROR);

	/** Who reaches which letter in the workbench (LetterAccess, as the issue says). */
	static final Map<Who, Set<Thing>> READ_LETTERS = reach(Who.OFFICE, LETTERS, Who.HANDLER_A,
			EnumSet.of(Thing.LETTER_A, Thing.ANSWERED_A), Who.LEADER_A, EnumSet.of(Thing.LETTER_A, Thing.ANSWERED_A),
			Who.HANDLER_B, EnumSet.of(Thing.LETTER_B), Who.LEADER_B, EnumSet.of(Thing.LETTER_B), Who.MODERATOR,
			EnumSet.of(Thing.HELD, Thing.ANSWERED_A), Who.SITE_ADMIN, EnumSet.of(Thing.SITE_ERROR));

	/** The office's steps: every letter; the site administrators 找错 reports only. */
	static final Map<Who, Set<Thing>> OFFICE_LETTERS = reach(Who.OFFICE, LETTERS, Who.SITE_ADMIN,
			EnumSet.of(Thing.SITE_ERROR));

	/** 异议: the letter the unit holds now. */
	static final Map<Who, Set<Thing>> HELD_BY_UNIT = reach(Who.HANDLER_A, EnumSet.of(Thing.LETTER_A), Who.LEADER_A,
			EnumSet.of(Thing.LETTER_A), Who.HANDLER_B, EnumSet.of(Thing.LETTER_B), Who.LEADER_B,
			EnumSet.of(Thing.LETTER_B));

	static final Map<Who, Set<Thing>> OWN_LETTERS = reach(Who.CITIZEN_1, EnumSet.of(Thing.LETTER_C1), Who.CITIZEN_2,
			EnumSet.of(Thing.LETTER_C2));

	static final Map<Who, Set<Thing>> REQUEST_OFFICERS = reach(Who.DISCLOSURE_A, EnumSet.of(Thing.REQUEST_A),
			Who.DISCLOSURE_B, EnumSet.of(Thing.REQUEST_B));

	static final Map<Who, Set<Thing>> REQUEST_READERS = reach(Who.DISCLOSURE_A, EnumSet.of(Thing.REQUEST_A),
			Who.LEADER_A, EnumSet.of(Thing.REQUEST_A), Who.DISCLOSURE_B, EnumSet.of(Thing.REQUEST_B), Who.LEADER_B,
			EnumSet.of(Thing.REQUEST_B));

	static final Map<Who, Set<Thing>> REQUEST_LEADERS = reach(Who.LEADER_A, EnumSet.of(Thing.REQUEST_A), Who.LEADER_B,
			EnumSet.of(Thing.REQUEST_B));

	static final Map<Who, Set<Thing>> RECTIFICATIONS = reach(Who.LEADER_A, EnumSet.of(Thing.RECTIFICATION_A),
			Who.LEADER_B, EnumSet.of(Thing.RECTIFICATION_B));

	static final Map<Who, Set<Thing>> TEMPLATES = reach(Who.LEADER_A, EnumSet.of(Thing.TEMPLATE_A), Who.LEADER_B,
			EnumSet.of(Thing.TEMPLATE_B));

	static final Map<Who, Set<Thing>> BOARD = reach(Who.MODERATOR, EnumSet.of(Thing.ANSWERED_A));

	/** The form a visitor sends: from who sends it and the object's id. */
	interface Form extends BiFunction<Who, String, String> {

	}

	static final Form EMPTY = (who, id) -> "";

	// Filled by the walk before it sends anything (the forms read them).
	static String elsewhere = "";

	static String mergeTarget = "";

	static String siteErrorTarget = "";

	static String templateA = "";

	static String templateB = "";

	static String today = "";

	static @Nullable Moderation wordsDesk;

	/** {@code METHOD pattern} → its row. */
	static final Map<String, Row<Who, Thing>> ROUTES = new LinkedHashMap<>();

	static {
		// Public pages and forms: everyone (the data by 查询码 is checked below).
		for (String route : List.of("GET /interaction/letters/new", "POST /interaction/letters",
				"GET /interaction/letters/submitted", "GET /interaction/letters/follow",
				"POST /interaction/letters/follow", "POST /interaction/letters/withdraw", "GET /interaction/board",
				"GET /interaction/board/{number}", "GET /interaction/disclosure/new", "POST /interaction/disclosure",
				"GET /interaction/disclosure/sent", "GET /interaction/disclosure/follow",
				"POST /interaction/disclosure/follow", "GET /interaction/surveys", "GET /interaction/surveys/{id}",
				"POST /interaction/surveys/code", "POST /interaction/surveys/answer", "GET /interaction/ratings",
				"POST /interaction/letters/rating", "POST /interaction/letters/reopen",
				"GET /interaction/letters/rating/done", "GET /interaction/interviews",
				"GET /interaction/interviews/{id}", "GET /interaction/interviews/{id}/ask",
				"POST /interaction/interviews/questions", "GET /interaction/disclosure/mine/{id}/letter",
				"POST /interaction/disclosure/letter", "GET /performance")) {
			String path = route.substring(route.indexOf(' ') + 1);
			String method = route.substring(0, route.indexOf(' '));
			Thing thing = path.contains("{number}") ? Thing.ANSWERED_A
					: path.contains("{id}") ? Thing.UNKNOWN : Thing.NONE;
			add(route, EVERYONE, EnumSet.of(thing), reach(), EMPTY);
			add(method + " /en" + path, EVERYONE, EnumSet.of(thing), reach(), EMPTY);
		}
		add("GET /interaction/interviews/{id}/lines", EVERYONE, EnumSet.of(Thing.UNKNOWN), reach(), EMPTY);
		// 我的来信: every signed-in account, its own letters only.
		add("GET /my/letters", SIGNED_IN, none(), reach(SIGNED_IN), EMPTY);
		Set<Thing> mine = EnumSet.of(Thing.LETTER_C1, Thing.LETTER_C2, Thing.LETTER_A);
		add("GET /my/letters/{id}", SIGNED_IN, mine, OWN_LETTERS, EMPTY);
		add("POST /my/letters/{id}/withdraw", SIGNED_IN, mine, OWN_LETTERS, EMPTY);
		add("POST /my/letters/{id}/rating", SIGNED_IN, mine, OWN_LETTERS, (who, id) -> "level=DISSATISFIED");
		add("POST /my/letters/{id}/reopen", SIGNED_IN, mine, OWN_LETTERS, (who, id) -> "reason=仍未解决");
		// A letter in the workbench: any member of staff may ask; the data decides.
		add("GET /workbench/letters/{id}", STAFF, LETTERS, READ_LETTERS, EMPTY);
		// The receiving office; its steps on one letter also for site administrators.
		add("GET /workbench/letters", EnumSet.of(Who.OFFICE), none(), reach(EnumSet.of(Who.OFFICE)), EMPTY);
		add("POST /workbench/letters/bulk-assign", EnumSet.of(Who.OFFICE), none(), reach(EnumSet.of(Who.OFFICE)),
				(who, id) -> "letters=" + UUID.randomUUID() + "&unit=" + elsewhere);
		Set<Who> officeStep = EnumSet.of(Who.OFFICE, Who.SITE_ADMIN);
		add("POST /workbench/letters/{id}/accept", officeStep, LETTERS, OFFICE_LETTERS, EMPTY);
		add("POST /workbench/letters/{id}/reject", officeStep, LETTERS, OFFICE_LETTERS, (who, id) -> "reason=不属于受理范围");
		add("POST /workbench/letters/{id}/assign", officeStep, LETTERS, OFFICE_LETTERS,
				(who, id) -> "unit=" + elsewhere);
		add("POST /workbench/letters/{id}/merge", officeStep, LETTERS, OFFICE_LETTERS,
				(who, id) -> "number=" + (who == Who.SITE_ADMIN ? siteErrorTarget : mergeTarget));
		add("POST /workbench/letters/{id}/escalate", officeStep, LETTERS, OFFICE_LETTERS, (who, id) -> "reason=群众反映强烈");
		add("POST /workbench/letters/{id}/reassign", officeStep, LETTERS, OFFICE_LETTERS,
				(who, id) -> "from=" + elsewhere + "&unit=" + elsewhere + "&reason=改派走查");
		add("GET /workbench/dispatch-rules", EnumSet.of(Who.OFFICE), none(), reach(EnumSet.of(Who.OFFICE)), EMPTY);
		add("POST /workbench/dispatch-rules", EnumSet.of(Who.OFFICE), none(), reach(EnumSet.of(Who.OFFICE)),
				(who, id) -> "topic=走查" + UUID.randomUUID().toString().substring(0, 8) + "&unit=" + elsewhere);
		add("POST /workbench/dispatch-rules/{id}/remove", EnumSet.of(Who.OFFICE), unknown(), reach(), EMPTY);
		// 来信办理统计: the office (every unit) and the units' handlers and leaders (their
		// own).
		Set<Who> counters = EnumSet.of(Who.OFFICE, Who.HANDLER_A, Who.HANDLER_B, Who.LEADER_A, Who.LEADER_B);
		add("GET /workbench/interaction/statistics", counters, none(), reach(counters), EMPTY);
		add("GET /workbench/interaction/statistics/export.xlsx", counters, none(), reach(counters), EMPTY);
		// The unit: its queue, 异议, 办理 and the reply for handlers, review for leaders.
		add("GET /workbench/unit-letters", UNIT_PEOPLE, none(), reach(UNIT_PEOPLE), EMPTY);
		add("POST /workbench/letters/{id}/objection", UNIT_PEOPLE, LETTERS, HELD_BY_UNIT,
				(who, id) -> "reason=不属于本单位职责");
		add("POST /workbench/letters/{id}/take", HANDLERS, LETTERS, READ_LETTERS, EMPTY);
		add("POST /workbench/letters/{id}/draft", HANDLERS, LETTERS, READ_LETTERS, (who, id) -> "text=您好，已处理。");
		add("POST /workbench/letters/{id}/draft-template", HANDLERS, LETTERS, READ_LETTERS,
				(who, id) -> "template=" + (who == Who.HANDLER_B ? templateB : templateA));
		add("POST /workbench/letters/{id}/submit", HANDLERS, LETTERS, READ_LETTERS, (who, id) -> "text=您好，已处理。");
		add("POST /workbench/letters/{id}/approve", LEADERS, LETTERS, READ_LETTERS, (who, id) -> "opinion=同意");
		add("POST /workbench/letters/{id}/return", LEADERS, LETTERS, READ_LETTERS, (who, id) -> "opinion=请补充");
		add("GET /workbench/reply-templates", LEADERS, none(), reach(LEADERS), EMPTY);
		Form template = (who, id) -> "door=COMPLAINT&name=走查模板&body=您好，{标题}已收悉。";
		add("POST /workbench/reply-templates", LEADERS, none(), reach(LEADERS), template);
		Set<Thing> templates = EnumSet.of(Thing.TEMPLATE_A, Thing.TEMPLATE_B);
		add("POST /workbench/reply-templates/{id}", LEADERS, templates, TEMPLATES, template);
		add("POST /workbench/reply-templates/{id}/retire", LEADERS, templates, TEMPLATES, EMPTY);
		// 差评整改: the unit's leaders, their unit's only.
		// The receiving office follows every unit's rectifications; only leaders record
		// 回访.
		Set<Who> followers = EnumSet.of(Who.LEADER_A, Who.LEADER_B, Who.OFFICE);
		add("GET /workbench/rectifications", followers, none(), reach(followers), EMPTY);
		Set<Thing> rectifications = EnumSet.of(Thing.RECTIFICATION_A, Thing.RECTIFICATION_B);
		Map<Who, Set<Thing>> followed = new EnumMap<>(RECTIFICATIONS);
		followed.put(Who.OFFICE, rectifications);
		add("GET /workbench/rectifications/{id}", followers, rectifications, followed, EMPTY);
		add("POST /workbench/rectifications/{id}", LEADERS, rectifications, RECTIFICATIONS,
				(who, id) -> "complaintValid=true&finding=属实&measures=已整改&way=PHONE&result=满意&followUpOn=" + today);
		// Moderation: the participation editors, held letters only.
		Set<Who> moderator = EnumSet.of(Who.MODERATOR);
		add("GET /workbench/moderation", moderator, none(), reach(moderator), EMPTY);
		add("POST /workbench/moderation/{id}/release", moderator, LETTERS, READ_LETTERS, EMPTY);
		add("POST /workbench/moderation/{id}/reject", moderator, LETTERS, READ_LETTERS, (who, id) -> "reason=含不文明用语");
		add("GET /workbench/moderation/words", moderator, none(), reach(moderator), EMPTY);
		add("POST /workbench/moderation/words", moderator, none(), reach(moderator),
				(who, id) -> "word=走查词" + UUID.randomUUID().toString().substring(0, 6));
		add("POST /workbench/moderation/words/remove", moderator, none(), reach(moderator),
				(who, id) -> "word=" + (who == Who.MODERATOR ? word() : "不在表中"));
		// 回复公开's desk: staff may ask, the editors alone are answered.
		add("GET /workbench/board", STAFF, none(), reach(moderator), EMPTY);
		Set<Thing> board = EnumSet.of(Thing.ANSWERED_A);
		add("GET /workbench/board/{id}", STAFF, board, BOARD, EMPTY);
		add("POST /workbench/board/{id}", STAFF, board, BOARD,
				(who, id) -> "version=0&title=公开标题&body=公开的来信&reply=公开的答复");
		add("POST /workbench/board/{id}/hide", STAFF, board, BOARD, (who, id) -> "version=0&reason=涉及个人隐私");
		add("POST /workbench/board/{id}/show", STAFF, board, BOARD, (who, id) -> "version=0");
		// 依申请公开: staff may ask; the officer of the request's unit acts, its leader reads
		// and decides the extension.
		add("GET /workbench/disclosure", STAFF, none(), reach(OFFICERS), EMPTY);
		add("GET /workbench/disclosure/new", STAFF, none(), reach(OFFICERS), EMPTY);
		add("POST /workbench/disclosure", STAFF, none(), reach(OFFICERS), EMPTY);
		Set<Thing> requests = EnumSet.of(Thing.REQUEST_A, Thing.REQUEST_B);
		add("GET /workbench/disclosure/{id}", STAFF, requests, REQUEST_READERS, EMPTY);
		add("POST /workbench/disclosure/{id}/correction", STAFF, requests, REQUEST_OFFICERS,
				(who, id) -> "items=请写明文件名称&days=10");
		add("POST /workbench/disclosure/{id}/corrected", STAFF, requests, REQUEST_OFFICERS,
				(who, id) -> "receivedOn=" + today + "&text=补正后的申请");
		add("POST /workbench/disclosure/{id}/consultation", STAFF, requests, REQUEST_OFFICERS,
				(who, id) -> "party=第三方公司");
		add("POST /workbench/disclosure/{id}/consultation/end", STAFF, requests, REQUEST_OFFICERS, EMPTY);
		add("POST /workbench/disclosure/{id}/extension", STAFF, requests, REQUEST_OFFICERS,
				(who, id) -> "days=10&reason=需要调取档案");
		add("POST /workbench/disclosure/{id}/extension/approve", STAFF, requests, REQUEST_LEADERS, EMPTY);
		add("POST /workbench/disclosure/{id}/extension/refuse", STAFF, requests, REQUEST_LEADERS, EMPTY);
		add("POST /workbench/disclosure/{id}/answer", STAFF, requests, REQUEST_OFFICERS,
				(who, id) -> "type=DISCLOSED&text=现予公开");
		// 依申请转主动: the request's own officer (who is told the request is not answered
		// yet).
		add("POST /workbench/disclosure/{id}/proactive", STAFF, requests, REQUEST_OFFICERS,
				(who, id) -> "channel=" + UUID.randomUUID() + "&topic=GENERAL_AFFAIRS");
		// The 答复书: none is laid out for an unanswered request, so every member of staff
		// finds nothing to seal or download.
		add("GET /workbench/disclosure/{id}/seal", STAFF, requests, reach(), EMPTY);
		add("POST /workbench/disclosure/{id}/seal", STAFF, requests, reach(), EMPTY);
		add("GET /workbench/disclosure/{id}/letter", STAFF, requests, reach(), EMPTY);
		// Surveys and interviews: the participation editors; they belong to no unit.
		for (String route : List.of("GET /workbench/surveys", "GET /workbench/surveys/new", "POST /workbench/surveys",
				"GET /workbench/interviews", "GET /workbench/interviews/new", "POST /workbench/interviews")) {
			add(route, moderator, none(), reach(moderator), EMPTY);
		}
		for (String route : List.of("GET /workbench/surveys/{id}", "GET /workbench/surveys/{id}/edit",
				"POST /workbench/surveys/{id}", "POST /workbench/surveys/{id}/questions",
				"POST /workbench/surveys/{id}/questions/remove", "POST /workbench/surveys/{id}/open",
				"POST /workbench/surveys/{id}/close", "POST /workbench/surveys/{id}/results",
				"POST /workbench/surveys/{id}/moderate", "GET /workbench/interviews/{id}",
				"POST /workbench/interviews/{id}", "POST /workbench/interviews/{id}/start",
				"POST /workbench/interviews/{id}/end", "POST /workbench/interviews/{id}/questions/approve",
				"POST /workbench/interviews/{id}/questions/reject", "POST /workbench/interviews/{id}/lines",
				"POST /workbench/interviews/{id}/lines/publish")) {
			add(route, moderator, unknown(), reach(), EMPTY);
		}
	}

	private static String word() {
		String word = "走查删" + UUID.randomUUID().toString().substring(0, 6);
		java.util.Objects.requireNonNull(wordsDesk).addWord(word, "walk");
		return word;
	}

	/**
	 * The walk over {@link #ROUTES} (the harness shared with the other modules' walks).
	 */
	static final AuthorizationWalk<Who, Thing> WALK = new AuthorizationWalk<>(ROUTES, Who.class, Who.ANONYMOUS,
			EnumSet.of(Who.ANONYMOUS, Who.CITIZEN_1, Who.STAFF), Thing.NONE, Thing.UNKNOWN)
		// a reply template out of reach is refused by the message a template that does
		// not
		// exist gets, so it counts as hidden too
		.hiddenAlsoWhen((result, thing) -> (thing == Thing.TEMPLATE_A || thing == Thing.TEMPLATE_B)
				&& "interaction.reply.refused.noTemplate".equals(result.getMvcResult().getFlashMap().get("error")));

	private static void add(String route, Set<Who> allowed, Set<Thing> things, Map<Who, Set<Thing>> reach, Form form) {
		if (ROUTES.put(route, new Row<>(allowed, things, reach, form)) != null) {
			throw new IllegalStateException("Twice in the table: " + route);
		}
	}

	private static Set<Thing> none() {
		return EnumSet.of(Thing.NONE);
	}

	private static Set<Thing> unknown() {
		return EnumSet.of(Thing.UNKNOWN);
	}

	/** Everyone in {@code who} reaches the route without an object. */
	private static Map<Who, Set<Thing>> reach(Set<Who> who) {
		Map<Who, Set<Thing>> map = new EnumMap<>(Who.class);
		who.forEach((one) -> map.put(one, EnumSet.of(Thing.NONE)));
		return map;
	}

	@SuppressWarnings("unchecked")
	private static Map<Who, Set<Thing>> reach(Object... pairs) {
		Map<Who, Set<Thing>> map = new EnumMap<>(Who.class);
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((Who) pairs[i], (Set<Thing>) pairs[i + 1]);
		}
		return map;
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	Letters letters;

	@Autowired
	LetterCases cases;

	@Autowired
	QueryCodes codes;

	@Autowired
	Deadlines deadlines;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DisclosureRequestService disclosure;

	@Autowired
	DisclosureRequests disclosureRequests;

	@Autowired
	RatingManagement ratings;

	@Autowired
	ReplyTemplateDesk templateDesk;

	@Autowired
	ReplyBoardService board;

	@Autowired
	Moderation moderation;

	@Autowired
	Clock clock;

	@Test
	void every_interaction_route_is_in_the_table_and_every_row_is_a_route() {
		WALK.assertTableMatches(registeredRoutes(), "interaction");
	}

	@Test
	void each_person_reaches_exactly_the_letters_and_requests_of_their_part() {
		World world = new World();
		Map<Thing, String> shared = new EnumMap<>(Thing.class);
		for (Thing thing : Thing.values()) {
			shared.put(thing, world.make(thing));
		}
		Map<Thing, Map<String, Object>> before = snapshot(shared);

		// What the lists show, before the walk adds copies: each sees only their own.
		String a = world.number(shared.get(Thing.LETTER_A));
		String b = world.number(shared.get(Thing.LETTER_B));
		assertThat(page("/workbench/unit-letters", world.name(Who.HANDLER_A))).contains(a).doesNotContain(b);
		assertThat(page("/workbench/unit-letters", world.name(Who.LEADER_B))).contains(b).doesNotContain(a);
		assertThat(page("/workbench/letters?queue=all&text=" + world.tag, world.name(Who.OFFICE))).contains(a, b,
				world.number(shared.get(Thing.LETTER_C1)), world.number(shared.get(Thing.LETTER_C2)));
		assertThat(page("/my/letters", world.name(Who.CITIZEN_1))).contains(world.title(Thing.LETTER_C1))
			.doesNotContain(world.title(Thing.LETTER_C2), world.title(Thing.LETTER_A));
		assertThat(page("/my/letters", world.name(Who.CITIZEN_2))).contains(world.title(Thing.LETTER_C2))
			.doesNotContain(world.title(Thing.LETTER_C1));
		assertThat(page("/my/letters", world.name(Who.SYSTEM_ADMIN))).doesNotContain(world.tag);
		assertThat(page("/workbench/disclosure", world.name(Who.DISCLOSURE_A)))
			.contains(world.requestNumber(shared.get(Thing.REQUEST_A)))
			.doesNotContain(world.requestNumber(shared.get(Thing.REQUEST_B)));
		assertThat(page("/workbench/rectifications", world.name(Who.LEADER_B)))
			.contains(world.title(Thing.RECTIFICATION_B))
			.doesNotContain(world.title(Thing.RECTIFICATION_A));
		assertThat(page("/workbench/moderation?text=" + world.tag, world.name(Who.MODERATOR)))
			.contains(world.number(shared.get(Thing.HELD)))
			.doesNotContain(a);

		// every route, every visitor (AuthorizationWalk): refused outside the role,
		// hidden
		// outside their data, let in otherwise
		WALK.walk(mvc, registeredRoutes(), world, shared).assertAllRight();
		assertThat(snapshot(shared)).as("the shared objects after every refused request").isEqualTo(before);

		// A site administrator merges a 找错 report into another report, never into a
		// letter out of reach (it would answer its writer with that letter's reply).
		String report = world.make(Thing.SITE_ERROR);
		Map<String, Object> reportBefore = row("interaction_request", "id", UUID.fromString(report));
		MvcTestResult merged = mvc.post()
			.uri("/workbench/letters/" + report + "/merge")
			.with(world.session(Who.SITE_ADMIN))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("number=" + a)
			.exchange();
		assertThat(merged.getResponse().getStatus()).as("merging into letter A").isEqualTo(404);
		assertThat(row("interaction_request", "id", UUID.fromString(report))).isEqualTo(reportBefore);
		// Following by number needs the code: a wrong one shows nothing.
		String followed = new String(mvc.post()
			.uri("/interaction/letters/follow")
			.with(world.session(Who.CITIZEN_2))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("number=" + world.number(shared.get(Thing.LETTER_C1)) + "&code=AAAA-BBBB")
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(followed).doesNotContain(world.title(Thing.LETTER_C1));
		// The board shows the consented answered letter, not one still with a unit.
		assertThat(status("/interaction/board/" + world.number(shared.get(Thing.ANSWERED_A)))).isEqualTo(200);
		assertThat(status("/interaction/board/" + a)).isEqualTo(404);
	}

	private String page(String uri, String username) {
		MvcTestResult result = mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
		assertThat(result.getResponse().getStatus()).as(uri + " as " + username).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private int status(String uri) {
		return mvc.get().uri(uri).exchange().getResponse().getStatus();
	}

	/** The rows of the shared objects, to show that nothing refused changed them. */
	private Map<Thing, Map<String, Object>> snapshot(Map<Thing, String> shared) {
		Map<Thing, Map<String, Object>> rows = new EnumMap<>(Thing.class);
		for (Thing thing : LETTERS) {
			rows.put(thing, row("interaction_request", "id", UUID.fromString(shared.get(thing))));
		}
		rows.put(Thing.REQUEST_A,
				row("interaction_disclosure_request", "id", UUID.fromString(shared.get(Thing.REQUEST_A))));
		rows.put(Thing.REQUEST_B,
				row("interaction_disclosure_request", "id", UUID.fromString(shared.get(Thing.REQUEST_B))));
		rows.put(Thing.RECTIFICATION_A,
				row("interaction_rectification", "id", UUID.fromString(shared.get(Thing.RECTIFICATION_A))));
		rows.put(Thing.RECTIFICATION_B,
				row("interaction_rectification", "id", UUID.fromString(shared.get(Thing.RECTIFICATION_B))));
		rows.put(Thing.TEMPLATE_A,
				row("interaction_reply_template", "id", Long.parseLong(shared.get(Thing.TEMPLATE_A))));
		rows.put(Thing.TEMPLATE_B,
				row("interaction_reply_template", "id", Long.parseLong(shared.get(Thing.TEMPLATE_B))));
		return rows;
	}

	private Map<String, Object> row(String table, String column, Object id) {
		return jdbc.sql("SELECT * FROM " + table + " WHERE " + column + " = ?").param(id).query().singleRow();
	}

	/** {@code METHOD pattern} of every handler mapping of the interaction module. */
	private Set<String> registeredRoutes() {
		return AuthorizationWalk.registeredRoutes(mappings, "org.zhengtong.interaction");
	}

	/** The people, units and objects of one walk. */
	class World implements AuthorizationWalk.World<Who, Thing> {

		final String tag = "走查" + Integer.toString((int) (Math.random() * 1_000_000), 36);

		final UUID office = TestStaff.unit(units, "信访局", "Letters Bureau");

		final UUID unitA = TestStaff.unit(units, "教育局", "Education Bureau");

		final UUID unitB = TestStaff.unit(units, "交通局", "Transport Bureau");

		final Map<Who, String> names = new EnumMap<>(Who.class);

		final Map<Thing, String> titles = new EnumMap<>(Thing.class);

		final RoutedLetters routed = new RoutedLetters(letters, cases, codes, deadlines, transactions, jdbc);

		final UUID[] citizens = new UUID[2];

		World() {
			names.put(Who.CITIZEN_1, citizen(0));
			names.put(Who.CITIZEN_2, citizen(1));
			names.put(Who.STAFF, TestStaff.staff(accounts, office, "walk", "科员", "Qinchuan@2026"));
			names.put(Who.OFFICE, role(office, InteractionRoles.LETTER_ACCEPTOR));
			names.put(Who.HANDLER_A, role(unitA, InteractionRoles.LETTER_HANDLER));
			names.put(Who.LEADER_A, role(unitA, InteractionRoles.INTERACTION_LEADER));
			names.put(Who.HANDLER_B, role(unitB, InteractionRoles.LETTER_HANDLER));
			names.put(Who.LEADER_B, role(unitB, InteractionRoles.INTERACTION_LEADER));
			names.put(Who.DISCLOSURE_A, role(unitA, InteractionRoles.DISCLOSURE_OFFICER));
			names.put(Who.DISCLOSURE_B, role(unitB, InteractionRoles.DISCLOSURE_OFFICER));
			names.put(Who.MODERATOR, role(office, InteractionRoles.INTERACTION_EDITOR));
			names.put(Who.SITE_ADMIN, role(office, ContentRoles.SITE_ADMIN));
			names.put(Who.SYSTEM_ADMIN, role(office, IdentityRoles.SYSTEM_ADMIN));
			names.put(Who.SECURITY_ADMIN, role(office, IdentityRoles.SECURITY_ADMIN));
			names.put(Who.AUDIT_ADMIN, role(office, IdentityRoles.AUDIT_ADMIN));
			names.put(Who.RA_OPERATOR, role(office, PkiRoles.RA_OPERATOR));
			String unitAdmin = TestStaff.staff(accounts, unitA, "walk", "单位管理员", "Qinchuan@2026");
			accounts.grant(unitAdmin,
					new RoleGrant(IdentityRoles.UNIT_ADMIN, DataScope.UNIT_AND_BELOW, unitA, Set.of()));
			names.put(Who.UNIT_ADMIN_A, unitAdmin);
			elsewhere = TestStaff.unit(units, "住建局", "Housing Bureau").toString();
			mergeTarget = number(make(Thing.LETTER_C1));
			siteErrorTarget = number(make(Thing.SITE_ERROR));
			templateA = make(Thing.TEMPLATE_A);
			templateB = make(Thing.TEMPLATE_B);
			today = LocalDate.now(clock).toString();
			wordsDesk = moderation;
		}

		@Override
		public String uri(String path, Thing thing, String id) {
			return path.replace("{id}", id).replace("{number}", thing == Thing.ANSWERED_A ? number(id) : id);
		}

		@Override
		public RequestPostProcessor session(Who who) {
			return who == Who.ANONYMOUS ? (request) -> request : user(users.loadUserByUsername(name(who)));
		}

		String name(Who who) {
			return names.get(who);
		}

		String title(Thing thing) {
			return titles.get(thing);
		}

		String number(String letterId) {
			return letters.findById(UUID.fromString(letterId)).orElseThrow().number();
		}

		String requestNumber(String requestId) {
			return disclosureRequests.findById(UUID.fromString(requestId)).orElseThrow().number();
		}

		/**
		 * A new object of this kind (the shared one, or a fresh copy for a request let
		 * in).
		 */
		@Override
		public @Nullable String make(Thing thing) {
			String title = "关于" + tag + thing.name().toLowerCase().replace('_', '-') + "的问题";
			titles.putIfAbsent(thing, title);
			return switch (thing) {
				case LETTER_A -> routed(title, unitA).id().toString();
				case LETTER_B -> routed(title, unitB).id().toString();
				case LETTER_C1 -> own(0, title).id().toString();
				case LETTER_C2 -> own(1, title).id().toString();
				case HELD -> letter(Door.CONSULTATION, title, (letter) -> letter.hold("含敏感词：走查")).id().toString();
				case SITE_ERROR -> letter(Door.SITE_ERROR, title, (letter) -> {
				}).id().toString();
				case ANSWERED_A -> answered(title).toString();
				case REQUEST_A -> request(unitA, title);
				case REQUEST_B -> request(unitB, title);
				case RECTIFICATION_A -> rectification(unitA, title);
				case RECTIFICATION_B -> rectification(unitB, title);
				case TEMPLATE_A -> Long.toString(
						templateDesk
							.save(null, Door.COMPLAINT, "走查模板" + UUID.randomUUID().toString().substring(0, 6),
									"您好，来信已收悉。", name(Who.LEADER_A))
							.id());
				case TEMPLATE_B -> Long.toString(
						templateDesk
							.save(null, Door.COMPLAINT, "走查模板" + UUID.randomUUID().toString().substring(0, 6),
									"您好，来信已收悉。", name(Who.LEADER_B))
							.id());
				case NONE -> null;
				case UNKNOWN -> UUID.randomUUID().toString();
			};
		}

		private String citizen(int index) {
			String name = "walkc" + UUID.randomUUID().toString().substring(0, 8);
			citizens[index] = accounts.create(name, "王小明", AccountKind.CITIZEN, null, "Qinchuan@2026", false).id();
			accounts.grant(name, IdentityRoles.CITIZEN);
			return name;
		}

		private String role(UUID unit, org.zhengtong.identity.Role role) {
			return TestStaff.withRole(accounts, unit, "walk", "走查", role);
		}

		private Letter routed(String title, UUID unit) {
			return routed.routed(routed.submitted(Door.COMPLAINT, title, "王小红", null, clock.instant()), unit, 15,
					clock.instant());
		}

		private Letter letter(Door door, String title, java.util.function.Consumer<Letter> change) {
			return new TestLetters(transactions, letters, cases, codes, clock).write(door, title, "请处理：" + title, true,
					change);
		}

		/** A citizen's letter, written while signed in (no 查询码). */
		private Letter own(int citizen, String title) {
			return transactions.execute((status) -> {
				UUID id = UUID.randomUUID();
				Letter letter = new Letter(id, "W" + id.toString().substring(0, 8), Door.CONSULTATION, title,
						"请处理：" + title, new Letter.Writer(citizens[citizen], "王小明", "13900000000", null, null, null),
						false, clock.instant());
				Letter stored = letters.save(letter);
				cases.start(stored, AccountManagement.SYSTEM);
				return stored;
			});
		}

		/** Answered by unit A with the writer's consent, and on the reply board. */
		private UUID answered(String title) {
			Letter routedLetter = routed(title, unitA);
			Letter letter = transactions.execute((status) -> {
				Letter found = letters.findById(routedLetter.id()).orElseThrow();
				found.take(name(Who.HANDLER_A));
				found.draft("您好，已办理。");
				found.submitReply();
				found.send(name(Who.LEADER_A), clock.instant());
				return letters.save(found);
			});
			board.publish(new ReplySent(letter.id(), letter.number(), letter.replyUnitId(), letter.repliedAt(), true));
			return letter.id();
		}

		private String request(UUID unit, String description) {
			return disclosure
				.receive(new ReceiveDisclosure(unit, DisclosureRequest.Channel.ONLINE, Applicant.PERSON, "王小明", null,
						null, null, "13900000000", null, null, description, DisclosureRequest.Medium.ELECTRONIC,
						DisclosureRequest.Delivery.ONLINE, null, LocalDate.now(clock), "system"))
				.request()
				.id()
				.toString();
		}

		private String rectification(UUID unit, String title) {
			RatedSubject subject = new RatedSubject("walk.test", UUID.randomUUID().toString());
			ratings.invite(new InviteRating(subject, unit,
					new RatedService("interaction.letter.COMPLAINT", "投诉", "Complaints"), title, null));
			return ratings
				.rate(new GiveRating(subject, RatingLevel.VERY_DISSATISFIED, "没有解决。", AccountManagement.SYSTEM))
				.rectification()
				.toString();
		}

	}

}
