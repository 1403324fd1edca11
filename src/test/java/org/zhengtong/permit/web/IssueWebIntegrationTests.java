package org.zhengtong.permit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.zhengtong.testing.CertificateSignIn.signOut;
import static org.zhengtong.testing.CertificateSignIn.signedIn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Random;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.interaction.RatingLevel;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.interaction.RatedSubject;
import org.zhengtong.interaction.RatingView;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LicenceView;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.IssueDesk;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.permit.internal.PermitCases;
import org.zhengtong.permit.internal.TestDecidedCases;
import org.zhengtong.permit.internal.TestPermitCases;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.testing.IntegrationTest;

/**
 * 发证 and the applicant's results as people see them: the seal keeper's 待发证 list and 发证
 * page (prefilled), a password session's issue refused with the reason and nothing
 * changed, a certificate session's issue closing the case; another department's keeper
 * and a reviewer get 404. The applicant (account, or a 查询码 session) sees the licence on
 * the case page and downloads it; another applicant gets 404; the service is rated once,
 * and a 差评 opens interaction's rectification.
 */
@IntegrationTest
class IssueWebIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IssueDesk desk;

	@Autowired
	PermitCases cases;

	@Autowired
	RatingManagement ratings;

	@Autowired
	CertificateRequests certificates;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	TestPermitCases received;

	TestDecidedCases fixture;

	TestDecidedCases.Department people;

	UUID department;

	String keeper;

	Guide guide;

	@BeforeEach
	void setUp() {
		fixture = TestDecidedCases.in(context);
		received = fixture.received();
		people = fixture.department();
		department = people.id();
		keeper = people.keeper();
		guide = fixture.licenceGuide(department);
	}

	@AfterEach
	void tearDown() {
		signOut();
	}

	@Test
	void theKeeperSeesTheCaseToIssueAPasswordSessionIsRefusedAndACertificateSessionIssuesAndClosesIt()
			throws Exception {
		PermitCase decided = fixture.decided(guide, received.citizen(), TestDecidedCases.enterprise(), people);
		assertThat(page("/workbench/permit/issue", keeper)).contains(decided.number());
		String form = page("/workbench/permit/issue/" + decided.number(), keeper);
		assertThat(form).contains("秦川味道餐饮有限公司").contains("value=\"秦川市长安路1号\"").contains("签发并办结");

		MvcTestResult refused = issue(decided, keeper, null);
		assertThat(refused).hasStatus(302)
			.flash()
			.containsEntry("error", "permit.licence.refused.certificateSessionNeeded");
		assertThat(cases.findById(decided.id()).orElseThrow().state()).isEqualTo(PermitCaseState.DECIDED);

		MvcTestResult issued = issue(decided, keeper, certificateOf(keeper));
		assertThat(issued).hasStatus(302).flash().containsEntry("success", "permit.issue.done");
		PermitCase closed = cases.findById(decided.id()).orElseThrow();
		assertThat(closed.state()).isEqualTo(PermitCaseState.CLOSED);
		assertThat(page("/workbench/permit/issue/" + decided.number(), keeper)).contains(closed.licenceNumber())
			.doesNotContain("签发并办结");

		String otherKeeper = fixture.department().keeper();
		String reviewer = people.reviewer();
		PermitCase another = fixture.decided(guide, received.citizen(), TestDecidedCases.enterprise(), people);
		assertThat(mvc.get().uri("/workbench/permit/issue/{n}", another.number()).with(staff(otherKeeper)).exchange())
			.hasStatus(404);
		assertThat(issue(another, otherKeeper, null)).hasStatus(404);
		assertThat(mvc.get().uri("/workbench/permit/issue").with(staff(reviewer)).exchange()).hasStatus(404);
		assertThat(cases.findById(another.id()).orElseThrow().state()).isEqualTo(PermitCaseState.DECIDED);
	}

	@Test
	void theApplicantDownloadsTheLicenceAnotherApplicantGetsNotFoundAndTheServiceIsRatedOnce() throws Exception {
		String applicant = received.citizen();
		PermitCase closed = issued(fixture.decided(guide, applicant, TestDecidedCases.enterprise(), people));
		String path = "/services/cases/" + closed.number();

		String html = page(path, applicant);
		assertThat(html).contains(closed.licenceNumber())
			.contains(path + "/licence/pdf")
			.contains(path + "/licence/p7s")
			.contains("verify?number=" + closed.licenceNumber())
			.contains("提交评价");
		byte[] pdf = mvc.get()
			.uri(path + "/licence/pdf")
			.with(staff(applicant))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(mvc.get().uri(path + "/licence/p7s").with(staff(applicant)).exchange()).hasStatus(200);

		String stranger = received.citizen();
		assertThat(mvc.get().uri(path).with(staff(stranger)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(path + "/licence/pdf").with(staff(stranger)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(path + "/licence/pdf").exchange()).hasStatus(404);
		assertThat(rate(closed, "VERY_SATISFIED", staff(stranger), null)).hasStatus(404);

		assertThat(rate(closed, "SATISFIED", staff(applicant), null)).hasStatus(302)
			.flash()
			.containsEntry("success", "permit.rating.done");
		assertThat(rate(closed, "VERY_DISSATISFIED", staff(applicant), null)).hasStatus(302)
			.flash()
			.containsEntry("error", "permit.rating.refused.ratedBefore");
		RatingView rating = ratings.rating(subject(closed)).orElseThrow();
		assertThat(rating.level()).isEqualTo(RatingLevel.SATISFIED);
		assertThat(rating.unit()).isEqualTo(department);
		assertThat(page(path, applicant)).contains("您已评价：满意").doesNotContain("提交评价");
	}

	@Test
	void aQueryCodeHolderDownloadsAndRatesAndABadRatingOpensARectification() throws Exception {
		PermitCase closed = issued(fixture.decided(guide, null, TestDecidedCases.enterprise(), people));
		String code = fixture.queryCode(closed);
		String path = "/services/cases/" + closed.number();
		assertThat(mvc.get().uri(path + "/licence/pdf").exchange()).as("no session").hasStatus(404);

		MvcTestResult followed = mvc.post()
			.uri("/services/cases/follow")
			.param("number", closed.number())
			.param("code", code)
			.with(csrf())
			.with(address())
			.exchange();
		assertThat(followed).hasStatus(200);
		assertThat(followed.getResponse().getContentAsString()).contains(closed.licenceNumber()).contains("提交评价");
		Cookie session = followed.getResponse().getCookie("SESSION");
		assertThat(session).as("the 查询码 opened a session").isNotNull();
		assertThat(mvc.get().uri(path + "/licence/pdf").cookie(session).exchange()).hasStatus(200);

		assertThat(rate(closed, "VERY_DISSATISFIED", (request) -> request, session)).hasStatus(302)
			.flash()
			.containsEntry("success", "permit.rating.doneBad");
		RatingView rating = ratings.rating(subject(closed)).orElseThrow();
		assertThat(rating.rectification()).as("a 差评 opens its rectification").isNotNull();
		assertThat(ratings.rectification(rating.rectification()).orElseThrow().open()).isTrue();
		assertThat(mvc.get().uri(path).cookie(session).exchange().getResponse().getContentAsString())
			.contains("您已评价：非常不满意");
	}

	private PermitCase issued(PermitCase decided) throws Exception {
		signedIn(keeper, certificateOf(keeper));
		try {
			LicenceView licence = desk.issue(decided.number(), LicenceType.FOOD_BUSINESS, null, IssueFields.FOOD, null,
					keeper);
			assertThat(licence.number()).isNotBlank();
		}
		finally {
			signOut();
		}
		return cases.findById(decided.id()).orElseThrow();
	}

	private X509Certificate x509(String serial) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(
					certificates.pem(serial).orElseThrow().getBytes(StandardCharsets.US_ASCII)));
	}

	private MvcTestResult issue(PermitCase decided, String who, String certificate) throws Exception {
		var request = mvc.post()
			.uri("/workbench/permit/issue/{n}", decided.number())
			.param("type", LicenceType.FOOD_BUSINESS.code())
			.param("fields[premises]", "秦川市长安路1号")
			.param("fields[businessType]", "餐饮服务经营者")
			.param("fields[scope]", "热食类食品制售")
			.param("fields[legalRepresentative]", "李四")
			.with(staff(who))
			.with(csrf());
		if (certificate != null) {
			// as the TLS connector hands it over: the certificate login opens the session
			request = request.requestAttr("jakarta.servlet.request.X509Certificate",
					new X509Certificate[] { x509(certificate) });
		}
		return request.exchange();
	}

	private MvcTestResult rate(PermitCase closed, String level, RequestPostProcessor who, Cookie session) {
		var request = mvc.post()
			.uri("/services/cases/rating")
			.param("number", closed.number())
			.param("level", level)
			.param("comment", "办理顺利")
			.with(who)
			.with(csrf());
		if (session != null) {
			request = request.cookie(session);
		}
		return request.exchange();
	}

	private String page(String path, String who) throws Exception {
		MvcTestResult result = mvc.get().uri(path).with(staff(who)).exchange();
		assertThat(result).hasStatus(200);
		return result.getResponse().getContentAsString();
	}

	private static RatedSubject subject(PermitCase found) {
		return new RatedSubject("permit.case", String.valueOf(found.id()));
	}

	private RequestPostProcessor staff(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static RequestPostProcessor address() {
		return (request) -> {
			request.setRemoteAddr("198.18.7." + (1 + new Random().nextInt(250)));
			return request;
		};
	}

	private String certificateOf(String username) throws Exception {
		return fixture.certificateOf(username, department);
	}

	/** The food licence's fields. */
	static final class IssueFields {

		static final java.util.Map<String, String> FOOD = java.util.Map.of("premises", "秦川市长安路1号", "businessType",
				"餐饮服务经营者", "scope", "热食类食品制售", "legalRepresentative", "李四");

	}

}
