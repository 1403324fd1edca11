package org.zhengtong.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.zhengtong.platform.JobView;

/**
 * 导入单位和人员 from an Excel workbook: a sheet 单位 (units, parents before children) and a sheet
 * 人员 (staff with their 编制 post). Every row is checked first; if any is wrong nothing is
 * imported and the problems are listed row by row. Imported staff have no password yet:
 * an administrator hands each one a one-time password (重设密码).
 */
public interface OrganizationImport {

	String UNITS_SHEET = "单位";

	String STAFF_SHEET = "人员";

	/** An empty workbook with both sheets, their headings and one example row each. */
	byte[] template() throws IOException;

	/**
	 * Keeps the upload and starts the import as a job the actor follows.
	 * @throws org.zhengtong.files.FileRefused when it is not an Excel workbook (.xlsx) or
	 * larger than 5 MB
	 * @param locale the language of the problem report
	 */
	JobView start(InputStream workbook, String fileName, String actor, Locale locale) throws IOException;

	/** What an import found wrong, by sheet and row. */
	List<ImportProblem> problems(UUID job);

	/** One wrong row. @param row the row number as Excel shows it */
	record ImportProblem(String sheet, int row, String message) {
	}

}
