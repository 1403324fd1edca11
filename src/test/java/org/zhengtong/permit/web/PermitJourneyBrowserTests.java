package org.zhengtong.permit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhengtong.identity.CitizenRegistration;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.FieldType;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.permit.internal.AcceptanceDesk;
import org.zhengtong.permit.internal.CatalogueDesk;
import org.zhengtong.permit.internal.DecisionDesk;
import org.zhengtong.permit.internal.GuideContent;
import org.zhengtong.permit.internal.GuideField;
import org.zhengtong.permit.internal.GuideMaterial;
import org.zhengtong.permit.internal.JointCases;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.PdfText;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.TestStaff;

/**
 * The citizen's journey through a 并联 permit on a phone (issue 19, "Must show"), at 375
 * px: she applies online with two scanned materials and gets her 办件编号; the window clerk
 * sends a 一次性告知补正 for one unreadable scan; she reads the 补正 list on the case page and
 * uploads the material again; the case is accepted, the sub-case department and the lead
 * department each review and approve; the seal keeper issues the licence in a session
 * opened with his certificate; she downloads the licence from the case page (a PDF of
 * that licence), reads the QR code printed on it, opens the verification page it points
 * to and sees 有效, rates the service; the decision is on the public 结果公示 list with her
 * name masked. Staff steps go through the real desks (the 发证 form through MockMvc, as the
 * certificate connector hands the certificate over); every page she sees fits the phone's
 * width and passes axe-core.
 */
@IntegrationTest
class PermitJourneyBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "Qinchuan@2026";

	static final int PHONE_WIDTH = 375;

	@Autowired
	CatalogueDesk catalogue;

	@Autowired
	AcceptanceDesk acceptance;

	@Autowired
	DecisionDesk decisions;

	@Autowired
	JointCases joint;

	@Autowired
	PublicAccounts publicAccounts;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	CertificateRequests certificates;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvcTester mvc;

	@Value("${zhengtong.public-base-url}")
	String publicBaseUrl;

	@Test
	void a_citizen_on_a_phone_applies_corrects_follows_two_departments_downloads_and_verifies_the_licence_and_rates()
			throws Exception {
		// Two departments, their staff, and a published 并联 item of the lead one.
		UUID lead = TestStaff.unit(units, "市场监督管理局", "Market Regulation");
		UUID health = TestStaff.unit(units, "卫生健康委员会", "Health Commission");
		String manager = TestStaff.withRole(accounts, lead, "sxgl", "事项管理员", PermitRoles.ITEM_MANAGER);
		String clerk = TestStaff.withRole(accounts, lead, "slck", "窗口受理员", PermitRoles.PERMIT_CLERK);
		String reviewer = TestStaff.withRole(accounts, lead, "scry", "审批人员", PermitRoles.PERMIT_REVIEWER);
		String leader = TestStaff.withRole(accounts, lead, "spfz", "审批负责人", PermitRoles.PERMIT_LEADER);
		String healthReviewer = TestStaff.withRole(accounts, health, "scry", "卫健审批人员", PermitRoles.PERMIT_REVIEWER);
		String healthLeader = TestStaff.withRole(accounts, health, "spfz", "卫健审批负责人", PermitRoles.PERMIT_LEADER);
		String keeper = TestStaff.withRole(accounts, lead, "yzgl", "印章管理员", PkiRoles.SEAL_KEEPER);
		String code = "T-BL-" + UUID.randomUUID().toString().substring(0, 8);
		String itemName = "小餐饮店开办" + code.substring(5);
		long guideId = catalogue
			.create(code, Audience.CITIZEN, PermitTheme.FOOD_AND_DRUGS, guide(itemName, health), manager)
			.id();
		catalogue.submit(guideId, manager);
		catalogue.publish(guideId, null, leader);

		String realName = "欧阳晓梅";
		String masked = "欧**梅";
		String idNumber = idNumber();
		String citizen = "xiaomei" + UUID.randomUUID().toString().substring(0, 8);
		publicAccounts.registerCitizen(new CitizenRegistration(citizen, realName, ResidentIdNumber.of(idNumber),
				"137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), null, PASSWORD));
		Path scans = Files.createTempDirectory("permit-journey");
		Path licenceScan = png(scans, "营业执照.png", 0x2a7a3b);
		Path plan = png(scans, "平面图.png", 0x113355);
		Path clearerPlan = png(scans, "平面图-清晰版.png", 0x884411);

		// She applies on her phone: the guide, the form, two scans.
		viewport(PHONE_WIDTH, 780);
		signIn(citizen, PASSWORD);
		fitsThePhone("the page after signing in");
		open("/services/items/" + code);
		assertThat(main()).contains(itemName, "申请材料", "营业执照复印件", "经营场所平面图");
		seen("the service guide");
		browser.findElement(By.linkText("在线申报")).click();
		assertThat(main()).contains("在线申报", realName, ResidentIdNumber.of(idNumber).masked());
		seen("the application form");
		browser.findElement(By.name("values[shop_name]")).sendKeys("晓梅小吃");
		browser.findElement(By.name("values[premises]")).sendKeys("秦川市碑林区长安路 8 号");
		browser.findElement(By.id("material-0")).sendKeys(licenceScan.toAbsolutePath().toString());
		browser.findElement(By.id("material-1")).sendKeys(plan.toAbsolutePath().toString());
		submitAndWait(By.cssSelector("button[name=action][value=submit]"));
		assertThat(main()).contains("申请已提交", "请记下您的查询码");
		seen("the 办件编号 and 查询码");
		keepScreenshot("1-submitted");
		String number = main().replaceAll("(?s).*?(XK\\d{10}).*", "$1");
		assertThat(number).matches("XK\\d{10}");
		PermitCase received = acceptance.forClerk(number, clerk);
		assertThat(received.state()).isEqualTo(PermitCaseState.SUBMITTED);

		// The clerk: the plan cannot be read — one 补正 notice naming it.
		acceptance.noticeCorrection(received.id(), List.of(new AcceptanceDesk.NoticeLine(1, null, "平面图模糊不清，请上传清晰的扫描件")),
				clerk);

		// She finds the case under 我的办件, reads the 补正 list on its page and uploads the
		// plan
		// again.
		String casePage = "/services/cases/" + number;
		open("/services/my-cases");
		assertThat(main()).contains(number, itemName);
		seen("我的办件");
		browser.findElement(By.linkText(number)).click();
		assertThat(main()).contains(number, "需要补正", "经营场所平面图", "平面图模糊不清，请上传清晰的扫描件", "营业执照.png");
		seen("the case page with the 补正 list");
		keepScreenshot("2-correction");
		browser.findElement(By.linkText("上传补正材料")).click();
		assertThat(main()).contains("经营场所平面图", "平面图模糊不清");
		seen("the 补正 upload");
		browser.findElement(By.id("file-0")).sendKeys(clearerPlan.toAbsolutePath().toString());
		submitAndWait(By.cssSelector("#correction-items button[type=submit]"));
		assertThat(main()).contains("补正材料已全部收到");
		fitsThePhone("the 补正 page after the upload");
		assertThat(acceptance.forClerk(number, clerk).state()).isEqualTo(PermitCaseState.SUBMITTED);

		// 受理 opens the health department's sub-case; both departments review and approve.
		acceptance.accept(received.id(), clerk);
		PermitCase main = acceptance.forClerk(number, clerk);
		List<PermitCase> subs = joint.subCasesOf(main);
		assertThat(subs).singleElement().extracting(PermitCase::departmentId).isEqualTo(health);
		PermitCase sub = subs.get(0);
		decisions.review(sub.id(), "场所卫生条件符合要求", healthReviewer);
		decisions.approve(sub.id(), "同意：卫生条件符合要求", healthLeader);
		decisions.review(main.id(), "材料齐全，经营场所符合要求", reviewer);
		PermitCase decided = decisions.approve(main.id(), "准予从事热食类食品制售", leader);
		assertThat(decided.state()).isEqualTo(PermitCaseState.DECIDED);

		// The keeper issues the licence on the 发证 form, signed in with his certificate.
		X509Certificate certificate = certificateOf(keeper, lead);
		assertThat(mvc.post()
			.uri("/workbench/permit/issue/{n}", number)
			.param("type", LicenceType.FOOD_BUSINESS.code())
			.param("holderId", idNumber)
			.param("fields[premises]", "秦川市碑林区长安路 8 号")
			.param("fields[businessType]", "餐饮服务经营者（小餐饮）")
			.param("fields[scope]", "热食类食品制售")
			.param("fields[legalRepresentative]", realName)
			.with(user(users.loadUserByUsername(keeper)))
			.with(csrf())
			.requestAttr("jakarta.servlet.request.X509Certificate",
					new X509Certificate[] { certificateOf(keeper, lead) })
			.exchange()).hasStatus(302).flash().containsEntry("success", "permit.issue.done");

		// She finds the licence on the case page and downloads it.
		open(casePage);
		assertThat(main()).contains("已办结", "电子证照", "有效", "提交评价").doesNotContain("补正清单");
		assertThat(java.util.regex.Pattern.compile("(?m)^[0-9-]+ [0-9:]+ 办结$").matcher(main()).results())
			.as("办结 told once")
			.hasSize(1);
		String licenceNumber = browser.findElement(By.cssSelector("#licence-number")).getText();
		assertThat(licenceNumber).matches("JY\\d{10}");
		seen("the closed case with the licence");
		keepScreenshot("3-licence");
		byte[] pdf = download(browser.findElement(By.linkText("下载证照（PDF）")).getAttribute("href"));
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(PdfText.text(pdf)).contains(licenceNumber, realName, "热食类食品制售", "秦川市碑林区长安路8号");

		// The QR code printed on it leads to the public verification page: 有效.
		String qr = qrCode(pdf);
		assertThat(qr).startsWith(publicBaseUrl).contains(licenceNumber);
		browser.manage().deleteAllCookies();
		URI link = URI.create(qr);
		open(link.getRawPath() + "?" + link.getRawQuery());
		assertThat(main()).contains(licenceNumber, "有效", masked).doesNotContain(realName);
		seen("the licence's verification page");
		keepScreenshot("4-verified");

		// Back on her case: 好差评.
		signIn(citizen, PASSWORD);
		open(casePage);
		browser.findElement(By.cssSelector("label[for=level-SATISFIED]")).click();
		browser.findElement(By.id("rating-comment")).sendKeys("手机上就办完了，很方便。");
		submitAndWait(By.xpath("//button[normalize-space()='提交评价']"));
		assertThat(main()).contains("您已评价：满意", "手机上就办完了").doesNotContain("提交评价");
		fitsThePhone("the case page after rating");

		// The decision on the public 结果公示 list, her name masked.
		browser.manage().deleteAllCookies();
		open("/services/decisions?department=" + lead);
		assertThat(main()).contains(masked, decided.decisionNumber(), "共 1 条").doesNotContain(realName, idNumber);
		seen("结果公示");
		keepScreenshot("5-published");
	}

	/** The page fits the phone and axe-core finds nothing on it. */
	private void seen(String page) {
		fitsThePhone(page);
		assertThat(seriousProblems()).as(page).isEmpty();
	}

	/** Nothing wider than the phone: the page does not scroll sideways. */
	private void fitsThePhone(String page) {
		List<?> widths = (List<?>) script("""
				const wide = [...document.querySelectorAll('body *')]
				  .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5
				    && !e.closest('.table-scroll') && getComputedStyle(e).visibility !== 'hidden')
				  .slice(0, 5).map((e) => e.tagName + '.' + e.className + '#' + e.id);
				return [document.documentElement.scrollWidth, window.innerWidth, wide.join(' ')];""");
		assertThat(((Number) widths.get(0)).intValue()).as(page + " is wider than the phone: " + widths.get(2))
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
		List<?> small = (List<?>) script("""
				return [...document.querySelectorAll('main button, main a.button, main input[type=submit]')]
				  .filter((e) => e.offsetParent !== null)
				  .filter((e) => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
				  .map((e) => e.textContent.trim() + ' ' + Math.round(e.getBoundingClientRect().width) + 'x'
				    + Math.round(e.getBoundingClientRect().height));""");
		assertThat(small).as(page + ": buttons smaller than a finger (44 px)").isEmpty();
		List<?> choices = (List<?>) script("""
				return [...document.querySelectorAll('main input[type=radio], main input[type=checkbox]')]
				  .filter((e) => e.offsetParent !== null)
				  .filter((e) => { const r = e.getBoundingClientRect();
				    const label = e.id && document.querySelector('label[for="' + e.id + '"]');
				    return r.width < 20 || !label || label.getBoundingClientRect().height < 24; })
				  .map((e) => e.id + ' ' + Math.round(e.getBoundingClientRect().width) + 'px');""");
		assertThat(choices).as(page + ": choices too small to tap, or without a label to tap").isEmpty();
	}

	private String main() {
		return browser.findElement(By.tagName("main")).getText();
	}

	/** The bytes behind a link, fetched by the page itself (her session's cookies). */
	private byte[] download(String href) {
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Object base64 = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						fetch(arguments[0], { credentials: 'same-origin' })
						  .then((r) => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
						  .then((b) => { let s = ''; new Uint8Array(b).forEach((c) => s += String.fromCharCode(c)); done(btoa(s)); },
						    (e) => done('failed ' + e));""",
				href);
		assertThat((String) base64).doesNotStartWith("failed");
		return Base64.getDecoder().decode((String) base64);
	}

	/**
	 * What the licence's QR code says, read as a phone's camera would: the code's squares
	 * (drawn as vectors in a form XObject) painted into a picture and decoded.
	 */
	private static String qrCode(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfDictionary xobjects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
			for (PdfName name : xobjects.getKeys()) {
				PdfObject found = PdfReader.getPdfObject(xobjects.get(name));
				if (!(found instanceof PRStream form) || !PdfName.FORM.equals(form.getAsName(PdfName.SUBTYPE))) {
					continue;
				}
				List<float[]> squares = new ArrayList<>();
				PdfContentParser parser = new PdfContentParser(new PRTokeniser(PdfReader.getStreamBytes(form)));
				ArrayList<PdfObject> operands = new ArrayList<>();
				while (!parser.parse(operands).isEmpty()) {
					if (operands.get(operands.size() - 1).toString().equals("re")) {
						squares.add(new float[] { number(operands.get(0)), number(operands.get(1)),
								number(operands.get(2)) });
					}
				}
				if (squares.isEmpty()) {
					continue;
				}
				float module = squares.get(0)[2];
				float size = number(form.getAsArray(PdfName.BBOX).getPdfObject(2));
				int modules = Math.round(size / module);
				int scale = 4;
				int quiet = 4 * scale;
				int side = modules * scale + 2 * quiet;
				int[] pixels = new int[side * side];
				java.util.Arrays.fill(pixels, 0xFFFFFF);
				for (float[] square : squares) {
					int column = Math.round(square[0] / module);
					int row = modules - 1 - Math.round(square[1] / module);
					for (int y = 0; y < scale; y++) {
						for (int x = 0; x < scale; x++) {
							pixels[(quiet + row * scale + y) * side + quiet + column * scale + x] = 0;
						}
					}
				}
				return new QRCodeReader()
					.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels))))
					.getText();
			}
			throw new AssertionError("The licence has no QR code");
		}
		finally {
			reader.close();
		}
	}

	private static float number(PdfObject object) {
		return ((PdfNumber) object).floatValue();
	}

	/**
	 * A 并联 guide with the health department, a food licence, two materials and two
	 * fields.
	 */
	private static GuideContent guide(String name, UUID health) {
		return new GuideContent(name, "Small restaurant opening", "小餐饮 开餐馆", "《中华人民共和国食品安全法》第三十五条",
				"在本市有固定经营场所的小餐饮经营者。", "申请、受理、并联审查、决定、发证。", LimitKind.JOINT, 45, 20, null, null, "秦川市政务服务中心一楼 8 号窗口",
				"029-12345678", "工作日 9:00—17:00", true, true, LicenceType.FOOD_BUSINESS.code(),
				List.of(new GuideMaterial("营业执照复印件", true, "复印件1份", "", null, null),
						new GuideMaterial("经营场所平面图", true, "原件1份", "标明操作间和就餐区", null, null)),
				List.of(new GuideField("shop_name", "店铺名称", "Shop name", FieldType.TEXT, true, "", 40L, ""),
						new GuideField("premises", "经营场所", "Premises", FieldType.TEXT, true, "", 100L, "")),
				Set.of(health));
	}

	private X509Certificate certificateOf(String username, UUID unit) throws Exception {
		String operator = TestStaff.withRole(accounts, unit, "ra", "审核员", PkiRoles.RA_OPERATOR);
		var request = certificates.submit(username,
				Pkcs.csr(Pkcs.p256(), "CN=" + username).getBytes(StandardCharsets.US_ASCII));
		String serial = certificates.approve(request.id(), operator).orElseThrow().serial();
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(
					certificates.pem(serial).orElseThrow().getBytes(StandardCharsets.US_ASCII)));
	}

	private static String idNumber() {
		String first17 = "6101031990" + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)) + "2"
				+ ThreadLocalRandom.current().nextInt(0, 8)
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	/** A small real PNG scan, recognised as an image by its content. */
	private static Path png(Path folder, String name, int colour) throws Exception {
		Path file = folder.resolve(name);
		BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
		for (int x = 5; x < 55; x++) {
			image.setRGB(x, 20, colour);
		}
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}
