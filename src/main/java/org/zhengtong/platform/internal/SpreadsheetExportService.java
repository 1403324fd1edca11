package org.zhengtong.platform.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.platform.ExportColumn;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobProgress;
import org.zhengtong.platform.JobView;
import org.zhengtong.platform.SpreadsheetExport;
import org.zhengtong.platform.SpreadsheetExports;

/**
 * Writes lists as .xlsx with POI's streaming workbook: {@link #WINDOW} rows in memory,
 * the rest in compressed temporary files that are removed whatever happens. The rows are
 * read in one read-only transaction (PostgreSQL then hands them over in batches).
 */
@Service
class SpreadsheetExportService implements SpreadsheetExports {

	private static final Logger log = LoggerFactory.getLogger(SpreadsheetExportService.class);

	/** Rows kept in memory while writing. */
	static final int WINDOW = 100;

	/** How long a job's file is kept for its owner. */
	static final Duration KEPT = Duration.ofDays(1);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final JobManagement jobs;

	private final JobFiles files;

	private final MessageSource messages;

	private final Clock clock;

	private final TransactionTemplate reading;

	private final long directLimit;

	SpreadsheetExportService(JobManagement jobs, JobFiles files, MessageSource messages, Clock clock,
			PlatformTransactionManager transactions,
			@Value("${zhengtong.exports.direct-limit:5000}") long directLimit) {
		this.jobs = jobs;
		this.files = files;
		this.messages = messages;
		this.clock = clock;
		this.directLimit = directLimit;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	@Override
	public boolean asJob(long rows) {
		return rows > directLimit;
	}

	@Override
	public String fileName(SpreadsheetExport<?> export) {
		return export.fileName() + "-" + LocalDateTime.now(clock).format(STAMP) + ".xlsx";
	}

	@Override
	public void write(SpreadsheetExport<?> export, Locale locale, OutputStream out) throws IOException {
		fits(export);
		write(export, locale, out, null);
	}

	@Override
	public JobView start(SpreadsheetExport<?> export, String owner, Locale locale) {
		fits(export);
		String title = messages.getMessage("export.job.title",
				new Object[] { messages.getMessage(export.titleKey(), null, locale), export.rows() }, locale);
		String name = fileName(export);
		return jobs.start(export.kind(), title, owner, (progress) -> {
			progress.total(export.rows());
			Path file = Files.createTempFile("export-", ".xlsx");
			try {
				try (OutputStream out = Files.newOutputStream(file)) {
					write(export, locale, out, progress);
				}
				files.store(progress.jobId(), name, XLSX, file, clock.instant());
			}
			finally {
				Files.deleteIfExists(file);
			}
			return messages.getMessage("export.job.done", new Object[] { name }, locale);
		});
	}

	@Override
	public Optional<JobFile> file(UUID job, String owner) {
		return jobs.find(job, owner).flatMap((found) -> files.find(found.id()));
	}

	/** Files older than a day are removed, once an hour, by one instance. */
	@Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
	@SchedulerLock(name = "platform.job-files")
	void removeOldFiles() {
		int removed = files.removeOlderThan(clock.instant().minus(KEPT));
		if (removed > 0) {
			log.info("Removed {} exported files older than {}", removed, KEPT);
		}
	}

	private static void fits(SpreadsheetExport<?> export) {
		if (export.rows() > MAX_ROWS) {
			throw new IllegalArgumentException("A sheet holds " + MAX_ROWS + " rows; the list has " + export.rows());
		}
	}

	private <T> void write(SpreadsheetExport<T> export, Locale locale, OutputStream out, @Nullable JobProgress progress)
			throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		try {
			String title = messages.getMessage(export.titleKey(), null, locale);
			SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
			List<ExportColumn<T>> columns = export.columns();
			Row heading = sheet.createRow(0);
			for (int i = 0; i < columns.size(); i++) {
				heading.createCell(i).setCellValue(messages.getMessage(columns.get(i).headingKey(), null, locale));
				sheet.setColumnWidth(i, 20 * 256);
			}
			sheet.createFreezePane(0, 1);
			ZoneId zone = clock.getZone();
			int[] next = { 1 };
			reading.executeWithoutResult((status) -> export.source().each((item) -> {
				if (next[0] > MAX_ROWS) {
					throw new IllegalArgumentException("A sheet holds " + MAX_ROWS + " rows");
				}
				Row row = sheet.createRow(next[0]++);
				for (int i = 0; i < columns.size(); i++) {
					cell(row.createCell(i), columns.get(i).value().apply(item), zone, locale);
				}
				if (progress != null) {
					progress.advance(1);
				}
			}));
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private void cell(Cell cell, @Nullable Object value, ZoneId zone, Locale locale) {
		if (value == null) {
			cell.setBlank();
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Instant instant) {
			cell.setCellValue(TIME.format(instant.atZone(zone)));
		}
		else if (value instanceof LocalDate day) {
			cell.setCellValue(day.toString());
		}
		else if (value instanceof MessageSourceResolvable resolvable) {
			cell.setCellValue(messages.getMessage(resolvable, locale));
		}
		else {
			// Text is stored as text: never read as a formula, whatever it starts with.
			cell.setCellValue(value.toString());
		}
	}

}
