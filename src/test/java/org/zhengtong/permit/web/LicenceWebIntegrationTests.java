package org.zhengtong.permit.web;

import static org.zhengtong.testing.CertificateSignIn.signedIn;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.IssueLicence;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LicenceView;
import org.zhengtong.permit.Licences;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 证照核验 and the department's licence list as people see them: the public page by number
 * (the QR link) says 有效 with a citizen's name masked, never cached; an uploaded copy of
 * the issued PDF is recognised, a tampered one is "不是本平台签发的文件"; the department's 审批负责人
 * revokes with a reason from the list and the public page says 已撤销 at once; another
 * department sees neither the licence nor its files (404).
 */
@IntegrationTest
class LicenceWebIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Licences licences;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	CertificateRequests certificates;

	@Autowired
	UserDetailsService users;

	UUID department;

	String keeper;

	String leader;

	@BeforeEach
	void department() {
		department = TestStaff.unit(units, "卫生健康委员会", "Health Commission");
		keeper = TestStaff.withRole(accounts, department, "yz", "印章管理员", PkiRoles.SEAL_KEEPER);
		leader = TestStaff.withRole(accounts, department, "ld", "审批负责人", PermitRoles.PERMIT_LEADER);
	}

	@AfterEach
	void signOut() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void thePublicPageSaysValidMasksTheCitizenRecognisesTheIssuedFileAndSaysRevokedAtOnceAfterTheLeaderRevokes()
			throws Exception {
		LicenceView licence = issue();
		byte[] pdf = mvc.get()
			.uri("/workbench/licences/{n}/pdf", licence.number())
			.with(staff(keeper))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		MvcTestResult page = verify(licence.number());
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("<strong>有效</strong>").contains("公共场所卫生许可证").contains("赵*明").doesNotContain("赵晓明");
		assertThat(verify(licence.number()).getResponse().getContentAsString()).doesNotContain("已撤销");

		assertThat(upload(licence.number(), pdf)).contains("是本平台为证照 " + licence.number() + " 签发的原件");
		byte[] tampered = pdf.clone();
		tampered[pdf.length / 2] ^= 0x20;
		assertThat(upload(licence.number(), tampered)).contains("不是本平台签发的文件");

		MvcTestResult revoked = mvc.post()
			.uri("/workbench/licences/{n}/end", licence.number())
			.param("reason", "以欺骗手段取得许可")
			.param("action", "revoke")
			.with(staff(leader))
			.with(csrf())
			.exchange();
		assertThat(revoked.getResponse().getStatus()).isEqualTo(302);
		assertThat(verify(licence.number()).getResponse().getContentAsString()).contains("<strong>已撤销</strong>")
			.contains("以欺骗手段取得许可");
		assertThat(mvc.get()
			.uri("/en/services/licences/verify")
			.param("number", licence.number())
			.with(address())
			.exchange()
			.getResponse()
			.getContentAsString()).contains("Revoked");
		assertThat(verify("JY1999000001").getResponse().getContentAsString()).contains("没有编号为 JY1999000001 的证照");
	}

	@Test
	void theDepartmentSeesItsLicencesAndCountsAnotherDepartmentGetsNotFoundAndARevocationWithoutReasonIsRefused()
			throws Exception {
		LicenceView licence = issue();
		String list = mvc.get()
			.uri("/workbench/licences")
			.param("text", licence.number())
			.with(staff(leader))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(licence.number()).contains("公共场所卫生许可证").contains("有效 1 份").contains("撤销");

		UUID elsewhere = TestStaff.unit(units, "交通运输局", "Transport");
		String otherLeader = TestStaff.withRole(accounts, elsewhere, "ld", "审批负责人", PermitRoles.PERMIT_LEADER);
		assertThat(mvc.get()
			.uri("/workbench/licences")
			.param("text", licence.number())
			.with(staff(otherLeader))
			.exchange()
			.getResponse()
			.getContentAsString()).contains("共 0 份").doesNotContain("verify?number=" + licence.number());
		assertThat(mvc.get().uri("/workbench/licences/{n}/pdf", licence.number()).with(staff(otherLeader)).exchange())
			.hasStatus(404);
		assertThat(mvc.post()
			.uri("/workbench/licences/{n}/end", licence.number())
			.param("reason", "越权")
			.with(staff(otherLeader))
			.with(csrf())
			.exchange()).hasStatus(404);
		String plainStaff = TestStaff.staff(accounts, department, "ks", "科员", "Qinchuan@2026");
		assertThat(mvc.get().uri("/workbench/licences").with(staff(plainStaff)).exchange()).hasStatus(404);

		MvcTestResult noReason = mvc.post()
			.uri("/workbench/licences/{n}/end", licence.number())
			.param("reason", " ")
			.with(staff(leader))
			.with(csrf())
			.exchange();
		assertThat(noReason).hasStatus(302).flash().containsEntry("error", "permit.licence.refused.reasonMissing");
		assertThat(verify(licence.number()).getResponse().getContentAsString()).contains("<strong>有效</strong>")
			.doesNotContain("已撤销");
	}

	private LicenceView issue() throws Exception {
		signedIn(keeper, certificateOf(keeper));
		try {
			String first17 = "61010319900307001";
			return licences.issue(new IssueLicence(LicenceType.PUBLIC_HEALTH, "XK2026" + (System.nanoTime() % 1000000),
					"赵晓明", ApplicantKind.CITIZEN, first17 + ResidentIdNumber.checkCharacter(first17),
					Map.of("premises", "秦川市长安路5号", "scope", "美容美发", "legalRepresentative", "赵晓明"), department, null),
					keeper);
		}
		finally {
			signOut();
		}
	}

	private MvcTestResult verify(String number) {
		return mvc.get().uri("/services/licences/verify").param("number", number).with(address()).exchange();
	}

	private String upload(String number, byte[] file) throws Exception {
		return mvc.post()
			.uri("/services/licences/verify")
			.multipart()
			.file(new MockMultipartFile("file", "licence.pdf", "application/pdf", file))
			.param("number", number)
			.with(csrf())
			.with(address())
			.exchange()
			.getResponse()
			.getContentAsString();
	}

	private RequestPostProcessor staff(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static RequestPostProcessor address() {
		return (request) -> {
			request.setRemoteAddr("198.18.9." + (1 + new Random().nextInt(250)));
			return request;
		};
	}

	private String certificateOf(String username) throws Exception {
		String operator = TestStaff.withRole(accounts, department, "ra", "审核员", PkiRoles.RA_OPERATOR);
		var request = certificates.submit(username,
				Pkcs.csr(Pkcs.p256(), "CN=" + username).getBytes(StandardCharsets.US_ASCII));
		return certificates.approve(request.id(), operator).orElseThrow().serial();
	}

}
