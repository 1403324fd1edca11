package org.zhengtong.permit.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.FieldType;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitTheme;

import static org.zhengtong.permit.Audience.BOTH;
import static org.zhengtong.permit.Audience.CITIZEN;
import static org.zhengtong.permit.Audience.ENTERPRISE;

/**
 * The demo city's catalogue: about thirty items of seven departments as a city's 政务服务
 * catalogue lists them, with the laws that set them (设定依据, by name and article), their
 * conditions, materials and forms. The limits follow the law that sets each item; the
 * promise (承诺时限) is the city's shorter one.
 */
final class DemoCatalogueItems {

	/** A department of the demo: 机关代字, code letters, window. */
	record Department(String prefix, String letters, String address, String phone) {
	}

	static final List<Department> DEPARTMENTS = List.of(
			new Department("秦市监", "SJ", "秦川市政务服务中心二楼 B区 12–16号窗口（市场监管综合窗口）", "029-8733 2101"),
			new Department("秦卫健", "WJ", "秦川市政务服务中心二楼 C区 21–23号窗口（卫生健康窗口）", "029-8733 2201"),
			new Department("秦建", "ZJ", "秦川市政务服务中心三楼 A区 31–34号窗口（工程建设项目审批窗口）", "029-8733 2301"),
			new Department("秦交", "JT", "秦川市政务服务中心三楼 B区 41–43号窗口（交通运输窗口）", "029-8733 2401"),
			new Department("秦教", "JY", "秦川市政务服务中心二楼 D区 25–26号窗口（教育窗口）", "029-8733 2501"),
			new Department("秦民", "MZ", "秦川市政务服务中心一楼 A区 5–6号窗口（民政窗口）", "029-8733 2601"),
			new Department("秦公", "GA", "秦川市政务服务中心一楼 C区 8–11号窗口（公安窗口）", "029-8733 2701"));

	static final String HOURS = "周一至周五 9:00–12:00，13:30–17:30（法定节假日除外）";

	static final String PROCESS = """
			1. 申请：网上申报或到窗口提交申请材料；
			2. 受理：材料齐全、符合法定形式的当场受理，不齐全的一次性告知需要补正的全部内容；
			3. 审查：对申请材料进行审查，需要现场核查的组织核查；
			4. 决定：作出准予许可或者不予许可的书面决定，不予许可的说明理由并告知申请复议或诉讼的权利；
			5. 送达：准予许可的，自决定之日起十个工作日内颁发、送达证照（可下载电子证照）。""";

	static final String JOINT_PROCESS = """
			1. 申请：一次提交“一件事”全部申请材料（一表申请）；
			2. 受理：牵头部门统一受理，材料不齐全的一次性告知补正；
			3. 并联审查：牵头部门将申请推送各并联部门，各部门同步审查、分别作出决定；
			4. 办结：各部门均作出决定后由牵头部门统一办结，证照一并送达。""";

	/** One item; {@code joint} names the other departments' 机关代字. */
	record Item(String department, String number, Audience audience, PermitTheme theme, String name, String nameEn,
			String synonyms, String basis, String conditions, LimitKind limitKind, int legalDays, int promisedDays,
			@Nullable String fee, @Nullable String feeBasis, boolean online, @Nullable String licenceType,
			List<String> joint, List<GuideMaterial> materials, List<GuideField> fields) {
	}

	private DemoCatalogueItems() {
	}

	static List<Item> items() {
		List<Item> items = new ArrayList<>();
		// 市场监督管理局
		items.add(new Item("秦市监", "001", ENTERPRISE, PermitTheme.FOOD_AND_DRUGS, "食品经营许可（新办）", "Food business licence",
				"食品经营许可证\n餐饮许可证\n开饭店\n卖食品", "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）第四条",
				"有与经营的食品品种、数量相适应的经营场所，并与有毒、有害场所以及其他污染源保持规定的距离；有相应的设备设施；有专职或者兼职的食品安全管理人员和保证食品安全的规章制度；有合理的设备布局和工艺流程。",
				LimitKind.SINGLE, 20, 5, null, null, true, "food-business", List.of(),
				List.of(material("食品经营许可申请书", "原件1份（网上申报的在线填写）"), material("营业执照或者其他主体资格证明文件", "复印件1份（验原件）"),
						material("与食品经营相适应的主要设备设施、经营布局、操作流程等文件", "原件1份"),
						material("食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度", "原件1份"),
						optional("委托他人办理的授权委托书及受托人身份证明", "原件1份")),
				List.of(text("business_name", "经营者名称"), text("premises", "经营场所地址"),
						choice("business_form", "主体业态", "食品销售经营者\n餐饮服务经营者\n单位食堂"), number("area", "经营场所面积（平方米）"),
						table("staff", "从业人员", "姓名\n岗位\n健康证明编号"))));
		items.add(new Item("秦市监", "002", ENTERPRISE, PermitTheme.FOOD_AND_DRUGS, "食品生产许可", "Food production licence",
				"SC证\n食品生产许可证\n食品厂", "《中华人民共和国食品安全法》第三十五条；《食品生产许可管理办法》（国家市场监督管理总局令第24号）第二条",
				"有与生产的食品品种、数量相适应的生产场所、设备设施、专业技术人员和管理人员，有保证食品安全的规章制度和合理的设备布局、工艺流程。", LimitKind.SINGLE, 20, 10, null,
				null, true, "food-production", List.of(),
				List.of(material("食品生产许可申请书", "原件1份"), material("食品生产设备布局图和食品生产工艺流程图", "原件1份"),
						material("食品生产主要设备、设施清单", "原件1份"), material("专职或者兼职的食品安全专业技术人员、食品安全管理人员信息和食品安全管理制度", "原件1份")),
				List.of(text("business_name", "生产者名称"), text("site", "生产地址"),
						table("products", "申请生产的食品", "食品类别\n类别编号\n品种明细"))));
		items.add(new Item("秦市监", "003", ENTERPRISE, PermitTheme.OPERATING_LICENCE, "特种设备使用登记",
				"Special equipment registration", "电梯登记\n锅炉登记\n压力容器使用证",
				"《中华人民共和国特种设备安全法》第三十三条；《特种设备使用管理规则》（TSG 08-2017）", "特种设备已经监督检验或者定期检验合格，使用单位已配备相应的安全管理人员和作业人员。",
				LimitKind.SINGLE, 15, 5, null, null, true, null, List.of(),
				List.of(material("特种设备使用登记表", "原件2份"), material("产品合格证（含产品数据表）", "复印件1份"), material("监督检验证明", "复印件1份")),
				List.of(choice("equipment_kind", "设备种类", "电梯\n锅炉\n压力容器\n起重机械\n场（厂）内专用机动车辆"),
						text("equipment_code", "设备代码"), text("location", "设备使用地点"), date("installed_on", "安装竣工日期"))));
		items.add(new Item("秦市监", "004", ENTERPRISE, PermitTheme.OPERATING_LICENCE, "工业产品生产许可证核发（省级发证产品）",
				"Industrial product production licence", "生产许可证\nQS", "《中华人民共和国工业产品生产许可证管理条例》第二条、第九条",
				"有营业执照；有与所生产产品相适应的专业技术人员、生产条件和检验检疫手段；有与所生产产品相适应的技术文件和工艺文件；有健全有效的质量管理制度和责任制度；产品符合有关国家标准、行业标准以及保障人体健康和人身、财产安全的要求。",
				LimitKind.SINGLE, 20, 15, null, null, true, "industrial-product", List.of(),
				List.of(material("工业产品生产许可证申请书", "原件1份"), material("营业执照", "复印件1份"), material("产品检验报告", "原件1份")),
				List.of(text("product", "申请产品名称"), text("site", "生产地址"), number("staff_count", "从业人员数"))));
		items.add(new Item("秦市监", "005", ENTERPRISE, PermitTheme.OPERATING_LICENCE, "开办餐饮店“一件事”（食品经营许可、公共场所卫生许可并联审批）",
				"Opening a restaurant (joint approval)", "开餐馆\n开饭店一件事\n餐饮一件事",
				"《中华人民共和国食品安全法》第三十五条；《公共场所卫生管理条例》第八条；《中华人民共和国行政许可法》第二十六条（统一办理、联合办理、集中办理）",
				"同时符合食品经营许可和公共场所卫生许可的条件：经营场所、设备设施、食品安全管理制度符合要求，公共场所的卫生设施、空气质量等符合卫生标准。", LimitKind.JOINT, 45, 15, null,
				null, true, "food-business", List.of("秦卫健"),
				List.of(material("开办餐饮店“一件事”联合申请表", "原件1份"), material("营业执照", "复印件1份"),
						material("经营场所平面布局图和操作流程图", "原件1份"), material("卫生管理制度和从业人员健康合格证明", "复印件1份"),
						material("公共场所卫生检测或者评价报告", "原件1份")),
				List.of(text("business_name", "经营者名称"), text("premises", "经营场所地址"), number("area", "营业面积（平方米）"),
						number("seats", "座位数"), table("staff", "从业人员", "姓名\n岗位\n健康证明编号"))));
		// 卫生健康委员会
		items.add(new Item("秦卫健", "001", ENTERPRISE, PermitTheme.HEALTH, "公共场所卫生许可", "Public place hygiene licence",
				"卫生许可证\n美容美发卫生许可\n宾馆卫生许可", "《公共场所卫生管理条例》第八条；《公共场所卫生管理条例实施细则》第二十二条",
				"公共场所的选址、设计、装修符合国家相关标准和规范；空气、微小气候、水质、采光、照明、噪声、顾客用品用具等符合卫生标准；从业人员取得有效健康合格证明。", LimitKind.SINGLE, 20, 10,
				null, null, true, "public-health", List.of(),
				List.of(material("卫生许可证申请表", "原件1份"), material("法定代表人或者负责人身份证明", "复印件1份"),
						material("公共场所地址方位示意图、平面图和卫生设施平面布局图", "原件1份"), material("公共场所卫生检测或者评价报告", "原件1份"),
						material("公共场所卫生管理制度", "原件1份")),
				List.of(text("place_name", "场所名称"), choice("place_kind", "场所类别", "住宿场所\n沐浴场所\n美容美发场所\n游泳场所\n其他"),
						number("area", "营业面积（平方米）"), table("staff", "从业人员", "姓名\n岗位\n健康证明编号"))));
		items.add(new Item("秦卫健", "002", ENTERPRISE, PermitTheme.HEALTH, "医疗机构执业登记", "Medical institution registration",
				"诊所执业许可\n医疗机构执业许可证\n开诊所", "《医疗机构管理条例》第十五条、第十七条",
				"按照设置审批或者备案的要求完成建设；有适合的名称、组织机构和场所；有与其开展的业务相适应的经费、设施、设备和专业卫生技术人员；有相应的规章制度；能够独立承担民事责任。", LimitKind.SINGLE,
				45, 20, null, null, true, "medical-institution", List.of(),
				List.of(material("医疗机构执业登记申请书", "原件1份"), material("医疗机构用房产权证明或者使用证明", "复印件1份"),
						material("医疗机构建筑设计平面图", "原件1份"), material("医疗机构规章制度", "原件1份"),
						material("卫生技术人员名录及其有关资格证书、执业证书", "复印件1份")),
				List.of(text("institution_name", "医疗机构名称"), choice("category", "医疗机构类别", "诊所\n门诊部\n卫生院\n医院\n其他"),
						text("subjects", "诊疗科目"), number("beds", "床位数"))));
		items.add(new Item("秦卫健", "003", CITIZEN, PermitTheme.HEALTH, "医师执业注册", "Physician practice registration",
				"医生注册\n执业医师注册\n医师执业证书", "《中华人民共和国医师法》第十三条；《医师执业注册管理办法》第八条",
				"取得医师资格，经拟执业的医疗、预防、保健机构同意，身体健康，无《中华人民共和国医师法》第十六条规定的不予注册情形。", LimitKind.SINGLE, 20, 10, null, null, true,
				"physician", List.of(),
				List.of(material("医师执业注册申请审核表", "原件1份"), material("近6个月内的健康体检证明", "原件1份"),
						material("医疗、预防、保健机构的聘用证明", "原件1份")),
				List.of(text("qualification_no", "医师资格证书编码"), text("institution", "拟执业机构"),
						choice("practice_category", "执业类别", "临床\n中医\n口腔\n公共卫生"), text("practice_scope", "执业范围"))));
		items.add(new Item("秦卫健", "004", CITIZEN, PermitTheme.HEALTH, "护士执业注册", "Nurse practice registration",
				"护士证\n护士注册", "《护士条例》第七条、第八条；《护士执业注册管理办法》第六条", "具有完全民事行为能力；完成规定学制的护理专业学习并取得毕业证书；通过国家护士执业资格考试；符合规定的健康标准。",
				LimitKind.SINGLE, 20, 10, null, null, true, "nurse", List.of(),
				List.of(material("护士执业注册申请审核表", "原件1份"), material("护士执业资格考试成绩合格证明", "复印件1份"),
						material("近6个月内的健康体检证明", "原件1份"), material("医疗卫生机构拟聘用的相关材料", "原件1份")),
				List.of(text("institution", "拟执业机构"), date("exam_passed_on", "考试合格日期"))));
		items.add(new Item("秦卫健", "005", ENTERPRISE, PermitTheme.HEALTH, "饮用水供水单位卫生许可",
				"Drinking water supplier hygiene licence", "供水卫生许可\n二次供水卫生许可",
				"《中华人民共和国传染病防治法》第二十九条；《生活饮用水卫生监督管理办法》第七条",
				"供水设施、水处理工艺和水质符合《生活饮用水卫生标准》（GB 5749）；直接从事供、管水的人员取得健康合格证明并经卫生知识培训。", LimitKind.SINGLE, 20, 10, null,
				null, false, "public-health", List.of(),
				List.of(material("供水单位卫生许可申请表", "原件1份"), material("水质检测报告", "原件1份"), material("供、管水人员健康合格证明", "复印件1份")),
				List.of(text("unit_name", "供水单位名称"), choice("supply_kind", "供水方式", "集中式供水\n二次供水"),
						number("daily_capacity", "日供水能力（吨）"))));
		items.add(new Item("秦卫健", "006", ENTERPRISE, PermitTheme.HEALTH, "母婴保健技术服务执业许可",
				"Maternal and infant health service licence", "婚前检查许可\n产前筛查许可",
				"《中华人民共和国母婴保健法》第三十二条；《中华人民共和国母婴保健法实施办法》第三十五条", "具有与开展项目相适应的医疗保健机构资质、专业技术人员、设备和设施，建立相应的管理制度。",
				LimitKind.SINGLE, 20, 15, null, null, false, null, List.of(),
				List.of(material("母婴保健技术服务执业许可申请表", "原件1份"), material("医疗机构执业许可证", "复印件1份"),
						material("专业技术人员资格证明", "复印件1份")),
				List.of(choice("service", "申请项目", "婚前医学检查\n遗传病诊断\n产前诊断\n结扎手术和终止妊娠手术"), text("institution", "机构名称"))));
		// 住房和城乡建设局
		items.add(new Item("秦建", "001", ENTERPRISE, PermitTheme.CONSTRUCTION, "建筑工程施工许可证核发",
				"Construction works permit", "施工许可证\n开工许可", "《中华人民共和国建筑法》第七条、第八条；《建筑工程施工许可管理办法》第四条",
				"已经办理建设用地规划许可和建设工程规划许可（依法应当办理的）；施工场地已具备施工条件；已经确定施工企业；有满足施工需要的资金安排、施工图纸及技术资料；有保证工程质量和安全的具体措施。",
				LimitKind.SINGLE, 7, 3, null, null, true, "construction-permit", List.of(),
				List.of(material("建筑工程施工许可证申请表", "原件1份"), material("建设工程规划许可证", "复印件1份"),
						material("施工合同和监理合同", "复印件1份"), material("建设资金已经落实承诺书", "原件1份"),
						material("施工图设计文件审查合格书", "复印件1份")),
				List.of(text("project", "工程名称"), text("site", "建设地址"), number("floor_area", "建筑面积（平方米）"),
						number("contract_price", "合同价格（万元）"), date("planned_start", "计划开工日期"))));
		items.add(new Item("秦建", "002", ENTERPRISE, PermitTheme.CONSTRUCTION, "建筑业企业资质核准（施工总承包三级）",
				"Construction enterprise qualification", "建筑资质\n施工资质\n三级资质", "《中华人民共和国建筑法》第十三条；《建筑业企业资质管理规定》第九条",
				"有符合规定的净资产；有符合规定的注册建造师、技术职称人员和技术工人；有符合规定的工程业绩和技术装备。", LimitKind.SINGLE, 20, 15, null, null, true, null,
				List.of(),
				List.of(material("建筑业企业资质申请表", "电子材料"), material("企业营业执照", "复印件1份"),
						material("注册建造师、技术负责人等人员的身份证明、职称证书和社会保险证明", "复印件1份")),
				List.of(choice("qualification", "申请资质类别", "建筑工程施工总承包三级\n市政公用工程施工总承包三级\n机电工程施工总承包三级"),
						table("engineers", "注册建造师", "姓名\n注册编号\n专业"))));
		items.add(new Item("秦建", "003", ENTERPRISE, PermitTheme.HOUSING, "商品房预售许可",
				"Pre-sale permit for commercial housing", "预售证\n商品房预售许可证\n卖期房",
				"《中华人民共和国城市房地产管理法》第四十五条；《城市商品房预售管理办法》第五条、第七条",
				"已交付全部土地使用权出让金，取得土地使用权证书；持有建设工程规划许可证和施工许可证；投入开发建设的资金达到工程建设总投资的25%以上，并已确定施工进度和竣工交付日期。", LimitKind.SINGLE,
				10, 7, null, null, true, null, List.of(),
				List.of(material("商品房预售许可申请表", "原件1份"), material("土地使用权证书", "复印件1份"),
						material("建设工程规划许可证和施工许可证", "复印件1份"), material("工程施工合同及关于施工进度的说明", "复印件1份"),
						material("商品房预售方案", "原件1份")),
				List.of(text("project", "项目名称"), number("units", "预售套数"), number("presale_area", "预售面积（平方米）"))));
		items.add(new Item("秦建", "004", ENTERPRISE, PermitTheme.OPERATING_LICENCE, "燃气经营许可", "Gas business licence",
				"燃气许可证\n液化气经营", "《城镇燃气管理条例》第十五条；《燃气经营许可管理办法》第五条",
				"符合燃气发展规划要求；有符合国家标准的燃气气源和燃气设施；有固定的经营场所、完善的安全管理制度和健全的经营方案；企业的主要负责人、安全生产管理人员以及运行、维护和抢修人员经专业培训并考核合格。",
				LimitKind.SINGLE, 20, 15, null, null, false, null, List.of(),
				List.of(material("燃气经营许可申请书", "原件1份"), material("燃气设施建设工程竣工验收文件", "复印件1份"),
						material("安全管理制度和经营方案", "原件1份")),
				List.of(choice("gas_kind", "经营类别", "管道燃气\n瓶装液化石油气\n压缩天然气\n液化天然气"), text("area", "经营区域"))));
		items.add(new Item("秦建", "005", ENTERPRISE, PermitTheme.CONSTRUCTION, "建设工程消防验收",
				"Fire safety acceptance of construction works", "消防验收\n消防竣工验收",
				"《中华人民共和国消防法》第十三条；《建设工程消防设计审查验收管理暂行规定》第二十六条", "特殊建设工程竣工后已完成工程竣工验收消防查验，消防设施检测合格。", LimitKind.SINGLE, 15,
				10, null, null, true, null, List.of(),
				List.of(material("消防验收申请表", "原件1份"), material("工程竣工验收报告", "复印件1份"), material("涉及消防的建设工程竣工图纸", "原件1份")),
				List.of(text("project", "工程名称"), number("floor_area", "建筑面积（平方米）"), date("completed_on", "竣工日期"))));
		// 交通运输局
		items.add(new Item("秦交", "001", ENTERPRISE, PermitTheme.TRANSPORT, "道路货物运输经营许可",
				"Road freight transport licence", "货运许可\n道路运输经营许可证\n跑货运",
				"《中华人民共和国道路运输条例》第二十一条、第二十四条；《道路货物运输及站场管理规定》第六条", "有与其经营业务相适应并经检测合格的车辆；有符合规定条件的驾驶人员；有健全的安全生产管理制度。",
				LimitKind.SINGLE, 20, 5, null, null, true, "road-transport", List.of(),
				List.of(material("道路货物运输经营申请表", "原件1份"), material("负责人身份证明", "复印件1份"),
						material("机动车辆行驶证、车辆技术等级评定结论", "复印件1份"), material("驾驶人员的驾驶证和从业资格证", "复印件1份"),
						material("安全生产管理制度文本", "原件1份")),
				List.of(text("business_name", "经营者名称"), table("vehicles", "拟投入车辆", "号牌号码\n车辆类型\n核定载质量（吨）"),
						number("drivers", "驾驶人员数"))));
		items.add(new Item("秦交", "002", ENTERPRISE, PermitTheme.TRANSPORT, "道路旅客运输经营许可",
				"Road passenger transport licence", "客运许可\n班车客运\n包车客运", "《中华人民共和国道路运输条例》第八条、第十条；《道路旅客运输及客运站管理规定》第十条",
				"有与其经营业务相适应并经检测合格的车辆；有符合规定条件的驾驶人员；有健全的安全生产管理制度；申请班线经营的，有明确的线路和站点方案。", LimitKind.SINGLE, 20, 15, null,
				null, true, "road-transport", List.of(),
				List.of(material("道路旅客运输经营申请表", "原件1份"), material("企业章程", "复印件1份"), material("拟投入车辆承诺书", "原件1份"),
						material("安全生产管理制度文本", "原件1份")),
				List.of(choice("operation", "经营范围", "班车客运\n包车客运\n旅游客运"), number("vehicles", "拟投入车辆数"))));
		items.add(new Item("秦交", "003", CITIZEN, PermitTheme.TRANSPORT, "巡游出租汽车驾驶员从业资格证核发", "Taxi driver qualification",
				"出租车司机证\n出租车资格证", "《出租汽车驾驶员从业资格管理规定》第十条、第十三条",
				"取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历；无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录，最近连续3个记分周期内没有记满12分记录；无暴力犯罪记录；通过全国公共科目和区域科目考试。",
				LimitKind.SINGLE, 10, 5, null, null, true, null, List.of(),
				List.of(material("出租汽车驾驶员从业资格证申请表", "原件1份"), material("机动车驾驶证", "复印件1份"), material("无犯罪记录证明", "原件1份"),
						material("考试合格证明", "复印件1份")),
				List.of(text("licence_no", "驾驶证档案编号"), date("licensed_on", "初次领证日期"))));
		items.add(new Item("秦交", "004", ENTERPRISE, PermitTheme.TRANSPORT, "公路超限运输许可",
				"Permit for oversize road transport", "大件运输许可\n超限许可", "《中华人民共和国公路法》第五十条；《超限运输车辆行驶公路管理规定》第十一条",
				"运输不可解体物品；车辆及装载符合规定；有符合要求的运输方案和通行路线。", LimitKind.SINGLE, 15, 5, null, null, true, null, List.of(),
				List.of(material("公路超限运输申请表", "原件1份"), material("车辆行驶证", "复印件1份"),
						material("货物名称、重量、外廓尺寸及必要的总体轮廓图", "原件1份"), material("运输方案", "原件1份")),
				List.of(text("cargo", "货物名称"), number("total_weight", "车货总质量（吨）"), text("route", "通行路线"),
						date("travel_from", "通行起始日期"))));
		// 教育局
		items.add(new Item("秦教", "001", CITIZEN, PermitTheme.EDUCATION, "教师资格认定", "Teacher qualification",
				"教师资格证\n教资认定", "《中华人民共和国教师法》第十条、第十三条；《教师资格条例》第十三条",
				"遵守宪法和法律，热爱教育事业，具有良好的思想品德；具备规定的学历或者经国家教师资格考试合格；有教育教学能力；普通话水平达到国家规定的标准；身体条件符合要求。", LimitKind.SINGLE, 30,
				20, null, null, true, "teacher-qualification", List.of(),
				List.of(material("教师资格认定申请表", "原件1份"), material("身份证明", "复印件1份"), material("学历证书", "复印件1份（验原件）"),
						material("普通话水平测试等级证书", "复印件1份"), material("体检合格证明", "原件1份"),
						material("中小学教师资格考试合格证明", "电子材料")),
				List.of(choice("level", "申请资格种类", "幼儿园\n小学\n初级中学\n高级中学\n中等职业学校"), text("subject", "任教学科"),
						text("mandarin_level", "普通话等级"))));
		items.add(new Item("秦教", "002", ENTERPRISE, PermitTheme.EDUCATION, "民办学校设立审批（实施学历教育、学前教育）",
				"Establishing a private school", "办学许可证\n开办幼儿园\n民办学校", "《中华人民共和国民办教育促进法》第十二条、第十七条",
				"有举办者和学校章程；有必备的办学资金和稳定的经费来源；有符合规定的校舍、场地、设施设备；有具备相应资格的校长和教师；有符合规定的专业课程设置。", LimitKind.SINGLE, 60, 30,
				null, null, false, "school-licence", List.of(),
				List.of(material("民办学校设立申请报告", "原件1份"), material("举办者的资格证明文件", "复印件1份"),
						material("学校章程和首届理事会组成人员名单", "原件1份"), material("资产来源、资金数额及有效证明文件", "原件1份"),
						material("校舍产权证明或者租赁合同", "复印件1份")),
				List.of(text("school_name", "拟设学校名称"), choice("school_kind", "学校类型", "幼儿园\n小学\n初级中学\n高级中学"),
						number("capacity", "办学规模（人）"))));
		items.add(new Item("秦教", "003", ENTERPRISE, PermitTheme.EDUCATION, "开办民办幼儿园“一件事”（设立审批、卫生评价并联）",
				"Opening a private kindergarten (joint approval)", "开幼儿园一件事\n幼儿园办学许可",
				"《中华人民共和国民办教育促进法》第十二条；《托儿所幼儿园卫生保健管理办法》第八条", "同时符合民办学校设立条件和托幼机构卫生保健要求：园舍、设施设备、保教人员配备符合规定，卫生保健人员和制度健全。",
				LimitKind.JOINT, 45, 30, null, null, true, "school-licence", List.of("秦卫健"),
				List.of(material("开办民办幼儿园联合申请表", "原件1份"), material("举办者资格证明", "复印件1份"),
						material("园舍产权证明或者租赁合同", "复印件1份"), material("托幼机构卫生评价报告", "原件1份")),
				List.of(text("school_name", "拟设幼儿园名称"), number("classes", "班级数"), number("capacity", "招生规模（人）"))));
		// 民政局
		items.add(new Item("秦民", "001", ENTERPRISE, PermitTheme.OTHER, "社会团体成立登记",
				"Registration of a social organization", "成立协会\n社团登记\n商会登记", "《社会团体登记管理条例》第十一条、第十二条",
				"有50个以上的个人会员或者30个以上的单位会员；有规范的名称和相应的组织机构；有固定的住所；有与其业务活动相适应的专职工作人员；有合法的资产和经费来源；有独立承担民事责任的能力。",
				LimitKind.SINGLE, 60, 30, null, null, true, null, List.of(),
				List.of(material("社会团体成立登记申请书", "原件1份"), material("业务主管单位的批准文件（依法需要的）", "原件1份"),
						material("验资报告、场所使用权证明", "原件1份"), material("章程草案", "原件1份"),
						material("拟任负责人基本情况和身份证明", "复印件1份")),
				List.of(text("org_name", "社会团体名称"), number("members", "会员数"), text("domicile", "住所"))));
		items.add(new Item("秦民", "002", ENTERPRISE, PermitTheme.OTHER, "民办非企业单位成立登记",
				"Registration of a private non-enterprise unit", "社会服务机构登记\n民非登记", "《民办非企业单位登记管理暂行条例》第八条、第十一条",
				"经业务主管单位审查同意（依法需要的）；有规范的名称、必要的组织机构；有与其业务活动相适应的从业人员；有与其业务活动相适应的合法财产；有必要的场所。", LimitKind.SINGLE, 60, 30,
				null, null, true, null, List.of(),
				List.of(material("登记申请书", "原件1份"), material("场所使用权证明", "复印件1份"), material("验资报告", "原件1份"),
						material("章程草案", "原件1份")),
				List.of(text("org_name", "单位名称"), text("business_scope", "业务范围"), number("funds", "开办资金（万元）"))));
		items.add(new Item("秦民", "003", CITIZEN, PermitTheme.FAMILY, "收养登记", "Adoption registration", "领养登记\n收养孩子",
				"《中华人民共和国民法典》第一千一百零五条；《中国公民收养子女登记办法》第七条",
				"收养人无子女或者只有一名子女，有抚养、教育和保护被收养人的能力，未患有在医学上认为不应当收养子女的疾病，无不利于被收养人健康成长的违法犯罪记录，年满三十周岁。", LimitKind.SINGLE, 30,
				20, null, null, false, null, List.of(),
				List.of(material("收养登记申请书", "原件1份"), material("收养人的居民户口簿和居民身份证", "原件及复印件各1份"),
						material("收养人婚姻状况、有无子女和抚养教育能力等情况的证明", "原件1份"), material("县级以上医疗机构出具的体检证明", "原件1份")),
				List.of(text("adopter", "收养人姓名"), text("adoptee", "被收养人姓名"), date("adoptee_birth", "被收养人出生日期"))));
		items.add(new Item("秦民", "004", ENTERPRISE, PermitTheme.OTHER, "慈善组织公开募捐资格审批",
				"Public fundraising qualification", "公募资格\n公开募捐", "《中华人民共和国慈善法》第二十二条；《慈善组织公开募捐管理办法》第五条",
				"依法登记满一年；内部治理结构健全、运作规范；登记满一年后的年度检查结论为合格；申请前二年内未因违法违规行为受到行政处罚。", LimitKind.SINGLE, 20, 15, null, null,
				true, null, List.of(),
				List.of(material("公开募捐资格申请书", "原件1份"), material("理事会关于申请公开募捐资格的会议纪要", "复印件1份"),
						material("公开募捐活动管理制度", "原件1份")),
				List.of(text("org_name", "慈善组织名称"), date("registered_on", "登记日期"))));
		// 公安局
		items.add(new Item("秦公", "001", CITIZEN, PermitTheme.RESIDENCE, "居民身份证换领",
				"Renewing the resident identity card", "换身份证\n身份证到期\n补换身份证", "《中华人民共和国居民身份证法》第八条、第十一条",
				"居民身份证有效期满、证件损坏或者登记项目有误需要换领的。", LimitKind.SINGLE, 60, 20, "20元（工本费）",
				"《中华人民共和国居民身份证法》第二十条；《关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）", false, null, List.of(),
				List.of(material("居民户口簿", "原件1份"), material("原居民身份证", "原件1份"), optional("符合要求的数码相片回执", "电子材料")),
				List.of(choice("reason", "换领原因", "有效期满\n证件损坏\n登记项目变更"), text("phone", "联系电话"))));
		items.add(new Item("秦公", "002", CITIZEN, PermitTheme.RESIDENCE, "户口迁入（投靠亲属）",
				"Moving one's household registration in", "落户\n投靠落户\n迁户口", "《中华人民共和国户口登记条例》第十条、第十三条",
				"符合本市户口迁移政策规定的投靠亲属条件（夫妻投靠、子女投靠父母、父母投靠子女），在迁入地有合法稳定住所。", LimitKind.SINGLE, 20, 5, null, null, true, null,
				List.of(),
				List.of(material("户口迁移申请表", "原件1份"), material("申请人和被投靠人的居民户口簿、居民身份证", "原件1份"),
						material("亲属关系证明（结婚证、出生医学证明等）", "原件1份"), material("合法稳定住所证明", "复印件1份")),
				List.of(choice("relation", "投靠关系", "夫妻投靠\n子女投靠父母\n父母投靠子女"), text("host", "被投靠人姓名"),
						table("movers", "随迁人员", "姓名\n与申请人关系"))));
		items.add(new Item("秦公", "003", ENTERPRISE, PermitTheme.OPERATING_LICENCE, "旅馆业特种行业许可证核发",
				"Hotel special trade licence", "特行许可\n旅馆许可证\n开宾馆",
				"《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）第三十八项；《旅馆业治安管理办法》第四条",
				"房屋建筑、消防设备、出入口和通道等符合有关法律法规；有必要的防盗安全设施；配备旅客住宿登记信息系统；有治安保卫组织或者专（兼）职治安保卫人员。", LimitKind.SINGLE, 20, 10,
				null, null, true, "special-trade", List.of(),
				List.of(material("特种行业许可证申请登记表", "原件1份"), material("营业执照", "复印件1份"),
						material("经营场所产权证明或者租赁合同", "复印件1份"), material("旅馆平面图和安全防范设施说明", "原件1份")),
				List.of(text("hotel_name", "旅馆名称"), number("rooms", "客房数"), number("beds", "床位数"))));
		items.add(new Item("秦公", "004", ENTERPRISE, PermitTheme.CULTURE, "大型群众性活动安全许可",
				"Safety permit for a large public event", "演唱会报批\n大型活动审批", "《大型群众性活动安全管理条例》第十一条、第十三条",
				"活动的安全责任人已确定；有安全工作方案、应急救援预案；活动场所、设施符合安全要求；预计参加人数在1000人以上。", LimitKind.SINGLE, 7, 5, null, null, true,
				null, List.of(),
				List.of(material("大型群众性活动安全许可申请表", "原件1份"), material("承办者合法成立的证明及安全责任人身份证明", "复印件1份"),
						material("大型群众性活动方案及其说明", "原件1份"), material("大型群众性活动安全工作方案", "原件1份"),
						material("场所管理者同意提供活动场所的证明", "原件1份")),
				List.of(text("event_name", "活动名称"), text("venue", "活动场所"), date("event_date", "活动日期"),
						number("attendance", "预计参加人数"))));
		items.add(new Item("秦公", "005", ENTERPRISE, PermitTheme.OPERATING_LICENCE, "开办旅馆“一件事”（特种行业许可、公共场所卫生许可并联审批）",
				"Opening a hotel (joint approval)", "开宾馆一件事\n旅馆一件事",
				"《旅馆业治安管理办法》第四条；《公共场所卫生管理条例》第八条；《中华人民共和国行政许可法》第二十六条", "同时符合特种行业许可和公共场所卫生许可的条件。", LimitKind.JOINT, 45,
				15, null, null, true, "special-trade", List.of("秦卫健"),
				List.of(material("开办旅馆“一件事”联合申请表", "原件1份"), material("营业执照", "复印件1份"),
						material("旅馆平面图和安全防范设施说明", "原件1份"), material("公共场所卫生检测或者评价报告", "原件1份")),
				List.of(text("hotel_name", "旅馆名称"), number("rooms", "客房数"), table("staff", "从业人员", "姓名\n岗位\n健康证明编号"))));
		return items;
	}

	static GuideMaterial material(String name, String formNote) {
		return new GuideMaterial(name, true, formNote, "", null, null);
	}

	static GuideMaterial optional(String name, String formNote) {
		return new GuideMaterial(name, false, formNote, "", null, null);
	}

	static GuideField text(String key, String label) {
		return new GuideField(key, label, null, FieldType.TEXT, true, "", 200L, "");
	}

	static GuideField number(String key, String label) {
		return new GuideField(key, label, null, FieldType.NUMBER, true, "", null, "");
	}

	static GuideField date(String key, String label) {
		return new GuideField(key, label, null, FieldType.DATE, true, "", null, "");
	}

	static GuideField choice(String key, String label, String options) {
		return new GuideField(key, label, null, FieldType.CHOICE, true, options, null, "");
	}

	static GuideField table(String key, String label, String columns) {
		return new GuideField(key, label, null, FieldType.TABLE, false, columns, null, "每行一人（一项），可添加多行");
	}

}
