package org.zhengtong.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.CitizenRegistration;
import org.zhengtong.identity.EnterpriseRegistration;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.RoleGrant;
import org.zhengtong.identity.Roles;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.DepartmentView;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.ResidentIdNumber;

/**
 * The people of the demonstration city: a leader and four staff in every unit, the mayor
 * and four vice mayors overseeing the departments (分管), some concurrent posts (兼职), and
 * the named demo accounts of the README. Names are generated from common surnames, the
 * same on every machine.
 */
@Component
class DemoStaff {

	/**
	 * Named demo accounts: user name, name, unit's 机关代字, department, title, roles (codes
	 * separated by commas).
	 */
	record Named(String username, String displayName, String unitPrefix, String department, String title,
			@Nullable String role) {
	}

	static final List<Named> NAMED = List.of(new Named("zhangwei", "张伟", "秦政办", "秘书科", "科员", null),
			new Named("lina", "李娜", "秦教", "办公室", "主任", "UNIT_ADMIN"),
			new Named("wangfang", "王芳", "秦数据", "办公室", "科员", "RA_OPERATOR"),
			new Named("siteadmin", "孙悦", "秦政办", "办公室", "网站管理员", "SITE_ADMIN"),
			new Named("xiaoliu", "刘晓", "秦政办", "秘书科", "网站编辑", "EDITOR"),
			new Named("zhaomin", "赵敏", "秦政办", "办公室", "副主任", "EDITOR"),
			// 互动交流: the receiving office, a unit's handler and leader, a second unit's
			// handler
			// (re-routing), a disclosure officer and the participation editor
			new Named("zhoujie", "周洁", "秦政办", "秘书科", "科员", "LETTER_ACCEPTOR"),
			new Named("chenjing", "陈静", "秦教", "办公室", "科员", "LETTER_HANDLER"),
			new Named("liuqiang", "刘强", "秦教", "办公室", "副局长", "INTERACTION_LEADER"),
			new Named("wuhao", "吴昊", "秦交", "办公室", "科员", "LETTER_HANDLER"),
			// also an editor with a draft grant in 政策文件, so 依申请转主动 drafts there
			new Named("yangli", "杨丽", "秦教", "办公室", "科员", "DISCLOSURE_OFFICER,EDITOR"),
			new Named("huanglei", "黄磊", "秦政办", "办公室", "科员", "INTERACTION_EDITOR"),
			// 印章管理员 of the bureau that answers the demo's disclosure requests (pki)
			new Named("majun", "马骏", "秦教", "办公室", "机要员", "SEAL_KEEPER"),
			// 网上审批 (permit): window clerk, reviewer, leader (who also keeps the seal the
			// licences are sealed with) and item manager of two departments, and the
			// 电子监察员 of the general office
			new Named("gaoyan", "高燕", "秦市监", "政策法规科", "科员", "PERMIT_CLERK"),
			new Named("luohui", "罗辉", "秦市监", "政策法规科", "科员", "PERMIT_REVIEWER"),
			new Named("guoqing", "郭庆", "秦市监", "政策法规科", "副局长", "PERMIT_LEADER,SEAL_KEEPER"),
			new Named("fengxue", "冯雪", "秦市监", "政策法规科", "科员", "ITEM_MANAGER"),
			new Named("songtao", "宋涛", "秦卫健", "政策法规科", "科员", "PERMIT_CLERK"),
			new Named("hanmei", "韩梅", "秦卫健", "政策法规科", "科员", "PERMIT_REVIEWER"),
			new Named("xieping", "谢平", "秦卫健", "政策法规科", "副主任", "PERMIT_LEADER,SEAL_KEEPER"),
			new Named("caoyu", "曹宇", "秦卫健", "政策法规科", "科员", "ITEM_MANAGER"),
			new Named("jiangwen", "蒋文", "秦政办", "督查科", "科员", "PERMIT_MONITOR"));

	static final int STAFF_PER_UNIT = 4;

	static final int CITIZENS = 30;

	static final List<String> ENTERPRISES = List.of("秦川示例科技有限公司", "秦川渭水食品有限公司", "秦川长安建筑工程有限公司", "秦川丝路物流有限公司",
			"秦川青山农业合作社", "秦川新华书店有限公司", "秦川城关餐饮管理有限公司", "秦川石门矿业有限公司");

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲建国志红斌波宁海燕雪峰琳晨浩宇欣怡婷嘉俊子涵文博思远立新佳颖梓萱晓东";

	private final AccountService accounts;

	private final PublicAccountService publicAccounts;

	private final UnitManagement units;

	private final PostManagement posts;

	private final Clock clock;

	private final Roles roles;

	DemoStaff(AccountService accounts, PublicAccountService publicAccounts, UnitManagement units, PostManagement posts,
			Clock clock, Roles roles) {
		this.roles = roles;
		this.accounts = accounts;
		this.publicAccounts = publicAccounts;
		this.units = units;
		this.posts = posts;
		this.clock = clock;
	}

	/**
	 * Loads the people, all with the one demo password hash; once (checks the named
	 * ones).
	 */
	void load(String hash) {
		// Named accounts added in later versions join an existing demo too.
		boolean first = accounts.find(NAMED.get(0).username()).isEmpty();
		List<UnitView> tree = units.tree(LocalDate.now(clock)).stream().filter(UnitView::active).toList();
		Map<UUID, List<DepartmentView>> departments = posts.activeDepartments()
			.stream()
			.collect(Collectors.groupingBy(DepartmentView::unitId));
		Map<String, UnitView> byPrefix = tree.stream()
			.filter((unit) -> unit.names().codePrefix() != null)
			.collect(Collectors.toMap((unit) -> unit.names().codePrefix(), (unit) -> unit, (a, b) -> a));
		for (Named named : NAMED) {
			if (accounts.find(named.username()).isPresent()) {
				continue;
			}
			UnitView unit = byPrefix.get(named.unitPrefix());
			person(named.username(), named.displayName(), hash);
			if (unit != null) {
				appoint(named.username(), unit, department(departments, unit, named.department()), named.title(), true,
						0);
				if (named.role() != null) {
					// Roles of other modules (content, pki) by their codes: identity does
					// not depend on them.
					for (String code : named.role().split(",")) {
						Role role = roles.require(code);
						accounts.grant(named.username(),
								new RoleGrant(role, role.defaultScope(),
										role.equals(IdentityRoles.UNIT_ADMIN) ? unit.id() : null, Set.of()),
								Actor.PLATFORM);
					}
				}
			}
		}
		if (!first) {
			return;
		}
		UnitView general = byPrefix.get("秦政办");
		if (general != null) {
			accounts.appoint(
					"zhangwei", new StaffPost(byPrefix.get("秦发改").id(),
							department(departments, byPrefix.get("秦发改"), "办公室"), "联络员", false, "029-8733 0101"),
					Actor.PLATFORM);
		}
		generate(tree, departments, hash);
		citizensAndEnterprises(hash);
	}

	/**
	 * 个人 and 法人 demo accounts with invented but valid numbers (region 610113, credit
	 * codes in the invented region 619900), the first of each named in the README. They
	 * get the shared demo hash, so the registrations carry no password of their own ("").
	 */
	private void citizensAndEnterprises(String hash) {
		Random random = new Random(11643);
		for (int i = 0; i < CITIZENS; i++) {
			String first17 = "610113" + (1950 + random.nextInt(55)) + String.format("%02d", 1 + random.nextInt(12))
					+ String.format("%02d", 1 + random.nextInt(28)) + String.format("%03d", i);
			String username = i == 0 ? "wangxiaoming" : String.format("citizen%03d", i);
			publicAccounts.registerCitizen(
					new CitizenRegistration(username, i == 0 ? "王小明" : name(random),
							ResidentIdNumber.of(first17 + ResidentIdNumber.checkCharacter(first17)),
							String.format("1390000%04d", i), i == 0 ? "wangxiaoming@example.com" : null, ""),
					() -> hash);
		}
		for (int i = 0; i < ENTERPRISES.size(); i++) {
			String first17 = "91619900MA" + String.format("%07d", i + 1);
			String username = i == 0 ? "qinchuan-tech" : String.format("enterprise%02d", i);
			publicAccounts.registerEnterprise(new EnterpriseRegistration(username, ENTERPRISES.get(i),
					CreditCode.of(first17 + CreditCode.checkCharacter(first17)), username + "@example.com",
					String.format("1380000%04d", i), ""), () -> hash);
		}
	}

	private void generate(List<UnitView> tree, Map<UUID, List<DepartmentView>> departments, String hash) {
		Random random = new Random(2026);
		int serial = 0;
		List<PostView> viceMayors = new ArrayList<>();
		List<UnitView> cityDepartments = tree.stream().filter((unit) -> unit.kind() == UnitKind.DEPARTMENT).toList();
		for (UnitView unit : tree) {
			List<DepartmentView> inUnit = departments.getOrDefault(unit.id(), List.of());
			String username = String.format("qc%04d", ++serial);
			person(username, name(random), hash);
			appoint(username, unit, null, leaderTitle(unit), true, serial);
			if (unit.kind() == UnitKind.GOVERNMENT) {
				for (int i = 0; i < 4; i++) {
					String vice = String.format("qc%04d", ++serial);
					person(vice, name(random), hash);
					viceMayors.add(appoint(vice, unit, null, "副市长", true, serial));
				}
			}
			for (int i = 0; i < STAFF_PER_UNIT; i++) {
				String staff = String.format("qc%04d", ++serial);
				person(staff, name(random), hash);
				UUID department = inUnit.isEmpty() ? null : inUnit.get(i % inUnit.size()).id();
				appoint(staff, unit, department, i == 0 ? "科长" : (i == 1 ? "副科长" : "科员"), true, serial);
			}
		}
		for (int i = 0; i < viceMayors.size(); i++) {
			int from = i * cityDepartments.size() / viceMayors.size();
			int to = (i + 1) * cityDepartments.size() / viceMayors.size();
			posts.oversee(viceMayors.get(i).id(),
					cityDepartments.subList(from, to).stream().map(UnitView::id).collect(Collectors.toSet()),
					AccountManagement.SYSTEM);
		}
	}

	private void person(String username, String displayName, String hash) {
		accounts.createWithHash(username, displayName, AccountKind.STAFF, null, hash, false, Actor.PLATFORM);
		accounts.grant(username, new RoleGrant(IdentityRoles.STAFF, IdentityRoles.STAFF.defaultScope(), null, Set.of()),
				Actor.PLATFORM);
	}

	private PostView appoint(String username, UnitView unit, @Nullable UUID department, String title, boolean principal,
			int serial) {
		return accounts.appoint(username,
				new StaffPost(unit.id(), department, title, principal,
						String.format("029-87%02d %04d", unit.depth() * 10 + serial % 10, 1000 + serial)),
				Actor.PLATFORM);
	}

	private static @Nullable UUID department(Map<UUID, List<DepartmentView>> departments, UnitView unit, String name) {
		return departments.getOrDefault(unit.id(), List.of())
			.stream()
			.filter((department) -> department.name().equals(name))
			.map(DepartmentView::id)
			.findFirst()
			.orElse(null);
	}

	private static String leaderTitle(UnitView unit) {
		String name = unit.names().fullName();
		return switch (unit.kind()) {
			case GOVERNMENT -> "市长";
			case PARTY -> "书记";
			case CONGRESS, CPPCC -> "主任";
			case COURT, PROCURATORATE -> "院长";
			case DISTRICT -> name.contains("县") ? "县长" : "区长";
			case TOWNSHIP -> name.contains("街道") ? "主任" : "镇长";
			case DEPARTMENT -> name.endsWith("局") ? "局长" : "主任";
		};
	}

	private static String name(Random random) {
		String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		StringBuilder given = new StringBuilder().append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		if (random.nextInt(3) > 0) {
			given.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return surname + given;
	}

}
