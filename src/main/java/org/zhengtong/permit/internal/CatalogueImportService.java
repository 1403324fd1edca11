package org.zhengtong.permit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.StoredFile;
import org.zhengtong.files.UploadRules;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobProgress;
import org.zhengtong.platform.JobView;
import org.zhengtong.shared.Spreadsheets;

/**
 * 事项导入: a department's 事项管理员 imports items with their first service guide from an Excel
 * workbook, as a platform job with a progress bar. Every row of the three sheets is
 * checked first; if anything is wrong nothing is imported and the error report names each
 * problem's sheet, row and column. Otherwise all items are written in one transaction.
 * <p>
 * Imported guides arrive as <b>drafts</b> (草稿), not submitted for review: a workbook
 * cannot carry the 样表 and 空白表格 files of the materials, which the manager attaches on the
 * catalogue desk, and each guide should be read there once as the public will see it
 * before its author sends it to the 审批负责人. Publication still needs that review, so an
 * import never puts anything on the portal by itself.
 */
@Service
public class CatalogueImportService {

	public static final String JOB_KIND = "permit.catalogue-import";

	static final UploadRules WORKBOOKS = new UploadRules(5L * 1024 * 1024, Set.of(Spreadsheets.XLSX));

	/** One problem of an import. @param row the row number as Excel shows it */
	public record ImportProblem(String sheet, int row, String column, String message) {
	}

	private final FileManagement files;

	private final JobManagement jobs;

	private final UnitManagement units;

	private final PermitItems items;

	private final CatalogueWriter writer;

	private final CatalogueImportProblems problems;

	private final AccessScopes scopes;

	private final AuditManagement audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final Clock clock;

	CatalogueImportService(FileManagement files, JobManagement jobs, UnitManagement units, PermitItems items,
			CatalogueWriter writer, CatalogueImportProblems problems, AccessScopes scopes, AuditManagement audit,
			ApplicationEventPublisher events, TransactionTemplate transaction, MessageSource messages, Clock clock) {
		this.files = files;
		this.jobs = jobs;
		this.units = units;
		this.items = items;
		this.writer = writer;
		this.problems = problems;
		this.scopes = scopes;
		this.audit = audit;
		this.events = events;
		this.transaction = transaction;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The template: the three sheets with their headings and an example item, and a 说明
	 * sheet with the words each column accepts.
	 */
	public byte[] template() throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Spreadsheets.sheet(workbook, CatalogueWorkbook.ITEMS, CatalogueWorkbook.ITEM_COLUMNS,
					List.of("QC-XX-XK-001", "示例许可事项", "Example permit", "秦川市示例局", "法人", "准营准办", "20", "10", "单独办理",
							"不收费", "", "《中华人民共和国行政许可法》第十二条", "申请人应当具备的条件……", "1. 申请；2. 受理；3. 审查；4. 决定；5. 送达。",
							"秦川市政务服务中心二楼 A区 1号窗口", "029-8733 0000", "周一至周五 9:00–12:00，13:30–17:30", "是", "否", "", "",
							"示例别名、另一个别名"));
			Spreadsheets.sheet(workbook, CatalogueWorkbook.MATERIALS, CatalogueWorkbook.MATERIAL_COLUMNS,
					List.of("QC-XX-XK-001", "申请书", "是", "原件1份", "按样表填写"));
			Spreadsheets.sheet(workbook, CatalogueWorkbook.FIELDS, CatalogueWorkbook.FIELD_COLUMNS,
					List.of("QC-XX-XK-001", "business_name", "经营者名称", "文本", "是", "", "200", ""));
			Sheet notes = workbook.createSheet(CatalogueWorkbook.NOTES);
			String[][] lines = { { "每行一个事项；材料和表单字段按事项编码对应到事项。第一行是标题，不要修改。" },
					{ "只要有一处错误，就什么都不导入，错误报告逐行列出工作表、行号、列和问题。导入的办事指南为草稿，须在事项管理中核对、上传样表后提交审核。" },
					{ "实施部门", "单位全称、简称、机关代字或统一社会信用代码；只能是你所管理的部门" },
					{ "服务对象", String.join("、", CatalogueWorkbook.AUDIENCES.keySet()) },
					{ "主题", String.join("、", CatalogueWorkbook.THEMES.keySet()) },
					{ "法定时限、承诺时限", "工作日数，1 至 365；承诺时限不得超过法定时限" },
					{ "时限类型", String.join("、", CatalogueWorkbook.LIMIT_KINDS.keySet()) + "（留空：并联审批为联合办理，否则为单独办理）" },
					{ "收费", "留空或“不收费”表示不收费" }, { "网上申报、并联审批、必要、必填", "是 / 否" }, { "并联部门", "并联审批时填写其他部门，用顿号分隔" },
					{ "证照类型", "小写字母、数字和连字符，如 food-business；不发证照的留空" }, { "同义词、选项", "用顿号分隔" },
					{ "类型", String.join("、", CatalogueWorkbook.FIELD_TYPES.keySet()) },
					{ "字段键", "小写字母开头，小写字母、数字和下划线，最多 40 位，同一事项内不重复" } };
			for (int i = 0; i < lines.length; i++) {
				Row row = notes.createRow(i);
				for (int j = 0; j < lines[i].length; j++) {
					row.createCell(j).setCellValue(lines[i][j]);
				}
			}
			notes.setColumnWidth(0, 30 * 256);
			notes.setColumnWidth(1, 90 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * Keeps the upload and starts the import as a job the actor follows; called in the
	 * actor's request (their post in use decides which department's items they import).
	 * @throws CatalogueImportRefused when the actor manages no department's items
	 * (audited)
	 * @throws org.zhengtong.files.FileRefused when it is not an Excel workbook (.xlsx) or
	 * larger than 5 MB
	 */
	public JobView start(InputStream workbook, String fileName, String actor, Locale locale) throws IOException {
		Instant now = clock.instant();
		AccessScope scope = scopes.current(PermitRoles.CATALOGUE);
		// the post and address of the request, for the entries the job writes later
		AuditableEvent request = AuditableEvent.succeeded(now, actor, JOB_KIND, "permit.import", null, "");
		if (scope.isEmpty()) {
			audit.recordApart(request.withOutcome(Outcome.DENIED).withChange(null, fileName));
			throw CatalogueImportRefused.notItemManager();
		}
		StoredFile upload = files.store(workbook, fileName, WORKBOOKS);
		String title = messages.getMessage("permit.import.job.title", new Object[] { fileName }, locale);
		return jobs.start(JOB_KIND, title, actor, (progress) -> {
			files.attach(upload, new FileOwner(JOB_KIND, progress.jobId().toString()), fileName, actor);
			try (InputStream content = files.open(upload)) {
				return run(progress, content, fileName, actor, scope, request, locale);
			}
		});
	}

	/** What an import found wrong, in the order found. */
	public List<ImportProblem> problems(UUID job) {
		return problems.of(job);
	}

	private String run(JobProgress progress, InputStream content, String fileName, String actor, AccessScope scope,
			AuditableEvent request, Locale locale) throws IOException {
		CatalogueWorkbook.Checked checked;
		try (Workbook workbook = new XSSFWorkbook(content)) {
			long rows = CatalogueWorkbook.rows(workbook);
			CatalogueWorkbook reader = new CatalogueWorkbook(
					new CatalogueWorkbook.Lookups(departments(), scope, (code) -> items.findByCode(code).isPresent()),
					messages, locale);
			progress.total(rows + Spreadsheets.data(workbook.getSheet(CatalogueWorkbook.ITEMS)).size());
			checked = reader.check(workbook, () -> progress.advance(1));
		}
		if (!checked.problems().isEmpty()) {
			problems.save(progress.jobId(), checked.problems());
			audit.record(event(request, Outcome.FAILED, progress.jobId().toString(),
					"事项导入未通过检查：" + fileName + "，" + checked.problems().size() + " 处问题"));
			throw new IllegalArgumentException(
					messages.getMessage("permit.import.failed", new Object[] { checked.problems().size() }, locale));
		}
		if (checked.items().isEmpty()) {
			throw new IllegalArgumentException(messages.getMessage("permit.import.empty", null, locale));
		}
		transaction.executeWithoutResult((status) -> {
			Instant at = clock.instant();
			for (CatalogueWorkbook.ItemRow row : checked.items()) {
				Guide draft = writer.draft(row.code(), row.department(), row.audience(), row.theme(), row.content(),
						actor, at);
				events.publishEvent(new AuditableEvent(UUID.randomUUID(), at, actor, request.post(), request.unitId(),
						request.address(), "permit.item-imported", "permit.item", row.code(), Outcome.SUCCESS,
						"导入事项 " + row.code() + " " + draft.name() + "（办事指南草稿，第 " + draft.revision() + " 版）", null,
						null));
				progress.advance(1);
			}
		});
		return messages.getMessage("permit.import.done", new Object[] { checked.items().size() }, locale);
	}

	private AuditableEvent event(AuditableEvent request, Outcome outcome, String job, String summary) {
		return new AuditableEvent(UUID.randomUUID(), clock.instant(), request.actor(), request.post(), request.unitId(),
				request.address(), JOB_KIND, "permit.import", job, outcome, summary, null, null);
	}

	/**
	 * Units in force today by every name a row may use: full name, short name, 机关代字 and
	 * 统一社会信用代码.
	 */
	private Map<String, Set<UUID>> departments() {
		Map<String, Set<UUID>> names = new HashMap<>();
		for (UnitView unit : units.tree(LocalDate.now(clock))) {
			if (!unit.active()) {
				continue;
			}
			for (String name : new String[] { unit.names().fullName(), unit.names().shortName(),
					unit.names().codePrefix(), unit.creditCode() }) {
				if (name != null && !name.isBlank()) {
					names.computeIfAbsent(name, (k) -> new HashSet<>()).add(unit.id());
				}
			}
		}
		return names;
	}

}
