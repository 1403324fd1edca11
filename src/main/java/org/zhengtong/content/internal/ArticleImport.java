package org.zhengtong.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.ContentRefused;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.StoredFile;
import org.zhengtong.files.UploadRules;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobProgress;
import org.zhengtong.platform.JobView;
import org.zhengtong.shared.Spreadsheets;

/**
 * 从表格导入 (moving an old site's articles, or a batch prepared by an office): each row of
 * the workbook's first sheet becomes a draft of the importer's, which then goes through
 * review like any other. Every row is checked first by the same rules as the form; one
 * bad row imports nothing and the job names the rows to fix.
 */
@Component
class ArticleImport {

	static final UploadRules WORKBOOKS = new UploadRules(20L * 1024 * 1024, Set.of(Spreadsheets.XLSX));

	static final List<String> COLUMNS = List.of("标题", "副标题", "来源", "作者", "正文", "标签");

	static final String SHEET = "稿件";

	static final int MOST_ROWS = 5_000;

	/** How many problems the job names (the first ones). */
	static final int PROBLEMS_SHOWN = 20;

	private final ArticleService articles;

	private final ChannelService channels;

	private final FileManagement files;

	private final JobManagement jobs;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	ArticleImport(ArticleService articles, ChannelService channels, FileManagement files, JobManagement jobs,
			TransactionTemplate transaction, MessageSource messages) {
		this.articles = articles;
		this.channels = channels;
		this.files = files;
		this.jobs = jobs;
		this.transaction = transaction;
		this.messages = messages;
	}

	byte[] template() throws IOException {
		return Spreadsheets.template(SHEET, COLUMNS,
				List.of("关于做好冬季供暖工作的通知", "", "秦川市住房和城乡建设局", "", "各区县人民政府：\n\n现就做好今冬明春供暖工作通知如下。", "供暖、民生"));
	}

	JobView start(UUID channel, InputStream workbook, String fileName, String actor, Locale locale) throws IOException {
		ChannelView target = channels.find(channel).orElseThrow(() -> new IllegalArgumentException("No channel"));
		if (target.kind() != ChannelKind.ARTICLES && target.kind() != ChannelKind.PAGE) {
			throw ContentRefused.notImportable(target.name());
		}
		if (channels.levelOf(actor, target.id()).isEmpty()) {
			throw ContentRefused.notDraftable(target.name());
		}
		StoredFile upload = files.store(workbook, fileName, WORKBOOKS);
		String title = messages.getMessage("content.import.job", new Object[] { fileName, target.name() }, locale);
		return jobs.start("content.import", title, actor, (progress) -> {
			files.attach(upload, new FileOwner("content.import", progress.jobId().toString()), fileName, actor);
			try (InputStream content = files.open(upload)) {
				return run(target, content, actor, locale, progress);
			}
		});
	}

	private String run(ChannelView channel, InputStream content, String actor, Locale locale, JobProgress progress)
			throws IOException {
		List<Articles.Draft> drafts = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(content)) {
			Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
			List<Row> rows = Spreadsheets.data(sheet);
			if (rows.isEmpty() || rows.size() > MOST_ROWS) {
				throw new IllegalArgumentException(
						messages.getMessage("content.import.size", new Object[] { rows.size(), MOST_ROWS }, locale));
			}
			progress.total(rows.size() * 2L);
			for (Row row : rows) {
				Articles.Draft draft = new Articles.Draft(Spreadsheets.text(row, 0), blank(Spreadsheets.text(row, 1)),
						blank(Spreadsheets.text(row, 2)), blank(Spreadsheets.text(row, 3)), Spreadsheets.text(row, 4),
						null, Articles.Draft.splitTags(Spreadsheets.text(row, 5)), List.of());
				try {
					ArticleService.checked(draft);
					drafts.add(draft);
				}
				catch (ContentRefused refused) {
					problems
						.add(messages.getMessage("content.import.row",
								new Object[] { row.getRowNum() + 1,
										messages.getMessage(refused.messageKey(), refused.arguments(), locale) },
								locale));
				}
				progress.advance(1);
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(messages.getMessage("content.import.problems",
					new Object[] { problems.size(),
							String.join("；", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) },
					locale));
		}
		transaction.executeWithoutResult((status) -> {
			for (Articles.Draft draft : drafts) {
				articles.create(channel.id(), draft, actor);
				progress.advance(1);
			}
		});
		return messages.getMessage("content.import.done", new Object[] { drafts.size(), channel.name() }, locale);
	}

	private static @Nullable String blank(String text) {
		return text.isEmpty() ? null : text;
	}

}
