package org.zhengtong.permit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.FieldType;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.shared.Spreadsheets;

/**
 * Reads and checks a catalogue workbook (sheets 事项, 材料, 表单; see
 * {@link CatalogueImportService#template()}): every row of every sheet is checked before
 * anything is written, and each problem names its sheet, row and column. The words the
 * sheets accept (主题, 服务对象, 类型, 是/否) are the ones the template's 说明 sheet lists.
 */
final class CatalogueWorkbook {

	static final String ITEMS = "事项";

	static final String MATERIALS = "材料";

	static final String FIELDS = "表单";

	static final String NOTES = "说明";

	static final List<String> ITEM_COLUMNS = List.of("事项编码", "事项名称", "英文名称", "实施部门", "服务对象", "主题", "法定时限", "承诺时限",
			"时限类型", "收费", "收费依据", "设定依据", "受理条件", "办理流程", "窗口地址", "咨询电话", "办公时间", "网上申报", "并联审批", "并联部门", "证照类型",
			"同义词");

	static final List<String> MATERIAL_COLUMNS = List.of("事项编码", "材料名称", "必要", "材料形式", "填写说明");

	static final List<String> FIELD_COLUMNS = List.of("事项编码", "字段键", "字段名称", "类型", "必填", "选项", "上限", "提示");

	/** 事项编码: letters, digits and hyphens, 3–40 characters. */
	static final String CODE = "[A-Za-z0-9][A-Za-z0-9-]{2,39}";

	static final String LICENCE_TYPE = "[a-z][a-z0-9-]{1,39}";

	static final Map<String, PermitTheme> THEMES = new LinkedHashMap<>();

	static final Map<String, Audience> AUDIENCES = new LinkedHashMap<>();

	static final Map<String, LimitKind> LIMIT_KINDS = new LinkedHashMap<>();

	static final Map<String, FieldType> FIELD_TYPES = new LinkedHashMap<>();

	static {
		String[] themes = { "生育收养", "户籍办理", "教育科研", "就业创业", "社会保障", "医疗卫生", "住房保障", "交通出行", "设立变更", "准营准办", "工程建设",
				"食品药品", "环境保护", "农林牧渔", "文化旅游", "其他" };
		for (PermitTheme theme : PermitTheme.values()) {
			THEMES.put(themes[theme.ordinal()], theme);
		}
		AUDIENCES.put("个人", Audience.CITIZEN);
		AUDIENCES.put("法人", Audience.ENTERPRISE);
		AUDIENCES.put("个人和法人", Audience.BOTH);
		LIMIT_KINDS.put("单独办理", LimitKind.SINGLE);
		LIMIT_KINDS.put("联合办理", LimitKind.JOINT);
		LIMIT_KINDS.put("下级初审", LimitKind.LOWER_REVIEW);
		FIELD_TYPES.put("文本", FieldType.TEXT);
		FIELD_TYPES.put("数字", FieldType.NUMBER);
		FIELD_TYPES.put("日期", FieldType.DATE);
		FIELD_TYPES.put("选项", FieldType.CHOICE);
		FIELD_TYPES.put("表格", FieldType.TABLE);
	}

	/** A checked item row, ready to write. */
	record ItemRow(int row, String code, UUID department, Audience audience, PermitTheme theme, GuideContent content) {
	}

	/**
	 * What the workbook holds: the rows to write, or the problems (then nothing is
	 * written).
	 */
	record Checked(List<ItemRow> items, List<CatalogueImportService.ImportProblem> problems) {
	}

	/** Where the rows' departments and codes are looked up. */
	record Lookups(Map<String, Set<UUID>> departments, AccessScope importer, Predicate<String> codeTaken) {
	}

	private final Lookups lookups;

	private final MessageSource messages;

	private final Locale locale;

	private final List<CatalogueImportService.ImportProblem> problems = new ArrayList<>();

	CatalogueWorkbook(Lookups lookups, MessageSource messages, Locale locale) {
		this.lookups = lookups;
		this.messages = messages;
		this.locale = locale;
	}

	/** How many rows the sheets hold (for the progress bar). */
	static long rows(Workbook workbook) {
		return Spreadsheets.data(workbook.getSheet(ITEMS)).size()
				+ Spreadsheets.data(workbook.getSheet(MATERIALS)).size()
				+ Spreadsheets.data(workbook.getSheet(FIELDS)).size();
	}

	/** Checks every row; {@code step} is told of each row checked. */
	Checked check(Workbook workbook, Runnable step) {
		Sheet itemSheet = workbook.getSheet(ITEMS);
		if (itemSheet == null) {
			throw new IllegalArgumentException(message("permit.import.noSheet", ITEMS));
		}
		Map<String, Integer> codes = new HashMap<>();
		Map<String, Draft> drafts = new LinkedHashMap<>();
		for (Row row : Spreadsheets.data(itemSheet)) {
			readItem(row, codes).ifPresent((draft) -> drafts.put(draft.code, draft));
			step.run();
		}
		for (Row row : Spreadsheets.data(workbook.getSheet(MATERIALS))) {
			readMaterial(row, codes, drafts);
			step.run();
		}
		for (Row row : Spreadsheets.data(workbook.getSheet(FIELDS))) {
			readField(row, codes, drafts);
			step.run();
		}
		List<ItemRow> items = new ArrayList<>();
		for (Draft draft : drafts.values()) {
			if (draft.materials.isEmpty()) {
				problem(ITEMS, draft.row, 0, "permit.import.noMaterials", draft.code, MATERIALS);
				continue;
			}
			try {
				items.add(new ItemRow(draft.row, draft.code, draft.department, draft.audience, draft.theme,
						new GuideContent(draft.name, draft.nameEn, draft.synonyms, draft.basis, draft.conditions,
								draft.process, draft.limitKind, draft.legalDays, draft.promisedDays, draft.fee,
								draft.feeBasis, draft.windowAddress, draft.windowPhone, draft.windowHours, draft.online,
								draft.joint, draft.licenceType, draft.materials, draft.fields,
								draft.jointDepartments)));
			}
			catch (IllegalArgumentException unexpected) {
				// every rule GuideContent holds is checked above; this names what slipped
				// through
				problem(ITEMS, draft.row, 1, "permit.import.invalidGuide", unexpected.getMessage());
			}
		}
		return new Checked(problems.isEmpty() ? items : List.of(), List.copyOf(problems));
	}

	/** An item row being read, before its materials and fields. */
	private static final class Draft {

		int row;

		String code = "";

		UUID department;

		Audience audience;

		PermitTheme theme;

		String name = "";

		@Nullable String nameEn;

		String synonyms = "";

		String basis = "";

		String conditions = "";

		String process = "";

		LimitKind limitKind = LimitKind.SINGLE;

		int legalDays;

		int promisedDays;

		@Nullable String fee;

		@Nullable String feeBasis;

		String windowAddress = "";

		String windowPhone = "";

		String windowHours = "";

		boolean online;

		boolean joint;

		@Nullable String licenceType;

		Set<UUID> jointDepartments = new LinkedHashSet<>();

		List<GuideMaterial> materials = new ArrayList<>();

		List<GuideField> fields = new ArrayList<>();

		Set<String> fieldKeys = new HashSet<>();

	}

	@SuppressWarnings("NullAway")
	private java.util.Optional<Draft> readItem(Row row, Map<String, Integer> codes) {
		int before = problems.size();
		Draft draft = new Draft();
		draft.row = row.getRowNum() + 1;
		draft.code = text(row, 0);
		if (!draft.code.matches(CODE)) {
			problem(ITEMS, row, 0, "permit.import.code.invalid", draft.code);
		}
		else if (codes.containsKey(draft.code)) {
			problem(ITEMS, row, 0, "permit.import.code.duplicate", draft.code, codes.get(draft.code));
		}
		else if (lookups.codeTaken().test(draft.code)) {
			problem(ITEMS, row, 0, "permit.import.code.exists", draft.code);
		}
		codes.putIfAbsent(draft.code, draft.row);
		draft.name = text(row, 1);
		if (draft.name.isEmpty() || draft.name.length() > 200) {
			problem(ITEMS, row, 1, "permit.import.length", 1, 200);
		}
		String nameEn = text(row, 2);
		if (nameEn.length() > 200) {
			problem(ITEMS, row, 2, "permit.import.length", 0, 200);
		}
		draft.nameEn = nameEn.isEmpty() ? null : nameEn;
		draft.department = department(row, 3, text(row, 3), true);
		draft.audience = AUDIENCES.get(text(row, 4));
		if (draft.audience == null) {
			problem(ITEMS, row, 4, "permit.import.choice", text(row, 4), String.join("、", AUDIENCES.keySet()));
		}
		draft.theme = THEMES.get(text(row, 5));
		if (draft.theme == null) {
			problem(ITEMS, row, 5, "permit.import.theme", text(row, 5), String.join("、", THEMES.keySet()));
		}
		Integer legal = days(row, 6);
		Integer promised = days(row, 7);
		if (legal != null && promised != null && promised > legal) {
			problem(ITEMS, row, 7, "permit.import.promisedAboveLegal", promised, legal);
		}
		draft.legalDays = legal == null ? 0 : legal;
		draft.promisedDays = promised == null ? 0 : promised;
		draft.joint = yesNo(row, 18, false);
		String kind = text(row, 8);
		if (kind.isEmpty()) {
			draft.limitKind = draft.joint ? LimitKind.JOINT : LimitKind.SINGLE;
		}
		else if (LIMIT_KINDS.containsKey(kind)) {
			draft.limitKind = LIMIT_KINDS.get(kind);
		}
		else {
			problem(ITEMS, row, 8, "permit.import.choice", kind, String.join("、", LIMIT_KINDS.keySet()));
		}
		String fee = text(row, 9);
		draft.fee = fee.isEmpty() || fee.equals("不收费") || fee.equals("免费") ? null : limited(row, 9, fee, 500);
		String feeBasis = text(row, 10);
		draft.feeBasis = feeBasis.isEmpty() ? null : limited(row, 10, feeBasis, 500);
		draft.basis = required(row, 11, 10_000);
		draft.conditions = required(row, 12, 10_000);
		draft.process = required(row, 13, 10_000);
		draft.windowAddress = required(row, 14, 300);
		draft.windowPhone = required(row, 15, 40);
		draft.windowHours = required(row, 16, 200);
		draft.online = yesNo(row, 17, true);
		String others = text(row, 19);
		if (draft.joint && others.isEmpty()) {
			problem(ITEMS, row, 19, "permit.import.joint.none");
		}
		else if (!draft.joint && !others.isEmpty()) {
			problem(ITEMS, row, 18, "permit.import.joint.notJoint");
		}
		for (String other : split(others, "[、;；,，\\n]+")) {
			UUID id = department(row, 19, other, false);
			if (id != null && id.equals(draft.department)) {
				problem(ITEMS, row, 19, "permit.import.joint.lead", other);
			}
			else if (id != null) {
				draft.jointDepartments.add(id);
			}
		}
		String licence = text(row, 20);
		if (!licence.isEmpty() && !licence.matches(LICENCE_TYPE)) {
			problem(ITEMS, row, 20, "permit.import.licenceType", licence);
		}
		draft.licenceType = licence.isEmpty() ? null : licence;
		draft.synonyms = String.join("\n", split(text(row, 21), "[、;；,，\\n]+"));
		if (draft.synonyms.length() > 1000) {
			problem(ITEMS, row, 21, "permit.import.length", 0, 1000);
		}
		return problems.size() > before ? java.util.Optional.empty() : java.util.Optional.of(draft);
	}

	private void readMaterial(Row row, Map<String, Integer> codes, Map<String, Draft> drafts) {
		Draft draft = owner(MATERIALS, row, codes, drafts);
		String name = text(row, 1);
		if (name.isEmpty() || name.length() > 200) {
			problem(MATERIALS, row, 1, "permit.import.length", 1, 200);
		}
		boolean required = yesNo(MATERIALS, row, 2, true);
		String form = text(row, 3);
		if (form.length() > 200) {
			problem(MATERIALS, row, 3, "permit.import.length", 0, 200);
		}
		String note = text(row, 4);
		if (note.length() > 1000) {
			problem(MATERIALS, row, 4, "permit.import.length", 0, 1000);
		}
		if (draft != null && !name.isEmpty() && name.length() <= 200 && form.length() <= 200 && note.length() <= 1000) {
			draft.materials.add(new GuideMaterial(name, required, form, note, null, null));
		}
	}

	private void readField(Row row, Map<String, Integer> codes, Map<String, Draft> drafts) {
		int before = problems.size();
		Draft draft = owner(FIELDS, row, codes, drafts);
		String key = text(row, 1);
		if (!key.matches("[a-z][a-z0-9_]{0,39}")) {
			problem(FIELDS, row, 1, "permit.import.fieldKey", key);
		}
		else if (draft != null && !draft.fieldKeys.add(key)) {
			problem(FIELDS, row, 1, "permit.import.fieldKey.duplicate", key, draft.code);
		}
		String label = text(row, 2);
		if (label.isEmpty() || label.length() > 100) {
			problem(FIELDS, row, 2, "permit.import.length", 1, 100);
		}
		FieldType type = FIELD_TYPES.get(text(row, 3));
		if (type == null) {
			problem(FIELDS, row, 3, "permit.import.choice", text(row, 3), String.join("、", FIELD_TYPES.keySet()));
		}
		boolean required = yesNo(FIELDS, row, 4, true);
		List<String> options = split(text(row, 5), "[、;；|\\n]+");
		if ((type == FieldType.CHOICE || type == FieldType.TABLE) && options.isEmpty()) {
			problem(FIELDS, row, 5, "permit.import.options", text(row, 3));
		}
		else if (String.join("\n", options).length() > 2000) {
			problem(FIELDS, row, 5, "permit.import.length", 0, 2000);
		}
		Long max = null;
		String maxText = text(row, 6);
		if (!maxText.isEmpty()) {
			try {
				max = Long.parseLong(maxText);
				if (max < 1) {
					throw new NumberFormatException(maxText);
				}
			}
			catch (NumberFormatException ex) {
				problem(FIELDS, row, 6, "permit.import.number", maxText);
			}
		}
		String help = text(row, 7);
		if (help.length() > 300) {
			problem(FIELDS, row, 7, "permit.import.length", 0, 300);
		}
		if (draft != null && type != null && problems.size() == before) {
			draft.fields.add(new GuideField(key, label, null, type, required, String.join("\n", options), max, help));
		}
	}

	/** The item a 材料 or 表单 row belongs to, if it is in the 事项 sheet and correct. */
	private @Nullable Draft owner(String sheet, Row row, Map<String, Integer> codes, Map<String, Draft> drafts) {
		String code = text(row, 0);
		if (!codes.containsKey(code)) {
			problem(sheet, row, 0, "permit.import.noItem", code, ITEMS);
			return null;
		}
		return drafts.get(code);
	}

	/**
	 * The unit a cell names (full name, short name, 机关代字 or 统一社会信用代码); the lead
	 * department must be one the importer manages.
	 */
	private @Nullable UUID department(Row row, int column, String name, boolean lead) {
		Set<UUID> found = lookups.departments().getOrDefault(name, Set.of());
		if (found.isEmpty()) {
			problem(ITEMS, row, column, "permit.import.department.unknown", name);
			return null;
		}
		if (found.size() > 1) {
			problem(ITEMS, row, column, "permit.import.department.ambiguous", name);
			return null;
		}
		UUID id = found.iterator().next();
		if (lead && !lookups.importer().reachesUnit(id)) {
			problem(ITEMS, row, column, "permit.import.department.notYours", name);
			return null;
		}
		return id;
	}

	private @Nullable Integer days(Row row, int column) {
		String text = text(row, column);
		try {
			int days = Integer.parseInt(text);
			if (days >= 1 && days <= 365) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problem(ITEMS, row, column, "permit.import.days", text);
		return null;
	}

	private String required(Row row, int column, int max) {
		String text = text(row, column);
		if (text.isEmpty() || text.length() > max) {
			problem(ITEMS, row, column, "permit.import.length", 1, max);
		}
		return text;
	}

	private @Nullable String limited(Row row, int column, String text, int max) {
		if (text.length() > max) {
			problem(ITEMS, row, column, "permit.import.length", 0, max);
		}
		return text;
	}

	private boolean yesNo(Row row, int column, boolean blank) {
		return yesNo(ITEMS, row, column, blank);
	}

	private boolean yesNo(String sheet, Row row, int column, boolean blank) {
		String text = text(row, column);
		return switch (text) {
			case "" -> blank;
			case "是", "Y", "y" -> true;
			case "否", "N", "n" -> false;
			default -> {
				problem(sheet, row, column, "permit.import.yesNo", text);
				yield blank;
			}
		};
	}

	private static List<String> split(String text, String separators) {
		return Arrays.stream(text.split(separators)).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

	private void problem(String sheet, Row row, int column, String key, Object... arguments) {
		problem(sheet, row.getRowNum() + 1, column, key, arguments);
	}

	private void problem(String sheet, int row, int column, String key, Object... arguments) {
		List<String> headings = switch (sheet) {
			case MATERIALS -> MATERIAL_COLUMNS;
			case FIELDS -> FIELD_COLUMNS;
			default -> ITEM_COLUMNS;
		};
		problems.add(new CatalogueImportService.ImportProblem(sheet, row, headings.get(column),
				messages.getMessage(key, arguments, locale)));
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static String text(Row row, int column) {
		return Spreadsheets.text(row, column);
	}

}
