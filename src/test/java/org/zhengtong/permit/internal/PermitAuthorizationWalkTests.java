package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhengtong.casework.Numbers;
import org.zhengtong.files.FileLink;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.CounterpartKind;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.IssueLicence;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.Licences;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PublicationKind;
import org.zhengtong.permit.PublishDecision;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.CertificateSignIn;
import org.zhengtong.testing.AuthorizationWalk;
import org.zhengtong.testing.AuthorizationWalk.Row;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.TestStaff;

/**
 * Every route of the permit module, walked by real accounts of two departments (A, B),
 * two applicants, a member of staff without a permit role, the 电子监察员 and the 三员, on real
 * data made through the module's services: an application of applicant 1 to A's item
 * under 补正, one of applicant 2 to B's item waiting for 受理 (both with materials), the
 * items and guides of A and B, a licence and a 双公示 record of each. The table below,
 * written here and not read from the code, says for each route who passes its role check
 * and which objects each reaches; a route of the module without a row, or a row without a
 * route, fails. Expected: outside one's role 403 (the login page for anonymous visitors),
 * outside one's data 404, inside neither. POSTs carry CSRF and a form, so the data check
 * is what answers; those let in act on fresh copies, and the shared objects are unchanged
 * at the end.
 *
 * <p>
 * To add a route (parts A–E of round 2), add one line to {@link #ROUTES}'s static block:
 * {@code add("POST /workbench/permit/review/{number}/submit", STAFF, CASES, CLERKS_OWN,
 * (who, id) -> "opinion=同意");} — with a new {@link Thing} only when the route takes an
 * object of a kind not yet here.
 */
@IntegrationTest
class PermitAuthorizationWalkTests {

	/** Who visits: real accounts with their posts (A, B: the two departments). */
	enum Who {

		ANONYMOUS, CITIZEN_1, CITIZEN_2, STAFF, CLERK_A, REVIEWER_A, LEADER_A, MANAGER_A, SEAL_A, CLERK_B, LEADER_B,
		MANAGER_B, MONITOR, SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN

	}

	/**
	 * The objects a route's {@code {id}}, {@code {number}} or {@code {code}} is filled
	 * with.
	 */
	enum Thing {

		/** Applicant 1's case at department A, under 补正 (a notice to answer). */
		CASE_1A,
		/** Applicant 2's case at department B, waiting for 受理 (no notice). */
		CASE_2B,
		/** A's and B's published items ({code} or the item's {id}). */
		ITEM_A, ITEM_B,
		/** The guide in force of A's and B's item. */
		GUIDE_A, GUIDE_B,
		/** A licence issued by A and one by B. */
		LICENCE_A, LICENCE_B,
		/** A 双公示 record of A and one of B. */
		PUBLICATION_A, PUBLICATION_B,
		/** No object: a route without one. */
		NONE,
		/** An id no object has: only the role decides. */
		UNKNOWN

	}

	static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

	static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

	static final Set<Who> CITIZENS = EnumSet.of(Who.CITIZEN_1, Who.CITIZEN_2);

	static final Set<Who> STAFF = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS, Who.CITIZEN_1, Who.CITIZEN_2));

	static final Set<Who> CLERKS = EnumSet.of(Who.CLERK_A, Who.CLERK_B);

	static final Set<Who> LEADERS = EnumSet.of(Who.LEADER_A, Who.LEADER_B);

	static final Set<Who> MANAGERS = EnumSet.of(Who.MANAGER_A, Who.MANAGER_B);

	static final Set<Who> CATALOGUE_READERS = EnumSet.of(Who.MANAGER_A, Who.MANAGER_B, Who.LEADER_A, Who.LEADER_B);

	/** Who reads the department's licences: its 决定, 审查, 受理 and seal keepers. */
	static final Set<Who> LICENCE_READERS = EnumSet.of(Who.CLERK_A, Who.REVIEWER_A, Who.LEADER_A, Who.SEAL_A,
			Who.CLERK_B, Who.LEADER_B);

	static final Set<Thing> CASES = EnumSet.of(Thing.CASE_1A, Thing.CASE_2B);

	static final Set<Thing> ITEMS = EnumSet.of(Thing.ITEM_A, Thing.ITEM_B);

	static final Set<Thing> GUIDES = EnumSet.of(Thing.GUIDE_A, Thing.GUIDE_B);

	static final Set<Thing> LICENCES = EnumSet.of(Thing.LICENCE_A, Thing.LICENCE_B);

	static final Set<Thing> PUBLICATIONS = EnumSet.of(Thing.PUBLICATION_A, Thing.PUBLICATION_B);

	/** Each applicant their own case. */
	static final Map<Who, Set<Thing>> OWN_CASES = reach(Who.CITIZEN_1, EnumSet.of(Thing.CASE_1A), Who.CITIZEN_2,
			EnumSet.of(Thing.CASE_2B));

	/** The department's 窗口受理员, its cases only. */
	static final Map<Who, Set<Thing>> CLERKS_OWN = reach(Who.CLERK_A, EnumSet.of(Thing.CASE_1A), Who.CLERK_B,
			EnumSet.of(Thing.CASE_2B));

	static final Map<Who, Set<Thing>> WINDOW_ITEMS = reach(Who.CLERK_A, EnumSet.of(Thing.ITEM_A), Who.CLERK_B,
			EnumSet.of(Thing.ITEM_B));

	static final Map<Who, Set<Thing>> DRAFTERS_ITEMS = reach(Who.MANAGER_A, EnumSet.of(Thing.ITEM_A), Who.MANAGER_B,
			EnumSet.of(Thing.ITEM_B));

	static final Map<Who, Set<Thing>> READERS_GUIDES = reach(Who.MANAGER_A, EnumSet.of(Thing.GUIDE_A), Who.LEADER_A,
			EnumSet.of(Thing.GUIDE_A), Who.MANAGER_B, EnumSet.of(Thing.GUIDE_B), Who.LEADER_B,
			EnumSet.of(Thing.GUIDE_B));

	static final Map<Who, Set<Thing>> DRAFTERS_GUIDES = reach(Who.MANAGER_A, EnumSet.of(Thing.GUIDE_A), Who.MANAGER_B,
			EnumSet.of(Thing.GUIDE_B));

	static final Map<Who, Set<Thing>> LEADERS_GUIDES = reach(Who.LEADER_A, EnumSet.of(Thing.GUIDE_A), Who.LEADER_B,
			EnumSet.of(Thing.GUIDE_B));

	static final Map<Who, Set<Thing>> LICENCES_OWN = reach(Who.CLERK_A, EnumSet.of(Thing.LICENCE_A), Who.REVIEWER_A,
			EnumSet.of(Thing.LICENCE_A), Who.LEADER_A, EnumSet.of(Thing.LICENCE_A), Who.SEAL_A,
			EnumSet.of(Thing.LICENCE_A), Who.CLERK_B, EnumSet.of(Thing.LICENCE_B), Who.LEADER_B,
			EnumSet.of(Thing.LICENCE_B));

	/**
	 * 撤销/注销: the department's 审批负责人 (others of the department are told it is not found).
	 */
	static final Map<Who, Set<Thing>> LICENCES_ENDED = reach(Who.LEADER_A, EnumSet.of(Thing.LICENCE_A), Who.LEADER_B,
			EnumSet.of(Thing.LICENCE_B));

	static final Set<Who> REVIEWERS = EnumSet.of(Who.REVIEWER_A);

	static final Set<Who> SUPERVISORS = EnumSet.of(Who.LEADER_A, Who.LEADER_B, Who.MONITOR);

	static final Map<Who, Set<Thing>> REVIEWERS_OWN = reach(Who.REVIEWER_A, EnumSet.of(Thing.CASE_1A));

	static final Map<Who, Set<Thing>> LEADERS_OWN = reach(Who.LEADER_A, EnumSet.of(Thing.CASE_1A), Who.LEADER_B,
			EnumSet.of(Thing.CASE_2B));

	/** 中止: the department's reviewers and leaders. */
	static final Map<Who, Set<Thing>> DECIDERS_OWN = reach(Who.REVIEWER_A, EnumSet.of(Thing.CASE_1A), Who.LEADER_A,
			EnumSet.of(Thing.CASE_1A), Who.LEADER_B, EnumSet.of(Thing.CASE_2B));

	/** Whoever handles the department's cases (受理, 审查, 决定), and the 电子监察员 over all. */
	static final Map<Who, Set<Thing>> READERS_OWN = reach(Who.CLERK_A, EnumSet.of(Thing.CASE_1A), Who.REVIEWER_A,
			EnumSet.of(Thing.CASE_1A), Who.LEADER_A, EnumSet.of(Thing.CASE_1A), Who.CLERK_B, EnumSet.of(Thing.CASE_2B),
			Who.LEADER_B, EnumSet.of(Thing.CASE_2B), Who.MONITOR, CASES);

	static final Map<Who, Set<Thing>> SEALS_OWN = reach(Who.SEAL_A, EnumSet.of(Thing.CASE_1A));

	static final Map<Who, Set<Thing>> SUPERVISORS_OWN = reach(Who.LEADER_A, EnumSet.of(Thing.CASE_1A), Who.LEADER_B,
			EnumSet.of(Thing.CASE_2B), Who.MONITOR, CASES);

	static final Map<Who, Set<Thing>> PUBLICATIONS_OWN = reach(Who.LEADER_A, EnumSet.of(Thing.PUBLICATION_A),
			Who.LEADER_B, EnumSet.of(Thing.PUBLICATION_B));

	/** The form a visitor sends: from who sends it and the object's id. */
	interface Form extends BiFunction<Who, String, String> {

	}

	static final Form EMPTY = (who, id) -> "";

	/** A one-time submit token, well formed, so the form's checks are what answer. */
	static final Form TOKEN = (who, id) -> "submitToken=" + ApplicationCodes.newToken();

	// Filled by the walk before it sends anything (the forms read them).
	static String caseOf1A = "";

	static String caseOf2B = "";

	/** {@code METHOD pattern} → its row. */
	static final Map<String, Row<Who, Thing>> ROUTES = new LinkedHashMap<>();

	static {
		// 办事服务 on the portal: everyone (the applicant's own data is checked below).
		for (String route : List.of("GET /services", "GET /services/items/{code}",
				"GET /services/applications/submitted", "GET /services/cases/follow", "POST /services/cases/follow",
				"GET /services/licences/verify", "POST /services/licences/verify", "GET /services/decisions",
				"GET /services/decisions/{id}", "GET /services/decisions/export.xlsx",
				"GET /services/decisions/export.csv")) {
			Thing thing = route.contains("{code}") ? Thing.ITEM_A
					: route.contains("{id}") ? Thing.PUBLICATION_A : Thing.NONE;
			both(route, EVERYONE, EnumSet.of(thing), reach(), EMPTY);
		}
		// 在线申报: applicants (public accounts); staff are told to apply with a public
		// account.
		both("GET /services/items/{code}/apply", CITIZENS, ITEMS, reach(CITIZENS, ITEMS), EMPTY);
		both("POST /services/items/{code}/apply", CITIZENS, ITEMS, reach(CITIZENS, ITEMS), TOKEN);
		// 我的办件 and the applicant's case: every signed-in account, its own cases only.
		both("GET /services/my-cases", SIGNED_IN, none(), reach(SIGNED_IN, none()), EMPTY);
		both("GET /services/cases/{number}", SIGNED_IN, CASES, OWN_CASES, EMPTY);
		// 补正: the page exists only for a case with a notice; the upload answers its
		// owner.
		both("GET /services/cases/{number}/correction", SIGNED_IN, CASES,
				reach(Who.CITIZEN_1, EnumSet.of(Thing.CASE_1A)), EMPTY);
		both("POST /services/cases/{number}/correction", SIGNED_IN, CASES, OWN_CASES, (who, id) -> "item=0");
		// 受理: any member of staff may ask; the department's 窗口受理员 is answered.
		add("GET /workbench/permit/acceptance", STAFF, none(), reach(CLERKS, none()), EMPTY);
		// the core case's link leads whoever reads the case to the page for its state
		add("GET /workbench/permit/cases/{id}", STAFF, CASES, READERS_OWN, EMPTY);
		add("GET /workbench/permit/acceptance/{number}", STAFF, CASES, CLERKS_OWN, EMPTY);
		add("POST /workbench/permit/acceptance/{number}/accept", STAFF, CASES, CLERKS_OWN, EMPTY);
		add("POST /workbench/permit/acceptance/{number}/reject", STAFF, CASES, CLERKS_OWN,
				(who, id) -> "reason=走查不予受理");
		add("POST /workbench/permit/acceptance/{number}/correction", STAFF, CASES, CLERKS_OWN, EMPTY);
		// 批量受理 of the other department's case: the page answers, the case stays.
		add("POST /workbench/permit/acceptance/bulk-accept", STAFF, none(), reach(CLERKS, none()),
				(who, id) -> "ids=" + (who == Who.CLERK_B ? caseOf1A : caseOf2B));
		// 窗口收件: the 窗口受理员 role; items of the clerk's department.
		add("GET /workbench/permit/window", CLERKS, none(), reach(CLERKS, none()), EMPTY);
		add("GET /workbench/permit/window/registered", CLERKS, none(), reach(CLERKS, none()), EMPTY);
		add("GET /workbench/permit/window/{code}", CLERKS, ITEMS, WINDOW_ITEMS, EMPTY);
		add("POST /workbench/permit/window/{code}", CLERKS, ITEMS, WINDOW_ITEMS, TOKEN);
		// 事项目录: 事项管理员 draft, 审批负责人 review; each their department's.
		add("GET /workbench/permit/items", CATALOGUE_READERS, none(), reach(CATALOGUE_READERS, none()), EMPTY);
		add("GET /workbench/permit/items/new", MANAGERS, none(), reach(MANAGERS, none()), EMPTY);
		add("POST /workbench/permit/items", MANAGERS, none(), reach(MANAGERS, none()), EMPTY);
		add("GET /workbench/permit/guides/{id}", CATALOGUE_READERS, GUIDES, READERS_GUIDES, EMPTY);
		add("GET /workbench/permit/guides/{id}/edit", MANAGERS, GUIDES, DRAFTERS_GUIDES, EMPTY);
		add("POST /workbench/permit/guides/{id}", MANAGERS, GUIDES, DRAFTERS_GUIDES, EMPTY);
		add("POST /workbench/permit/guides/{id}/files", MANAGERS, GUIDES, DRAFTERS_GUIDES, EMPTY);
		add("POST /workbench/permit/guides/{id}/submit", MANAGERS, GUIDES, DRAFTERS_GUIDES, EMPTY);
		add("GET /workbench/permit/guides/{id}/review", LEADERS, GUIDES, LEADERS_GUIDES, EMPTY);
		add("POST /workbench/permit/guides/{id}/publish", LEADERS, GUIDES, LEADERS_GUIDES, EMPTY);
		add("POST /workbench/permit/guides/{id}/return", LEADERS, GUIDES, LEADERS_GUIDES, (who, id) -> "note=走查退回");
		add("POST /workbench/permit/items/{id}/draft", MANAGERS, ITEMS, DRAFTERS_ITEMS, EMPTY);
		add("POST /workbench/permit/items/{id}/withdraw", MANAGERS, ITEMS, DRAFTERS_ITEMS, EMPTY);
		add("POST /workbench/permit/items/{id}/restore", MANAGERS, ITEMS, DRAFTERS_ITEMS, EMPTY);
		// 事项导入: 事项管理员; an import is its starter's only.
		add("GET /workbench/permit/imports", MANAGERS, none(), reach(MANAGERS, none()), EMPTY);
		add("GET /workbench/permit/imports/template.xlsx", MANAGERS, none(), reach(MANAGERS, none()), EMPTY);
		add("POST /workbench/permit/imports", MANAGERS, none(), reach(MANAGERS, none()), EMPTY);
		add("GET /workbench/permit/imports/{job}", MANAGERS, unknown(), reach(), EMPTY);
		// 电子证照: the department's people who handle cases; 撤销/注销 its 审批负责人.
		add("GET /workbench/licences", STAFF, none(), reach(LICENCE_READERS, none()), EMPTY);
		add("GET /workbench/licences/{number}/{kind}", STAFF, LICENCES, LICENCES_OWN, EMPTY);
		add("POST /workbench/licences/{number}/end", STAFF, LICENCES, LICENCES_ENDED,
				(who, id) -> "action=cancel&reason=走查注销");
		// 双公示 desk: the department's 审批负责人.
		add("GET /workbench/permit/publications", STAFF, none(), reach(LEADERS, none()), EMPTY);
		add("GET /workbench/permit/publications/new", STAFF, none(), reach(LEADERS, none()), EMPTY);
		add("POST /workbench/permit/publications", STAFF, none(), reach(LEADERS, none()), EMPTY);
		add("GET /workbench/permit/publications/{id}", STAFF, PUBLICATIONS, PUBLICATIONS_OWN, EMPTY);
		add("POST /workbench/permit/publications/{id}/withdraw", STAFF, PUBLICATIONS, PUBLICATIONS_OWN,
				(who, id) -> "version=0&reason=走查撤回");
		// 审查 and 决定 (round 2, part A): the department's 审批人员 and 审批负责人; the read-only
		// record for whoever handles or supervises the department's cases. A step the
		// case's
		// state does not allow is refused with a message (let in, nothing changed).
		add("GET /workbench/permit/review", STAFF, none(), reach(REVIEWERS, none()), EMPTY);
		add("GET /workbench/permit/decide", STAFF, none(), reach(LEADERS, none()), EMPTY);
		add("GET /workbench/permit/review/{number}", STAFF, CASES, REVIEWERS_OWN, EMPTY);
		add("POST /workbench/permit/review/{number}", STAFF, CASES, REVIEWERS_OWN, (who, id) -> "opinion=走查");
		add("GET /workbench/permit/decide/{number}", STAFF, CASES, LEADERS_OWN, EMPTY);
		add("POST /workbench/permit/decide/{number}/approve", STAFF, CASES, LEADERS_OWN, (who, id) -> "text=走查");
		add("POST /workbench/permit/decide/{number}/refuse", STAFF, CASES, LEADERS_OWN, (who, id) -> "text=走查");
		add("POST /workbench/permit/decide/{number}/return", STAFF, CASES, LEADERS_OWN, (who, id) -> "reason=走查");
		add("GET /workbench/permit/record/{number}", STAFF, CASES, READERS_OWN, EMPTY);
		// 并联 (part C): the joint page exists only for a 并联 case (neither case here is
		// one).
		add("GET /workbench/permit/joint/{number}", STAFF, CASES, reach(), EMPTY);
		// the lead department's list of its 并联 cases: whoever works on the department's
		// cases, and the 电子监察员 over all; 404 for other staff
		add("GET /workbench/permit/joint", STAFF, none(),
				reach(EnumSet.of(Who.CLERK_A, Who.REVIEWER_A, Who.LEADER_A, Who.CLERK_B, Who.LEADER_B, Who.MONITOR),
						none()),
				EMPTY);
		// 延期 (the leader), 中止/恢复 (reviewers and leaders) and 用印 (seal keepers), part B.
		add("POST /workbench/permit/cases/{id}/extend", STAFF, CASES, LEADERS_OWN, (who, id) -> "days=10&reason=走查");
		add("POST /workbench/permit/cases/{id}/suspend", STAFF, CASES, DECIDERS_OWN,
				(who, id) -> "kind=EXPERT_REVIEW&reason=走查&expectedDays=5");
		add("POST /workbench/permit/cases/{id}/resume", STAFF, CASES, DECIDERS_OWN, EMPTY);
		add("GET /workbench/permit/notices", STAFF, none(), reach(EnumSet.of(Who.SEAL_A), none()), EMPTY);
		add("POST /workbench/permit/notices/seal-all", STAFF, none(), reach(EnumSet.of(Who.SEAL_A), none()), EMPTY);
		add("GET /workbench/permit/notices/{id}", STAFF, unknown(), reach(), EMPTY);
		add("POST /workbench/permit/notices/{id}/seal", STAFF, unknown(), reach(), EMPTY);
		add("GET /workbench/permit/notices/{id}/pdf", STAFF, unknown(), reach(), EMPTY);
		both("GET /services/cases/{number}/notices/{id}", EVERYONE, unknown(), reach(), EMPTY);
		// 发证 (part E): the department's seal keepers; the applicant's licence and rating.
		add("GET /workbench/permit/issue", STAFF, none(), reach(EnumSet.of(Who.SEAL_A), none()), EMPTY);
		add("GET /workbench/permit/issue/{number}", STAFF, CASES, SEALS_OWN, EMPTY);
		add("POST /workbench/permit/issue/{number}", STAFF, CASES, SEALS_OWN, EMPTY);
		both("GET /services/cases/{number}/licence/{kind}", EVERYONE, unknown(), reach(), EMPTY);
		both("POST /services/cases/rating", EVERYONE, CASES, reach(), (who, id) -> "number=" + id + "&level=5");
		// 电子监察 (part D): by role (403 otherwise), the 电子监察员 over every department, a
		// leader over their own.
		add("GET /workbench/permit/supervision", SUPERVISORS, none(), reach(SUPERVISORS, none()), EMPTY);
		add("GET /workbench/permit/supervision/cases/{number}", SUPERVISORS, CASES, SUPERVISORS_OWN, EMPTY);
		add("GET /workbench/permit/supervision/statistics", SUPERVISORS, none(), reach(SUPERVISORS, none()), EMPTY);
		add("GET /workbench/permit/supervision/statistics/export.xlsx", SUPERVISORS, none(), reach(SUPERVISORS, none()),
				EMPTY);
	}

	/** A portal route and its English twin under {@code /en}. */
	private static void both(String route, Set<Who> allowed, Set<Thing> things, Map<Who, Set<Thing>> reach, Form form) {
		add(route, allowed, things, reach, form);
		add(route.replace(" /", " /en/"), allowed, things, reach, form);
	}

	/**
	 * The walk over {@link #ROUTES} (the harness shared with the other modules' walks).
	 */
	static final AuthorizationWalk<Who, Thing> WALK = new AuthorizationWalk<>(ROUTES, Who.class, Who.ANONYMOUS,
			EnumSet.of(Who.ANONYMOUS, Who.CITIZEN_1, Who.STAFF), Thing.NONE, Thing.UNKNOWN);

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

	/** Everyone in {@code who} reaches {@code things}. */
	private static Map<Who, Set<Thing>> reach(Set<Who> who, Set<Thing> things) {
		Map<Who, Set<Thing>> map = new EnumMap<>(Who.class);
		who.forEach((one) -> map.put(one, things));
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
	PublicAccounts publicAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	PermitItems items;

	@Autowired
	Guides guides;

	@Autowired
	PermitCases cases;

	@Autowired
	Numbers numbers;

	@Autowired
	ApplicationService applications;

	@Autowired
	AcceptanceDesk desk;

	@Autowired
	Licences licences;

	@Autowired
	PublicationService publications;

	@Autowired
	CertificateRequests certificates;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		CertificateSignIn.signOut();
	}

	@Test
	void every_permit_route_is_in_the_table_and_every_row_is_a_route() {
		WALK.assertTableMatches(registeredRoutes(), "permit");
	}

	@Test
	void each_person_reaches_exactly_the_cases_items_licences_and_records_of_their_part() throws Exception {
		World world = new World();
		Map<Thing, String> shared = new EnumMap<>(Thing.class);
		for (Thing thing : Thing.values()) {
			shared.put(thing, world.make(thing));
		}
		caseOf1A = shared.get(Thing.CASE_1A);
		caseOf2B = shared.get(Thing.CASE_2B);
		Map<Thing, Map<String, Object>> before = snapshot(shared);

		// What the lists show: each sees only their own.
		String a = world.caseNumber(shared.get(Thing.CASE_1A));
		String b = world.caseNumber(shared.get(Thing.CASE_2B));
		assertThat(page("/workbench/permit/acceptance", world.name(Who.CLERK_B))).contains(b).doesNotContain(a);
		assertThat(page("/services/my-cases", world.name(Who.CITIZEN_1))).contains(a).doesNotContain(b);
		assertThat(page("/services/my-cases", world.name(Who.CITIZEN_2))).contains(b).doesNotContain(a);
		assertThat(page("/services/my-cases", world.name(Who.SYSTEM_ADMIN))).doesNotContain(a, b);
		assertThat(page("/workbench/licences", world.name(Who.CLERK_A))).contains(shared.get(Thing.LICENCE_A))
			.doesNotContain(shared.get(Thing.LICENCE_B));
		assertThat(page("/workbench/permit/items", world.name(Who.MANAGER_B))).contains(world.code(Thing.ITEM_B))
			.doesNotContain(world.code(Thing.ITEM_A));

		// every route, every visitor (AuthorizationWalk): refused outside the role,
		// hidden
		// outside their data, let in otherwise
		WALK.walk(mvc, registeredRoutes(), world, shared).assertAllRight();
		assertThat(snapshot(shared)).as("the shared objects after every refused request").isEqualTo(before);

		// A case's materials (files' download route): the applicant, the department's
		// 受理 and the 电子监察员; nobody else.
		String material = FileLink
			.downloadPath(applications.materialsOf(Long.parseLong(shared.get(Thing.CASE_1A))).get(0).fileLink());
		Map<Who, Integer> downloads = new EnumMap<>(Who.class);
		for (Who who : EnumSet.of(Who.CITIZEN_1, Who.CITIZEN_2, Who.CLERK_A, Who.CLERK_B, Who.MONITOR, Who.MANAGER_A,
				Who.SYSTEM_ADMIN, Who.AUDIT_ADMIN)) {
			downloads.put(who, mvc.get().uri(material).with(world.session(who)).exchange().getResponse().getStatus());
		}
		assertThat(downloads).as("downloads of applicant 1's material")
			.containsEntry(Who.CITIZEN_1, 200)
			.containsEntry(Who.CLERK_A, 200)
			.containsEntry(Who.MONITOR, 200)
			.containsEntry(Who.CITIZEN_2, 404)
			.containsEntry(Who.CLERK_B, 404)
			.containsEntry(Who.MANAGER_A, 404)
			.containsEntry(Who.SYSTEM_ADMIN, 404)
			.containsEntry(Who.AUDIT_ADMIN, 404);
		// Another applicant's draft is not offered to continue.
		long draft = world.draft(Who.CITIZEN_1);
		assertThat(mvc.get()
			.uri("/services/items/" + world.code(Thing.ITEM_A) + "/apply?draft=" + draft)
			.with(world.session(Who.CITIZEN_2))
			.exchange()).hasStatus(404);
		assertThat(mvc.get()
			.uri("/services/items/" + world.code(Thing.ITEM_A) + "/apply?draft=" + draft)
			.with(world.session(Who.CITIZEN_1))
			.exchange()).hasStatus(200);
	}

	private String page(String uri, String username) {
		MvcTestResult result = mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
		assertThat(result.getResponse().getStatus()).as(uri + " as " + username).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The rows of the shared objects, to show that nothing refused changed them. */
	private Map<Thing, Map<String, Object>> snapshot(Map<Thing, String> shared) {
		Map<Thing, Map<String, Object>> rows = new EnumMap<>(Thing.class);
		for (Thing thing : CASES) {
			long id = Long.parseLong(shared.get(thing));
			Map<String, Object> row = new LinkedHashMap<>(row("permit_case", "id", id));
			row.put("materials",
					jdbc.sql("SELECT count(*) FROM permit_case_material WHERE case_id = ?")
						.param(id)
						.query(Long.class)
						.single());
			rows.put(thing, row);
		}
		for (Thing thing : ITEMS) {
			rows.put(thing, row("permit_item", "code", shared.get(thing)));
		}
		for (Thing thing : GUIDES) {
			rows.put(thing, row("permit_guide", "id", Long.parseLong(shared.get(thing))));
		}
		for (Thing thing : LICENCES) {
			rows.put(thing, row("permit_licence", "number", shared.get(thing)));
		}
		for (Thing thing : PUBLICATIONS) {
			rows.put(thing, row("permit_publication", "id", Long.parseLong(shared.get(thing))));
		}
		return rows;
	}

	private Map<String, Object> row(String table, String column, Object id) {
		return jdbc.sql("SELECT * FROM " + table + " WHERE " + column + " = ?").param(id).query().singleRow();
	}

	/** {@code METHOD pattern} of every handler mapping of the permit module. */
	private Set<String> registeredRoutes() {
		return AuthorizationWalk.registeredRoutes(mappings, "org.zhengtong.permit");
	}

	/** The people, departments and objects of one walk. */
	class World implements AuthorizationWalk.World<Who, Thing> {

		final UUID departmentA = TestStaff.unit(units, "市场监管局", "Market Regulation");

		final UUID departmentB = TestStaff.unit(units, "卫健委", "Health Commission");

		final ApplicationFixtures fixtures = new ApplicationFixtures(items, guides, units, publicAccounts, numbers,
				transactions);

		final Map<Who, String> names = new EnumMap<>(Who.class);

		final String sealB;

		final Map<String, String> sealSerials = new java.util.HashMap<>();

		World() {
			names.put(Who.CITIZEN_1, fixtures.citizen());
			names.put(Who.CITIZEN_2, fixtures.citizen());
			names.put(Who.STAFF, TestStaff.staff(accounts, departmentA, "walk", "科员", "Qinchuan@2026"));
			names.put(Who.CLERK_A, role(departmentA, PermitRoles.PERMIT_CLERK));
			names.put(Who.REVIEWER_A, role(departmentA, PermitRoles.PERMIT_REVIEWER));
			names.put(Who.LEADER_A, role(departmentA, PermitRoles.PERMIT_LEADER));
			names.put(Who.MANAGER_A, role(departmentA, PermitRoles.ITEM_MANAGER));
			names.put(Who.SEAL_A, role(departmentA, PkiRoles.SEAL_KEEPER));
			names.put(Who.CLERK_B, role(departmentB, PermitRoles.PERMIT_CLERK));
			names.put(Who.LEADER_B, role(departmentB, PermitRoles.PERMIT_LEADER));
			names.put(Who.MANAGER_B, role(departmentB, PermitRoles.ITEM_MANAGER));
			names.put(Who.MONITOR, role(departmentA, PermitRoles.PERMIT_MONITOR));
			names.put(Who.SYSTEM_ADMIN, role(departmentA, IdentityRoles.SYSTEM_ADMIN));
			names.put(Who.SECURITY_ADMIN, role(departmentA, IdentityRoles.SECURITY_ADMIN));
			names.put(Who.AUDIT_ADMIN, role(departmentA, IdentityRoles.AUDIT_ADMIN));
			sealB = role(departmentB, PkiRoles.SEAL_KEEPER);
		}

		/** The shared item of each department (made once, copied for those let in). */
		final Map<Thing, String> codes = new EnumMap<>(Thing.class);

		String name(Who who) {
			return names.get(who);
		}

		@Override
		public String uri(String path, Thing thing, String id) {
			return fill(path, thing, id);
		}

		@Override
		public RequestPostProcessor session(Who who) {
			return who == Who.ANONYMOUS ? (request) -> request : user(users.loadUserByUsername(name(who)));
		}

		String code(Thing item) {
			return codes.computeIfAbsent(item,
					(thing) -> fixtures.item(thing == Thing.ITEM_A ? departmentA : departmentB, Audience.BOTH, true));
		}

		String caseNumber(String caseId) {
			return java.util.Objects.requireNonNull(cases.findById(Long.parseLong(caseId)).orElseThrow().number());
		}

		/**
		 * The path with the object's key in place of each variable: a case's id or 办件编号,
		 * an item's code or id, a licence's number (its PDF).
		 */
		String fill(String path, Thing thing, String value) {
			String number = value;
			String id = value;
			if (CASES.contains(thing)) {
				number = caseNumber(value);
			}
			if (ITEMS.contains(thing)) {
				id = String.valueOf(items.findByCode(value).orElseThrow().id());
			}
			return path.replace("{id}", id)
				.replace("{number}", number)
				.replace("{code}", value)
				.replace("{job}", value)
				.replace("{kind}", "pdf");
		}

		/**
		 * A new object of this kind (the shared one, or a fresh copy for a request let
		 * in): its case id, item code, guide id, licence number or record id.
		 */
		@Override
		public @Nullable String make(Thing thing) {
			return switch (thing) {
				case CASE_1A -> {
					long id = submitted(Who.CITIZEN_1, code(Thing.ITEM_A));
					desk.noticeCorrection(id, List.of(new AcceptanceDesk.NoticeLine(1, null, "请补充场所平面图")),
							name(Who.CLERK_A));
					yield String.valueOf(id);
				}
				case CASE_2B -> String.valueOf(submitted(Who.CITIZEN_2, code(Thing.ITEM_B)));
				case ITEM_A -> codes.containsKey(Thing.ITEM_A) ? fixtures.item(departmentA, Audience.BOTH, true)
						: code(Thing.ITEM_A);
				case ITEM_B -> codes.containsKey(Thing.ITEM_B) ? fixtures.item(departmentB, Audience.BOTH, true)
						: code(Thing.ITEM_B);
				case GUIDE_A -> guideOf(codes.containsKey(Thing.GUIDE_A)
						? fixtures.item(departmentA, Audience.BOTH, true) : code(Thing.ITEM_A), Thing.GUIDE_A);
				case GUIDE_B -> guideOf(codes.containsKey(Thing.GUIDE_B)
						? fixtures.item(departmentB, Audience.BOTH, true) : code(Thing.ITEM_B), Thing.GUIDE_B);
				case LICENCE_A -> licence(departmentA, name(Who.SEAL_A));
				case LICENCE_B -> licence(departmentB, sealB);
				case PUBLICATION_A -> publication(departmentA, name(Who.LEADER_A));
				case PUBLICATION_B -> publication(departmentB, name(Who.LEADER_B));
				case NONE -> null;
				case UNKNOWN -> UUID.randomUUID().toString();
			};
		}

		/** A saved draft of the applicant for A's item. */
		long draft(Who applicant) {
			return applications
				.save(code(Thing.ITEM_A), null, name(applicant), answers(),
						new ApplicationService.Contact("孙一", "13700000000", null),
						List.of(ApplicationFixtures.png(0), ApplicationFixtures.png(2)))
				.draft()
				.id();
		}

		private long submitted(Who applicant, String code) {
			long id = applications
				.save(code, null, name(applicant), answers(), new ApplicationService.Contact("孙一", "13700000000", null),
						List.of(ApplicationFixtures.png(0), ApplicationFixtures.png(2)))
				.draft()
				.id();
			return applications.submit(id, name(applicant), ApplicationCodes.newToken()).caseId();
		}

		private String guideOf(String code, Thing thing) {
			codes.putIfAbsent(thing, code);
			long item = items.findByCode(code).orElseThrow().id();
			return String.valueOf(guides.findByItemIdAndState(item, GuideState.PUBLISHED).orElseThrow().id());
		}

		private String licence(UUID department, String keeper) {
			String serial = sealSerials.computeIfAbsent(keeper, (one) -> certificateOf(one, department));
			CertificateSignIn.signedIn(keeper, serial);
			try {
				String first17 = "61010319900307001";
				return licences
					.issue(new IssueLicence(LicenceType.PUBLIC_HEALTH, "XK2026" + (System.nanoTime() % 1000000), "赵晓明",
							ApplicantKind.CITIZEN, first17 + ResidentIdNumber.checkCharacter(first17),
							Map.of("premises", "秦川市长安路5号", "scope", "美容美发", "legalRepresentative", "赵晓明"), department,
							null), keeper)
					.number();
			}
			finally {
				CertificateSignIn.signOut();
			}
		}

		private String certificateOf(String username, UUID department) {
			String operator = TestStaff.withRole(accounts, department, "ra", "审核员", PkiRoles.RA_OPERATOR);
			try {
				var request = certificates.submit(username,
						Pkcs.csr(Pkcs.p256(), "CN=" + username).getBytes(StandardCharsets.US_ASCII));
				return certificates.approve(request.id(), operator).orElseThrow().serial();
			}
			catch (Exception failed) {
				throw new IllegalStateException(failed);
			}
		}

		private String publication(UUID department, String leader) {
			LocalDate decided = LocalDate.now(clock).minusDays(1);
			return String.valueOf(publications.publish(new PublishDecision(PublicationKind.PERMIT,
					CounterpartKind.LEGAL_PERSON, "秦川市走查餐饮有限公司", ApplicationFixtures.creditCode(), "李四", null,
					"食品经营许可决定书", "秦市监许〔2026〕" + UUID.randomUUID().toString().substring(0, 5) + "号", "普通", "食品经营许可证",
					"JY16101000001", null, null, "《中华人民共和国食品安全法》第三十五条", "准予食品经营许可", (BigDecimal) null, null, null,
					decided, decided, decided.plusYears(5), null, department, null, null, null), leader));
		}

		private String role(UUID unit, org.zhengtong.identity.Role role) {
			return TestStaff.withRole(accounts, unit, "walk", "走查", role);
		}

	}

	static Map<String, String> answers() {
		Map<String, String> inputs = new java.util.HashMap<>();
		inputs.put("shop_name", "老孙家泡馍");
		inputs.put("area", "120");
		inputs.put("opening", "2026-12-20");
		inputs.put("kind", "餐饮服务");
		return inputs;
	}

}
