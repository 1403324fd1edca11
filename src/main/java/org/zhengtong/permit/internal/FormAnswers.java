package org.zhengtong.permit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers to a guide's form, read from what the form sent and checked per field: TEXT
 * up to its length (500 by default), NUMBER a whole number from 0 to its largest value,
 * DATE as yyyy-MM-dd between 1900 and 2100, CHOICE one of the options, TABLE rows of the
 * columns (each row complete, up to 50 rows). Inputs are named by the field's key; a
 * table's cells {@code key.row.column}. Required fields are checked only for a
 * submission: a draft may be unfinished, never wrong.
 */
public final class FormAnswers {

	/** The longest TEXT answer when the field sets none. */
	public static final int TEXT_DEFAULT = 500;

	/** The longest table cell. */
	public static final int CELL_MAX = 200;

	/** The most rows of a table. */
	public static final int ROWS_MAX = 50;

	/** The largest NUMBER when the field sets none. */
	public static final long NUMBER_DEFAULT = 999_999_999_999L;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * One answer to correct.
	 *
	 * @param key the field's key (the input to mark)
	 * @param messageKey what is wrong ({@code permit.answer.*}: the field's label first)
	 */
	public record Problem(String key, String messageKey, List<Object> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

	}

	/** The checked answers (by key, only those given) and what to correct. */
	public record Checked(Map<String, Object> values, List<Problem> problems) {

		public boolean valid() {
			return problems.isEmpty();
		}

		public String json() {
			return JSON.writeValueAsString(values);
		}

	}

	private FormAnswers() {
	}

	/**
	 * Reads and checks the inputs.
	 * @param complete whether required fields must be answered (a submission)
	 */
	public static Checked check(List<GuideField> fields, Map<String, String> inputs, boolean complete) {
		Map<String, Object> values = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		for (GuideField field : fields) {
			if (field.type() == org.zhengtong.permit.FieldType.TABLE) {
				table(field, inputs, complete, values, problems);
				continue;
			}
			String text = strip(inputs.get(field.key()));
			if (text == null) {
				if (complete && field.required()) {
					problems.add(problem(field, "permit.answer.required"));
				}
				continue;
			}
			switch (field.type()) {
				case TEXT -> {
					long max = field.maxValue() == null ? TEXT_DEFAULT : field.maxValue();
					if (text.codePointCount(0, text.length()) > max) {
						problems.add(problem(field, "permit.answer.tooLong", max));
					}
					else {
						values.put(field.key(), text);
					}
				}
				case NUMBER -> {
					long max = field.maxValue() == null ? NUMBER_DEFAULT : field.maxValue();
					if (!text.matches("\\d{1,15}")) {
						problems.add(problem(field, "permit.answer.notNumber"));
					}
					else if (Long.parseLong(text) > max) {
						problems.add(problem(field, "permit.answer.tooLarge", max));
					}
					else {
						values.put(field.key(), Long.parseLong(text));
					}
				}
				case DATE -> {
					try {
						LocalDate date = LocalDate.parse(text);
						if (date.getYear() < 1900 || date.getYear() > 2100) {
							problems.add(problem(field, "permit.answer.notDate"));
						}
						else {
							values.put(field.key(), date.toString());
						}
					}
					catch (DateTimeParseException notADate) {
						problems.add(problem(field, "permit.answer.notDate"));
					}
				}
				case CHOICE -> {
					if (!field.choices().contains(text)) {
						problems.add(problem(field, "permit.answer.notChoice"));
					}
					else {
						values.put(field.key(), text);
					}
				}
				default -> throw new IllegalStateException(field.type().name());
			}
		}
		return new Checked(values, problems);
	}

	private static void table(GuideField field, Map<String, String> inputs, boolean complete,
			Map<String, Object> values, List<Problem> problems) {
		List<String> columns = field.choices();
		List<List<String>> rows = new ArrayList<>();
		for (int row = 0; row < ROWS_MAX + 1; row++) {
			List<String> cells = new ArrayList<>();
			boolean any = false;
			for (int column = 0; column < columns.size(); column++) {
				String cell = strip(inputs.get(field.key() + "." + row + "." + column));
				cells.add(cell == null ? "" : cell);
				any |= cell != null;
			}
			if (!any) {
				continue;
			}
			if (rows.size() == ROWS_MAX) {
				problems.add(problem(field, "permit.answer.tooManyRows", ROWS_MAX));
				return;
			}
			for (int column = 0; column < columns.size(); column++) {
				String cell = cells.get(column);
				if (cell.isEmpty()) {
					problems.add(problem(field, "permit.answer.cellMissing", rows.size() + 1, columns.get(column)));
					return;
				}
				if (cell.length() > CELL_MAX) {
					problems.add(problem(field, "permit.answer.cellTooLong", rows.size() + 1, columns.get(column),
							CELL_MAX));
					return;
				}
			}
			rows.add(cells);
		}
		if (rows.isEmpty()) {
			if (complete && field.required()) {
				problems.add(problem(field, "permit.answer.noRows"));
			}
			return;
		}
		values.put(field.key(), rows);
	}

	/** The stored answers as the form's inputs again (to resume a draft). */
	public static Map<String, String> inputs(String json) {
		Map<String, Object> values = read(json);
		Map<String, String> inputs = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			if (value instanceof List<?> rows) {
				for (int row = 0; row < rows.size(); row++) {
					if (rows.get(row) instanceof List<?> cells) {
						for (int column = 0; column < cells.size(); column++) {
							inputs.put(key + "." + row + "." + column, String.valueOf(cells.get(column)));
						}
					}
				}
			}
			else {
				inputs.put(key, String.valueOf(value));
			}
		});
		return inputs;
	}

	/** The stored answers, by key (a table's rows as lists of cells). */
	public static Map<String, Object> read(String json) {
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	/** How many rows of a table the stored answers have. */
	public static int rows(Map<String, String> inputs, String key) {
		int rows = 0;
		while (inputs.containsKey(key + "." + rows + ".0")) {
			rows++;
		}
		return rows;
	}

	private static Problem problem(GuideField field, String messageKey, Object... more) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(field.label());
		arguments.addAll(List.of(more));
		return new Problem(field.key(), messageKey, arguments);
	}

	private static @Nullable String strip(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.strip();
	}

}
