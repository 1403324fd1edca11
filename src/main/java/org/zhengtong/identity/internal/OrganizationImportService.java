package org.zhengtong.identity.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.StoredFile;
import org.zhengtong.files.UploadRules;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.OrganizationImport;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.DepartmentView;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.organization.UnitView;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobProgress;
import org.zhengtong.platform.JobView;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.IdentifierInvalid;
import org.zhengtong.shared.Spreadsheets;

@Service
class OrganizationImportService implements OrganizationImport {

	static final UploadRules WORKBOOKS = new UploadRules(5L * 1024 * 1024, Set.of(Spreadsheets.XLSX));

	static final List<String> UNIT_COLUMNS = List.of("全称", "简称", "英文名称", "机关代字", "统一社会信用代码", "类型", "上级单位全称", "排序");

	static final List<String> STAFF_COLUMNS = List.of("用户名", "姓名", "单位全称", "内设机构", "职务", "办公电话");

	private static final String USERNAME = "[A-Za-z0-9._@-]{2,64}";

	private final FileManagement files;

	private final JobManagement jobs;

	private final UnitManagement units;

	private final PostManagement posts;

	private final AccountService accounts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final Clock clock;

	private final ScopeService scopes;

	OrganizationImportService(FileManagement files, JobManagement jobs, UnitManagement units, PostManagement posts,
			AccountService accounts, JdbcClient jdbc, TransactionTemplate transaction, MessageSource messages,
			Clock clock, ScopeService scopes) {
		this.scopes = scopes;
		this.files = files;
		this.jobs = jobs;
		this.units = units;
		this.posts = posts;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public byte[] template() throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Spreadsheets.sheet(workbook, UNITS_SHEET, UNIT_COLUMNS,
					List.of("秦川市示例局", "市示例局", "Qinchuan Example Bureau", "秦例", "", "部门", "秦川市人民政府", "90"));
			Spreadsheets.sheet(workbook, STAFF_SHEET, STAFF_COLUMNS,
					List.of("zhangsan", "张三", "秦川市示例局", "办公室", "科员", "029-8700 0000"));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Override
	public JobView start(InputStream workbook, String fileName, String actor, Locale locale) throws IOException {
		if (!scopes.of(actor, "unit.manage", null).all() || !scopes.of(actor, "account.manage", null).all()) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the system administrator imports units and staff");
		}
		StoredFile upload = files.store(workbook, fileName, WORKBOOKS);
		String title = messages.getMessage("import.job.title", new Object[] { fileName }, locale);
		return jobs.start("identity.import", title, actor, (progress) -> {
			files.attach(upload, new FileOwner("identity.import", progress.jobId().toString()), fileName, actor);
			try (InputStream content = files.open(upload)) {
				return run(progress.jobId(), content, actor, locale, progress);
			}
		});
	}

	record UnitRow(int row, String fullName, String shortName, String englishName, @Nullable String codePrefix,
			@Nullable String creditCode, UnitKind kind, String parent, int sortOrder) {
	}

	record StaffRow(int row, String username, String name, String unit, @Nullable String department, String title,
			@Nullable String phone) {
	}

	private String run(UUID job, InputStream content, String actor, Locale locale, JobProgress progress)
			throws IOException {
		List<UnitRow> unitRows = new ArrayList<>();
		List<StaffRow> staffRows = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(content)) {
			Sheet unitSheet = workbook.getSheet(UNITS_SHEET);
			Sheet staffSheet = workbook.getSheet(STAFF_SHEET);
			if (unitSheet == null && staffSheet == null) {
				throw new IllegalArgumentException(message(locale, "import.noSheets", UNITS_SHEET, STAFF_SHEET));
			}
			long total = rows(unitSheet) + rows(staffSheet);
			progress.total(total * 2);
			Map<String, UnitView> existing = new HashMap<>();
			units.tree(LocalDate.now(clock))
				.stream()
				.filter(UnitView::active)
				.forEach((unit) -> existing.put(unit.names().fullName(), unit));
			Set<String> newUnits = new HashSet<>();
			Set<String> codes = new HashSet<>();
			for (Row row : data(unitSheet)) {
				readUnit(row, locale, existing, newUnits, codes, problems).ifPresent(unitRows::add);
				progress.advance(1);
			}
			Set<String> usernames = new HashSet<>();
			Map<UUID, List<DepartmentView>> departments = new HashMap<>();
			posts.activeDepartments()
				.forEach((d) -> departments.computeIfAbsent(d.unitId(), (k) -> new ArrayList<>()).add(d));
			for (Row row : data(staffSheet)) {
				readStaff(row, locale, existing, newUnits, departments, usernames, problems).ifPresent(staffRows::add);
				progress.advance(1);
			}
		}
		if (!problems.isEmpty()) {
			saveProblems(job, problems);
			throw new IllegalArgumentException(message(locale, "import.failed", problems.size()));
		}
		transaction.executeWithoutResult((status) -> {
			Map<String, UUID> created = new HashMap<>();
			for (UnitRow unit : unitRows) {
				UUID parent = created.containsKey(unit.parent()) ? created.get(unit.parent())
						: unit.parent().isEmpty() ? null
								: units.tree(LocalDate.now(clock))
									.stream()
									.filter((u) -> u.active() && u.names().fullName().equals(unit.parent()))
									.findFirst()
									.map(UnitView::id)
									.orElseThrow();
				created.put(unit.fullName(),
						units
							.create(parent, unit.kind(),
									new UnitNames(unit.fullName(), unit.shortName(), unit.englishName(),
											unit.codePrefix()),
									unit.creditCode(), unit.sortOrder(), LocalDate.now(clock), actor)
							.id());
				progress.advance(1);
			}
			Map<String, UUID> byName = new HashMap<>(created);
			units.tree(LocalDate.now(clock))
				.stream()
				.filter(UnitView::active)
				.forEach((u) -> byName.putIfAbsent(u.names().fullName(), u.id()));
			for (StaffRow staff : staffRows) {
				UUID unit = byName.get(staff.unit());
				UUID department = staff.department() == null ? null
						: posts.departments(unit)
							.stream()
							.filter((d) -> d.active() && d.name().equals(staff.department()))
							.map(DepartmentView::id)
							.findFirst()
							.orElse(null);
				accounts.createWithoutPassword(staff.username(), staff.name(), AccountKind.STAFF, actor);
				accounts.grant(staff.username(), IdentityRoles.STAFF, actor);
				accounts.appoint(staff.username(), new StaffPost(unit, department, staff.title(), true, staff.phone()),
						actor);
				progress.advance(1);
			}
		});
		return message(locale, "import.done", unitRows.size(), staffRows.size());
	}

	private java.util.Optional<UnitRow> readUnit(Row row, Locale locale, Map<String, UnitView> existing,
			Set<String> newUnits, Set<String> codes, List<ImportProblem> problems) {
		int before = problems.size();
		String full = text(row, 0);
		String shortName = text(row, 1);
		String english = text(row, 2);
		String prefix = text(row, 3);
		String code = text(row, 4);
		String kindText = text(row, 5);
		String parent = text(row, 6);
		String order = text(row, 7);
		if (full.length() < 2 || full.length() > 80) {
			problem(problems, locale, UNITS_SHEET, row, "import.unit.fullName");
		}
		else if (existing.containsKey(full) || newUnits.contains(full)) {
			problem(problems, locale, UNITS_SHEET, row, "import.unit.exists", full);
		}
		if (shortName.isEmpty() || shortName.length() > 30) {
			problem(problems, locale, UNITS_SHEET, row, "import.unit.shortName");
		}
		if (english.length() < 2 || english.length() > 160) {
			problem(problems, locale, UNITS_SHEET, row, "import.unit.englishName");
		}
		if (prefix.length() > 12) {
			problem(problems, locale, UNITS_SHEET, row, "import.unit.codePrefix");
		}
		String checkedCode = null;
		if (!code.isEmpty()) {
			try {
				checkedCode = CreditCode.of(code).value();
				if (!codes.add(checkedCode) || Boolean.TRUE
					.equals(jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_unit WHERE credit_code = ?)")
						.param(checkedCode)
						.query(Boolean.class)
						.single())) {
					problem(problems, locale, UNITS_SHEET, row, "unit.refused.creditCodeTaken", checkedCode);
				}
			}
			catch (IdentifierInvalid invalid) {
				problems.add(new ImportProblem(UNITS_SHEET, row.getRowNum() + 1,
						messages.getMessage(invalid.messageKey(), invalid.arguments(), locale)));
			}
		}
		UnitKind kind = kind(kindText, locale);
		if (kind == null) {
			problem(problems, locale, UNITS_SHEET, row, "import.unit.kind", kindText);
		}
		if (!parent.isEmpty() && !existing.containsKey(parent) && !newUnits.contains(parent)) {
			problem(problems, locale, UNITS_SHEET, row, "import.unit.parent", parent);
		}
		int sortOrder = 0;
		if (!order.isEmpty()) {
			try {
				sortOrder = Integer.parseInt(order);
			}
			catch (NumberFormatException ex) {
				problem(problems, locale, UNITS_SHEET, row, "import.unit.sortOrder", order);
			}
		}
		newUnits.add(full);
		if (problems.size() > before || kind == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new UnitRow(row.getRowNum() + 1, full, shortName, english,
				prefix.isEmpty() ? null : prefix, checkedCode, kind, parent, sortOrder));
	}

	private java.util.Optional<StaffRow> readStaff(Row row, Locale locale, Map<String, UnitView> existing,
			Set<String> newUnits, Map<UUID, List<DepartmentView>> departments, Set<String> usernames,
			List<ImportProblem> problems) {
		int before = problems.size();
		String username = text(row, 0);
		String name = text(row, 1);
		String unit = text(row, 2);
		String department = text(row, 3);
		String title = text(row, 4);
		String phone = text(row, 5);
		if (!username.matches(USERNAME)) {
			problem(problems, locale, STAFF_SHEET, row, "import.staff.username", username);
		}
		else if (!usernames.add(username.toLowerCase(Locale.ROOT)) || accounts.find(username).isPresent()) {
			problem(problems, locale, STAFF_SHEET, row, "account.refused.usernameTaken", username);
		}
		if (name.isEmpty() || name.length() > 64) {
			problem(problems, locale, STAFF_SHEET, row, "import.staff.name");
		}
		UnitView known = existing.get(unit);
		if (known == null && !newUnits.contains(unit)) {
			problem(problems, locale, STAFF_SHEET, row, "import.staff.unit", unit);
		}
		else if (!department.isEmpty() && (known == null || departments.getOrDefault(known.id(), List.of())
			.stream()
			.noneMatch((d) -> d.name().equals(department)))) {
			problem(problems, locale, STAFF_SHEET, row, "import.staff.department", department, unit);
		}
		if (title.isEmpty() || title.length() > 30) {
			problem(problems, locale, STAFF_SHEET, row, "post.form.titleLength");
		}
		if (!phone.isEmpty() && !phone.matches("[0-9+() -]{3,24}")) {
			problem(problems, locale, STAFF_SHEET, row, "post.form.phonePattern");
		}
		if (problems.size() > before) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new StaffRow(row.getRowNum() + 1, username, name, unit,
				department.isEmpty() ? null : department, title, phone.isEmpty() ? null : phone));
	}

	private @Nullable UnitKind kind(String text, Locale locale) {
		for (UnitKind kind : UnitKind.values()) {
			if (kind.name().equalsIgnoreCase(text)
					|| messages.getMessage("unit.kind." + kind.name(), null, Locale.SIMPLIFIED_CHINESE).equals(text)
					|| messages.getMessage("unit.kind." + kind.name(), null, locale).equalsIgnoreCase(text)) {
				return kind;
			}
		}
		return null;
	}

	private void saveProblems(UUID job, List<ImportProblem> problems) {
		transaction.executeWithoutResult((status) -> {
			for (ImportProblem problem : problems) {
				jdbc.sql("INSERT INTO identity_import_problem (job_id, sheet, row_number, message) VALUES (?, ?, ?, ?)")
					.params(job, problem.sheet(), problem.row(), problem.message())
					.update();
			}
		});
	}

	@Override
	public List<ImportProblem> problems(UUID job) {
		return jdbc
			.sql("SELECT sheet, row_number, message FROM identity_import_problem WHERE job_id = ? "
					+ "ORDER BY sheet DESC, row_number")
			.param(job)
			.query((row, number) -> new ImportProblem(row.getString("sheet"), row.getInt("row_number"),
					row.getString("message")))
			.list();
	}

	private void problem(List<ImportProblem> problems, Locale locale, String sheet, Row row, String key,
			Object... arguments) {
		problems.add(new ImportProblem(sheet, row.getRowNum() + 1, messages.getMessage(key, arguments, locale)));
	}

	private String message(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static long rows(@Nullable Sheet sheet) {
		return data(sheet).size();
	}

	private static List<Row> data(@Nullable Sheet sheet) {
		return Spreadsheets.data(sheet);
	}

	private static String text(Row row, int column) {
		return Spreadsheets.text(row, column);
	}

}
