package org.zhengtong.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * What every import from Excel needs: the rows of a sheet under its heading, a cell as
 * the text people see in it, and a template with headings and one example row.
 */
public final class Spreadsheets {

	/** The .xlsx media type, as judged from the content. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

	private Spreadsheets() {
	}

	/** The rows under the heading that have anything in them. */
	public static List<Row> data(@Nullable Sheet sheet) {
		List<Row> rows = new ArrayList<>();
		if (sheet == null) {
			return rows;
		}
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			boolean blank = true;
			for (Cell cell : row) {
				blank &= FORMAT.formatCellValue(cell).isBlank();
			}
			if (!blank) {
				rows.add(row);
			}
		}
		return rows;
	}

	/** A cell as the text it shows, trimmed; empty when there is no cell. */
	public static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null ? "" : FORMAT.formatCellValue(cell).strip();
	}

	/** A sheet with the headings in its first row and an example in its second. */
	public static void sheet(Workbook workbook, String name, List<String> headings, List<String> example) {
		Sheet sheet = workbook.createSheet(name);
		Row head = sheet.createRow(0);
		Row row = sheet.createRow(1);
		for (int i = 0; i < headings.size(); i++) {
			head.createCell(i).setCellValue(headings.get(i));
			row.createCell(i).setCellValue(example.get(i));
			sheet.setColumnWidth(i, 20 * 256);
		}
	}

	/** A workbook of one sheet of headings and an example, as bytes to download. */
	public static byte[] template(String name, List<String> headings, List<String> example) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet(workbook, name, headings, example);
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
