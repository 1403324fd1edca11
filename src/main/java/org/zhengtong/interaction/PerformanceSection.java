package org.zhengtong.interaction;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One section of the public performance page: a heading, what its figures mean, and its
 * tables (each with a caption, and optionally a bar chart drawn from the table's figures,
 * which the table states again for screen readers).
 *
 * @param id a short identifier of letters, digits and dashes, unique on the page (the
 * heading's anchor)
 * @param order position on the page, smallest first
 * @param heading the section's heading
 * @param definitions what each figure counts, in the reader's language
 * @param tables the section's tables
 */
public record PerformanceSection(String id, int order, String heading, List<Definition> definitions,
		List<Table> tables) {

	public PerformanceSection {
		if (!id.matches("[a-z0-9-]{1,40}")) {
			throw new IllegalArgumentException("An id of lower-case letters, digits and dashes: " + id);
		}
		definitions = List.copyOf(definitions);
		tables = List.copyOf(tables);
	}

	/** A figure's name and what it counts. */
	public record Definition(String term, String meaning) {
	}

	/**
	 * A table: the first cell of each row names it (a row header).
	 *
	 * @param caption the table's caption
	 * @param columns the column headings, the first one heading the row names
	 * @param rows the rows, each as many cells as there are columns
	 * @param total the total row, or {@code null}
	 * @param chart bars drawn from the table, or {@code null}
	 */
	public record Table(String caption, List<String> columns, List<List<String>> rows, @Nullable List<String> total,
			@Nullable Chart chart) {

		public Table {
			columns = List.copyOf(columns);
			rows = rows.stream().map(List::copyOf).toList();
			total = total == null ? null : List.copyOf(total);
		}

	}

	/** A horizontal bar chart of percentages (0–100), one bar per table row. */
	public record Chart(List<Bar> bars) {

		public Chart {
			bars = List.copyOf(bars);
		}

		/** The height of the drawing: a label line and a bar per row. */
		public int height() {
			return bars.size() * 40 + 4;
		}

	}

	/**
	 * A bar: its label (with the figure written out) and its length in percent; no bar is
	 * drawn for a row without a figure.
	 */
	public record Bar(String label, @Nullable BigDecimal percent) {

		/** The bar's width as the SVG reads it. */
		public String width() {
			return percent == null ? "0" : percent.min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO) + "%";
		}

	}

}
