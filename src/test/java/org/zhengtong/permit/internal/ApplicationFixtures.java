package org.zhengtong.permit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Numbers;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.CitizenRegistration;
import org.zhengtong.identity.EnterpriseRegistration;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.FieldType;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.TestStaff;

/**
 * Items, guides and applicants of their own for the application tests: a department, an
 * item published with one field of each type and two materials (the first required), and
 * citizen and enterprise accounts.
 */

public class ApplicationFixtures {

	/** The first bytes of a PNG picture. */
	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89, 0, 0, 0, 0 };

	public static final List<GuideField> FIELDS = List.of(
			new GuideField("shop_name", "店铺名称", "Shop name", FieldType.TEXT, true, "", 20L, ""),
			new GuideField("area", "经营面积（平方米）", null, FieldType.NUMBER, true, "", 5000L, ""),
			new GuideField("opening", "开业日期", null, FieldType.DATE, false, "", null, ""),
			new GuideField("kind", "经营类别", null, FieldType.CHOICE, true, "餐饮服务\n食品销售", null, ""),
			new GuideField("staff", "从业人员", null, FieldType.TABLE, false, "姓名\n健康证号", null, ""));

	public static final List<GuideMaterial> MATERIALS = List.of(
			new GuideMaterial("营业执照复印件", true, "复印件1份", "", null, null),
			new GuideMaterial("场所平面图", false, "", "", null, null),
			new GuideMaterial("法定代表人身份证明", true, "", "", null, null));

	private final PermitItems items;

	private final Guides guides;

	private final UnitManagement units;

	private final PublicAccounts publicAccounts;

	private final Numbers numbers;

	private final TransactionTemplate transactions;

	public ApplicationFixtures(PermitItems items, Guides guides, UnitManagement units, PublicAccounts publicAccounts,
			Numbers numbers, TransactionTemplate transactions) {
		this.items = items;
		this.guides = guides;
		this.units = units;
		this.publicAccounts = publicAccounts;
		this.numbers = numbers;
		this.transactions = transactions;
	}

	public UUID department() {
		return TestStaff.unit(units, "申报测试局", "Application Test Bureau");
	}

	/** A published item of the department, with the fields and materials above. */
	public String item(UUID department, Audience audience, boolean online) {
		if (!numbers.scopes().contains(PermitCaseType.NUMBER_SCOPE)) {
			numbers.define(PermitCaseType.NUMBER_SCOPE, null, PermitNumbers.PATTERN, AccountManagement.SYSTEM);
		}
		String code = "T-XK-" + UUID.randomUUID().toString().substring(0, 8);
		Instant now = Instant.now();
		transactions.executeWithoutResult((status) -> {
			PermitItem item = items
				.saveAndFlush(new PermitItem(code, department, audience, PermitTheme.FOOD_AND_DRUGS, "fixture", now));
			Guide guide = new Guide(item.id(), 1,
					new GuideContent("食品经营许可" + code, "Food business licence", "", "《食品安全法》", "有固定场所", "受理、审查、决定",
							LimitKind.SINGLE, 20, 10, null, null, "市民中心 3 号窗口", "029-12345678", "工作日 9:00-17:00",
							online, false, null, MATERIALS, FIELDS, Set.of()),
					"fixture", now);
			guide.submit("fixture", now);
			guide.publish(null, "fixture-leader", now);
			guides.saveAndFlush(guide);
		});
		return code;
	}

	public String citizen() {
		String username = "applicant" + UUID.randomUUID().toString().substring(0, 8);
		publicAccounts.registerCitizen(new CitizenRegistration(username, "钱申报", ResidentIdNumber.of(idNumber()),
				"137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), null,
				"Qinchuan@2026"));
		return username;
	}

	public String enterprise() {
		String username = "company" + UUID.randomUUID().toString().substring(0, 8);
		publicAccounts.registerEnterprise(new EnterpriseRegistration(username, "秦川测试餐饮有限公司",
				CreditCode.of(creditCode()), username + "@example.org",
				"139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), "Qinchuan@2026"));
		return username;
	}

	public static String idNumber() {
		String first17 = "6101131988" + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)) + "1"
				+ ThreadLocalRandom.current().nextInt(0, 10)
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	public static String creditCode() {
		StringBuilder first17 = new StringBuilder("91610100");
		for (int i = 0; i < 9; i++) {
			first17.append((char) ('0' + ThreadLocalRandom.current().nextInt(10)));
		}
		return first17.toString() + CreditCode.checkCharacter(first17.toString());
	}

	public static ApplicationService.MaterialUpload png(int position) {
		return new ApplicationService.MaterialUpload(position, "scan" + position + ".png", PNG.length,
				new ByteArrayResource(PNG));
	}

}
