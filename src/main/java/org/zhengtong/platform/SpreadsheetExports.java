package org.zhengtong.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * 导出 Excel: a list written as it shows, streaming (a window of rows in memory, the rest
 * in compressed temporary files removed afterwards). A small list is downloaded at once;
 * a large one ({@link #asJob}) runs as a job with a progress bar, and its owner downloads
 * the file from the job's page ({@code /workbench/jobs/{id}/file}) for a day.
 */
public interface SpreadsheetExports {

	/** The media type of the workbooks. */
	String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Rows an Excel sheet holds below its heading. */
	long MAX_ROWS = 1_048_575;

	/** Whether a list of this many rows is exported as a job rather than at once. */
	boolean asJob(long rows);

	/**
	 * The name the file of this export is downloaded as, such as
	 * {@code audit-20261203-0930.xlsx}.
	 */
	String fileName(SpreadsheetExport<?> export);

	/**
	 * Writes the workbook to the stream now (for a list small enough to download at
	 * once).
	 * @throws IllegalArgumentException when the list has more rows than a sheet holds
	 */
	void write(SpreadsheetExport<?> export, Locale locale, OutputStream out) throws IOException;

	/**
	 * Starts writing the workbook as a job of this owner; the file is kept for its owner
	 * once it succeeds.
	 * @throws IllegalArgumentException when the list has more rows than a sheet holds
	 */
	JobView start(SpreadsheetExport<?> export, String owner, Locale locale);

	/** The file a finished export job of this owner produced, if it is still kept. */
	Optional<JobFile> file(UUID job, String owner);

	/** A file a job produced, read in chunks. */
	interface JobFile {

		String name();

		long size();

		void writeTo(OutputStream out) throws IOException;

	}

}
