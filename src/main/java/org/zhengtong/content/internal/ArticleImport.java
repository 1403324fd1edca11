package org.zhengtong.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.ContentRefused;
import org.zhengtong.content.RevisionView;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.FileRefused;
import org.zhengtong.files.StoredFile;
import org.zhengtong.files.UploadRules;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobProgress;
import org.zhengtong.platform.JobView;
import org.zhengtong.shared.Spreadsheets;

/**
 * 导入稿件 (moving an old site's articles, or a batch prepared by an office), from a
 * spreadsheet — each row of the workbook's first sheet — or from files — each Word or OFD
 * file of a folder. Every one becomes a draft of the importer's, which then goes through
 * review like any other. All are checked first by the same rules as the form; one bad row
 * or file imports nothing and the job names those to fix.
 */
@Component
class ArticleImport {

	static final UploadRules WORKBOOKS = new UploadRules(20L * 1024 * 1024, Set.of(Spreadsheets.XLSX));

	static final List<String> COLUMNS = List.of("标题", "副标题", "来源", "作者", "正文", "标签");

	static final String SHEET = "稿件";

	static final int MOST_ROWS = 5_000;

	/** Word and OFD files, each as large as a long report with its pictures. */
	static final UploadRules DOCUMENTS = new UploadRules(50L * 1024 * 1024,
			Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/ofd"));

	/** Files one import takes: a year of a column's articles. */
	static final int MOST_DOCUMENTS = 500;

	/** How many problems the job names (the first ones). */
	static final int PROBLEMS_SHOWN = 20;

	private final ArticleWorkflow articles;

	private final ChannelService channels;

	private final FileManagement files;

	private final JobManagement jobs;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	ArticleImport(ArticleWorkflow articles, ChannelService channels, FileManagement files, JobManagement jobs,
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
		ChannelView target = target(channel, actor);
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
					DraftRules.checked(draft);
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
		refuseIf(problems, "content.import.problems", locale);
		transaction.executeWithoutResult((status) -> {
			for (Articles.Draft draft : drafts) {
				articles.create(channel.id(), draft, actor);
				progress.advance(1);
			}
		});
		return messages.getMessage("content.import.done", new Object[] { drafts.size(), channel.name() }, locale);
	}

	/** A channel of articles or pages the actor drafts in. */
	private ChannelView target(UUID channel, String actor) {
		ChannelView target = channels.find(channel).orElseThrow(() -> new IllegalArgumentException("No channel"));
		if (target.kind() != ChannelKind.ARTICLES && target.kind() != ChannelKind.PAGE) {
			throw ContentRefused.notImportable(target.name());
		}
		if (channels.levelOf(actor, target.id()).isEmpty()) {
			throw ContentRefused.notDraftable(target.name());
		}
		return target;
	}

	/** Fails the job, naming the first problems, when there are any. */
	private void refuseIf(List<String> problems, String message, Locale locale) {
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(messages.getMessage(message,
					new Object[] { problems.size(),
							String.join("；", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) },
					locale));
		}
	}

	/** An upload kept for the job, under the name it had (without its folders). */
	private record Chosen(StoredFile file, String name) {

		boolean ofd() {
			return file.mediaType().equals("application/ofd");
		}

	}

	/** A document read and checked, waiting to become a draft. */
	private record Read(ImportedDocument document, Articles.Draft draft) {
	}

	JobView startDocuments(UUID channel, List<Articles.Upload> uploads, String actor, Locale locale)
			throws IOException {
		ChannelView target = target(channel, actor);
		List<String> skipped = new ArrayList<>();
		List<Articles.Upload> wanted = new ArrayList<>();
		for (Articles.Upload upload : uploads) {
			String name = ImportedDocument.baseName(upload.fileName());
			String lower = name.toLowerCase(Locale.ROOT);
			if (name.startsWith("~$") || name.startsWith(".")) {
				continue; // Office's lock files and hidden files are not documents
			}
			if (lower.endsWith(".docx") || lower.endsWith(".ofd")) {
				wanted.add(new Articles.Upload(name, upload.content()));
			}
			else {
				skipped.add(name);
			}
		}
		if (wanted.isEmpty()) {
			throw ContentRefused.noDocuments(String.join("、", skipped));
		}
		if (wanted.size() > MOST_DOCUMENTS) {
			throw ContentRefused.tooManyDocuments(wanted.size(), MOST_DOCUMENTS);
		}
		List<Chosen> chosen = new ArrayList<>();
		for (Articles.Upload upload : wanted) {
			try (InputStream content = upload.content().getInputStream()) {
				chosen.add(new Chosen(files.store(content, upload.fileName(), DOCUMENTS), upload.fileName()));
			}
		}
		String title = messages.getMessage("content.import.documents.job",
				new Object[] { chosen.size(), target.name() }, locale);
		return jobs.start("content.import", title, actor, (progress) -> {
			FileOwner owner = new FileOwner("content.import", progress.jobId().toString());
			chosen.forEach((file) -> files.attach(file.file(), owner, file.name(), actor));
			return runDocuments(target, chosen, skipped, actor, locale, progress);
		});
	}

	private String runDocuments(ChannelView channel, List<Chosen> chosen, List<String> skipped, String actor,
			Locale locale, JobProgress progress) throws IOException {
		progress.total(chosen.size() * 2L);
		List<Read> read = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		int omitted = 0;
		for (Chosen file : chosen) {
			Path copy = Files.createTempFile("zt-import-", file.ofd() ? ".ofd" : ".docx");
			try {
				try (InputStream content = files.open(file.file())) {
					Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
				}
				ImportedDocument document = file.ofd() ? OfdDocuments.read(copy, file.name())
						: WordDocuments.read(copy, file.name(), this::keepPicture);
				Articles.Draft draft = DraftRules
					.checked(new Articles.Draft(document.title(), null, null, null, document.body((picture) -> null)));
				read.add(new Read(document, draft));
				omitted += document.omittedPictures();
			}
			catch (IOException ex) {
				problems.add(messages.getMessage("content.import.fileProblem",
						new Object[] { file.name(), messages.getMessage("content.import.unreadable", null, locale) },
						locale));
			}
			catch (ContentRefused refused) {
				problems.add(
						messages.getMessage("content.import.fileProblem",
								new Object[] { file.name(),
										messages.getMessage(refused.messageKey(), refused.arguments(), locale) },
								locale));
			}
			finally {
				Files.deleteIfExists(copy);
			}
			progress.advance(1);
		}
		refuseIf(problems, "content.import.documents.problems", locale);
		transaction.executeWithoutResult((status) -> {
			for (Read document : read) {
				RevisionView created = articles.create(channel.id(), document.draft(), actor);
				if (!document.document().pictures().isEmpty()) {
					Map<ImportedDocument.Picture, FileLink> links = new IdentityHashMap<>();
					for (ImportedDocument.Picture picture : document.document().pictures()) {
						links.put(picture, files.attach(picture.file(), RevisionFiles.owner(created.id()),
								picture.fileName(), actor));
					}
					articles.save(created.id(), document.draft().withBody(document.document().body(links::get)), actor);
				}
				progress.advance(1);
			}
		});
		StringBuilder outcome = new StringBuilder(
				messages.getMessage("content.import.done", new Object[] { read.size(), channel.name() }, locale));
		if (omitted > 0) {
			outcome.append(' ')
				.append(messages.getMessage("content.import.omittedPictures", new Object[] { omitted }, locale));
		}
		if (!skipped.isEmpty()) {
			outcome.append(' ')
				.append(messages.getMessage("content.import.skipped",
						new Object[] { skipped.size(), String.join("、", skipped) }, locale));
		}
		return outcome.toString();
	}

	/** A picture in a document, kept when a page can show it. */
	private @Nullable StoredFile keepPicture(InputStream content, String fileName) throws IOException {
		try {
			return files.store(content, fileName, UploadRules.IMAGES);
		}
		catch (FileRefused refused) {
			return null;
		}
	}

	private static @Nullable String blank(String text) {
		return text.isEmpty() ? null : text;
	}

}
