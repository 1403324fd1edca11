package org.zhengtong.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.platform.DemoData;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.platform.RunningPlatformOnly;
import org.zhengtong.shared.CreditCode;

/**
 * The demonstration city 秦川市 (fictional): the city's party committee with its working
 * bodies and people's organizations, government, congress, CPPCC, court and
 * procuratorate, the government's departments with plausible 机关代字 (68 city departments in
 * all), and twelve districts and counties with two towns or sub-districts each. Loaded
 * once, with the demo data only (the demo profile on the embedded database). The credit
 * codes are invented, with valid check characters (region 619900 does not exist).
 */
@Component
@Order(20)
@RunningPlatformOnly
class DemoUnits implements ApplicationRunner {

	static final LocalDate FROM = LocalDate.of(2020, 1, 1);

	/** Full name, short name, 机关代字, English name. */
	static final List<String[]> DEPARTMENTS = List.of(
			new String[] { "秦川市人民政府办公室", "市政府办", "秦政办", "Qinchuan General Office of the Municipal Government" },
			new String[] { "秦川市发展和改革委员会", "市发改委", "秦发改", "Qinchuan Development and Reform Commission" },
			new String[] { "秦川市教育局", "市教育局", "秦教", "Qinchuan Education Bureau" },
			new String[] { "秦川市科学技术局", "市科技局", "秦科", "Qinchuan Science and Technology Bureau" },
			new String[] { "秦川市工业和信息化局", "市工信局", "秦工信", "Qinchuan Industry and Information Technology Bureau" },
			new String[] { "秦川市公安局", "市公安局", "秦公", "Qinchuan Public Security Bureau" },
			new String[] { "秦川市民政局", "市民政局", "秦民", "Qinchuan Civil Affairs Bureau" },
			new String[] { "秦川市司法局", "市司法局", "秦司", "Qinchuan Justice Bureau" },
			new String[] { "秦川市财政局", "市财政局", "秦财", "Qinchuan Finance Bureau" },
			new String[] { "秦川市人力资源和社会保障局", "市人社局", "秦人社", "Qinchuan Human Resources and Social Security Bureau" },
			new String[] { "秦川市自然资源和规划局", "市自然资源局", "秦自然资", "Qinchuan Natural Resources and Planning Bureau" },
			new String[] { "秦川市生态环境局", "市生态环境局", "秦环", "Qinchuan Ecology and Environment Bureau" },
			new String[] { "秦川市住房和城乡建设局", "市住建局", "秦建", "Qinchuan Housing and Urban-Rural Development Bureau" },
			new String[] { "秦川市交通运输局", "市交通局", "秦交", "Qinchuan Transport Bureau" },
			new String[] { "秦川市水务局", "市水务局", "秦水", "Qinchuan Water Affairs Bureau" },
			new String[] { "秦川市农业农村局", "市农业农村局", "秦农", "Qinchuan Agriculture and Rural Affairs Bureau" },
			new String[] { "秦川市商务局", "市商务局", "秦商", "Qinchuan Commerce Bureau" },
			new String[] { "秦川市文化和旅游局", "市文旅局", "秦文旅", "Qinchuan Culture and Tourism Bureau" },
			new String[] { "秦川市卫生健康委员会", "市卫健委", "秦卫健", "Qinchuan Health Commission" },
			new String[] { "秦川市退役军人事务局", "市退役军人局", "秦退役", "Qinchuan Veterans Affairs Bureau" },
			new String[] { "秦川市应急管理局", "市应急局", "秦应急", "Qinchuan Emergency Management Bureau" },
			new String[] { "秦川市审计局", "市审计局", "秦审", "Qinchuan Audit Bureau" },
			new String[] { "秦川市人民政府外事办公室", "市外办", "秦外", "Qinchuan Foreign Affairs Office" },
			new String[] { "秦川市国有资产监督管理委员会", "市国资委", "秦国资",
					"Qinchuan State-owned Assets Supervision and Administration Commission" },
			new String[] { "秦川市市场监督管理局", "市市场监管局", "秦市监", "Qinchuan Market Regulation Bureau" },
			new String[] { "秦川市体育局", "市体育局", "秦体", "Qinchuan Sports Bureau" },
			new String[] { "秦川市统计局", "市统计局", "秦统", "Qinchuan Statistics Bureau" },
			new String[] { "秦川市医疗保障局", "市医保局", "秦医保", "Qinchuan Healthcare Security Bureau" },
			new String[] { "秦川市林业局", "市林业局", "秦林", "Qinchuan Forestry Bureau" },
			new String[] { "秦川市城市管理执法局", "市城管执法局", "秦城管", "Qinchuan Urban Management and Law Enforcement Bureau" },
			new String[] { "秦川市行政审批服务局", "市审批局", "秦审批", "Qinchuan Administrative Approval Services Bureau" },
			new String[] { "秦川市数据和政务服务局", "市数据局", "秦数据", "Qinchuan Data and Government Services Bureau" },
			new String[] { "秦川市信访局", "市信访局", "秦信访", "Qinchuan Letters and Visits Bureau" },
			new String[] { "秦川市机关事务管理局", "市机关事务局", "秦机管", "Qinchuan Government Offices Administration" },
			new String[] { "秦川市人民防空办公室", "市人防办", "秦人防", "Qinchuan Civil Air Defence Office" },
			new String[] { "秦川市粮食和物资储备局", "市粮储局", "秦粮储", "Qinchuan Grain and Material Reserves Bureau" },
			new String[] { "秦川市乡村振兴局", "市乡村振兴局", "秦乡振", "Qinchuan Rural Revitalization Bureau" },
			new String[] { "秦川市档案馆", "市档案馆", "秦档", "Qinchuan Municipal Archives" },
			new String[] { "秦川市地方志办公室", "市地方志办", "秦志", "Qinchuan Local Chronicles Office" },
			new String[] { "秦川市住房公积金管理中心", "市公积金中心", "秦公积金", "Qinchuan Housing Provident Fund Management Centre" },
			new String[] { "秦川市民族宗教事务局", "市民宗局", "秦民宗", "Qinchuan Ethnic and Religious Affairs Bureau" },
			new String[] { "秦川市气象局", "市气象局", "秦气", "Qinchuan Meteorological Bureau" },
			new String[] { "秦川市供销合作社", "市供销社", "秦供销", "Qinchuan Supply and Marketing Cooperative" },
			new String[] { "秦川市人民政府研究室", "市政府研究室", "秦政研", "Qinchuan Research Office of the Municipal Government" },
			new String[] { "秦川市投资促进局", "市投促局", "秦投促", "Qinchuan Investment Promotion Bureau" },
			new String[] { "秦川市地方金融管理局", "市金融局", "秦金", "Qinchuan Local Financial Administration" },
			new String[] { "秦川市广播电视局", "市广电局", "秦广电", "Qinchuan Radio and Television Bureau" },
			new String[] { "秦川市知识产权局", "市知识产权局", "秦知", "Qinchuan Intellectual Property Office" });

	/** 市委工作机关 and 群团组织, under the party committee. */
	static final List<String[]> PARTY_DEPARTMENTS = List.of(
			new String[] { "中共秦川市委办公室", "市委办", "秦办", "General Office of the Qinchuan Municipal Committee" },
			new String[] { "中共秦川市委组织部", "市委组织部", "秦组", "Organization Department of the Qinchuan Municipal Committee" },
			new String[] { "中共秦川市委宣传部", "市委宣传部", "秦宣", "Publicity Department of the Qinchuan Municipal Committee" },
			new String[] { "中共秦川市委统战部", "市委统战部", "秦统",
					"United Front Work Department of the Qinchuan Municipal Committee" },
			new String[] { "中共秦川市委政法委员会", "市委政法委", "秦政法",
					"Political and Legal Affairs Commission of the Qinchuan Municipal Committee" },
			new String[] { "中共秦川市纪律检查委员会", "市纪委监委", "秦纪", "Qinchuan Municipal Commission for Discipline Inspection" },
			new String[] { "中共秦川市委机构编制委员会办公室", "市委编办", "秦编",
					"Qinchuan Office of the Commission for Public Sector Reform" },
			new String[] { "中共秦川市委政策研究室", "市委政研室", "秦研", "Policy Research Office of the Qinchuan Municipal Committee" },
			new String[] { "中共秦川市委网络安全和信息化委员会办公室", "市委网信办", "秦网信", "Qinchuan Cyberspace Affairs Office" },
			new String[] { "中共秦川市委老干部局", "市委老干部局", "秦老干", "Veteran Cadres Bureau of the Qinchuan Municipal Committee" },
			new String[] { "中共秦川市委党校", "市委党校", "秦党校", "Party School of the Qinchuan Municipal Committee" },
			new String[] { "秦川市总工会", "市总工会", "秦工", "Qinchuan Federation of Trade Unions" },
			new String[] { "共青团秦川市委员会", "团市委", "秦团", "Qinchuan Municipal Committee of the Communist Youth League" },
			new String[] { "秦川市妇女联合会", "市妇联", "秦妇", "Qinchuan Women's Federation" },
			new String[] { "秦川市科学技术协会", "市科协", "秦科协", "Qinchuan Association for Science and Technology" },
			new String[] { "秦川市残疾人联合会", "市残联", "秦残联", "Qinchuan Disabled Persons' Federation" },
			new String[] { "秦川市工商业联合会", "市工商联", "秦工商联", "Qinchuan Federation of Industry and Commerce" },
			new String[] { "秦川市文学艺术界联合会", "市文联", "秦文联", "Qinchuan Federation of Literary and Art Circles" },
			new String[] { "秦川市社会科学界联合会", "市社科联", "秦社科联", "Qinchuan Federation of Social Sciences" },
			new String[] { "秦川市红十字会", "市红十字会", "秦红", "Qinchuan Red Cross Society" });

	static final List<String[]> DISTRICTS = List.of(new String[] { "秦都区", "Qindu District", "秦都" },
			new String[] { "渭北区", "Weibei District", "渭北" }, new String[] { "长乐区", "Changle District", "长乐" },
			new String[] { "安平区", "Anping District", "安平" }, new String[] { "永兴县", "Yongxing County", "永兴" },
			new String[] { "清河县", "Qinghe County", "清河" }, new String[] { "石门县", "Shimen County", "石门" },
			new String[] { "青山县", "Qingshan County", "青山" }, new String[] { "南原县", "Nanyuan County", "南原" },
			new String[] { "北塬县", "Beiyuan County", "北塬" }, new String[] { "东岭县", "Dongling County", "东岭" },
			new String[] { "西峪县", "Xiyu County", "西峪" });

	/** 内设机构 every demo unit has: name, English name. */
	static final List<String[]> STANDARD_DEPARTMENTS = List.of(new String[] { "办公室", "General Office" },
			new String[] { "政策法规科", "Policy and Regulations Section" },
			new String[] { "计划财务科", "Planning and Finance Section" }, new String[] { "人事科", "Personnel Section" });

	/** The general office of the city government has more. */
	static final List<String[]> GENERAL_OFFICE_DEPARTMENTS = List.of(new String[] { "秘书科", "Secretariat" },
			new String[] { "信息科", "Information Section" }, new String[] { "督查科", "Supervision Section" });

	private final UnitService units;

	private final PostService posts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Environment environment;

	private int serial;

	DemoUnits(UnitService units, PostService posts, JdbcClient jdbc, TransactionTemplate transaction,
			Environment environment) {
		this.units = units;
		this.posts = posts;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		boolean demo = DemoData.enabled(environment);
		if (!demo || jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_unit)").query(Boolean.class).single()) {
			return;
		}
		transaction.executeWithoutResult((status) -> load());
	}

	void load() {
		UUID party = add(null, UnitKind.PARTY, "中共秦川市委员会", "市委", "Qinchuan Municipal Committee of the CPC", "秦发", 1);
		int partyOrder = 0;
		for (String[] department : PARTY_DEPARTMENTS) {
			add(party, UnitKind.DEPARTMENT, department[0], department[1], department[3], department[2], ++partyOrder);
		}
		UUID government = add(null, UnitKind.GOVERNMENT, "秦川市人民政府", "市政府", "Qinchuan Municipal People's Government",
				"秦政发", 2);
		add(null, UnitKind.CONGRESS, "秦川市人民代表大会常务委员会", "市人大常委会",
				"Standing Committee of the Qinchuan Municipal People's Congress", "秦人常", 3);
		add(null, UnitKind.CPPCC, "中国人民政治协商会议秦川市委员会", "市政协", "Qinchuan Municipal Committee of the CPPCC", "秦政协", 4);
		add(null, UnitKind.COURT, "秦川市中级人民法院", "市中院", "Qinchuan Intermediate People's Court", "秦中法", 5);
		add(null, UnitKind.PROCURATORATE, "秦川市人民检察院", "市检察院", "Qinchuan Municipal People's Procuratorate", "秦检", 6);
		int order = 0;
		for (String[] department : DEPARTMENTS) {
			add(government, UnitKind.DEPARTMENT, department[0], department[1], department[3], department[2], ++order);
		}
		order = 100;
		for (String[] district : DISTRICTS) {
			UUID id = add(government, UnitKind.DISTRICT, district[0] + "人民政府", district[0] + "政府",
					district[1] + " People's Government", district[2] + "政发", ++order);
			String suffix = district[0].endsWith("区") ? "街道办事处" : "镇人民政府";
			add(id, UnitKind.TOWNSHIP, district[0] + "城关" + suffix, "城关" + (suffix.startsWith("街道") ? "街道" : "镇"),
					"Chengguan, " + district[1], null, 1);
			add(id, UnitKind.TOWNSHIP, district[0] + "新华" + suffix, "新华" + (suffix.startsWith("街道") ? "街道" : "镇"),
					"Xinhua, " + district[1], null, 2);
		}
	}

	private UUID add(UUID parent, UnitKind kind, String full, String shortName, String english, String prefix,
			int order) {
		String first17 = "11" + "619900" + "MB" + String.format("%07d", ++serial);
		String code = first17 + CreditCode.checkCharacter(first17);
		UUID id = units
			.create(parent, kind, new UnitNames(full, shortName, english, prefix), code, order, FROM, "system")
			.id();
		int sort = 0;
		for (String[] department : STANDARD_DEPARTMENTS) {
			posts.addDepartment(id, department[0], department[1], ++sort, "system");
		}
		if ("秦政办".equals(prefix)) {
			for (String[] department : GENERAL_OFFICE_DEPARTMENTS) {
				posts.addDepartment(id, department[0], department[1], ++sort, "system");
			}
		}
		return id;
	}

}
