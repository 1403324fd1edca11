package org.zhengtong.platform;

import java.util.List;
import java.util.function.Consumer;

/**
 * A list to export as an Excel workbook, exactly as it shows: the same rows (its filters,
 * all pages), in its order, with its visible columns.
 *
 * @param kind what kind of export, such as {@code audit.export} (also the job's kind)
 * @param titleKey the message key of the list's title (the sheet's name and the job's
 * title)
 * @param fileName the downloaded file's name without the time and extension, such as
 * {@code audit}
 * @param columns the columns the list shows, in its order
 * @param rows how many rows the list holds (its honest count)
 * @param source every row of the list, in its order; called in a read-only transaction
 */
public record SpreadsheetExport<T>(String kind, String titleKey, String fileName, List<ExportColumn<T>> columns,
		long rows, Rows<T> source) {

	public SpreadsheetExport {
		columns = List.copyOf(columns);
		if (!fileName.matches("[A-Za-z0-9-]+")) {
			throw new IllegalArgumentException("A file name of letters, digits and dashes: " + fileName);
		}
	}

	/** Hands every row of the list, in its order, to the consumer. */
	@FunctionalInterface
	public interface Rows<T> {

		void each(Consumer<T> row);

	}

}
