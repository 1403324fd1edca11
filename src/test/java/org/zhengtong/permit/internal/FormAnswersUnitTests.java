package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhengtong.permit.FieldType;

/**
 * The form's answers checked per field type, as an applicant meets them: each wrong
 * answer named with its field's label, required fields checked only on submission, and
 * what was answered read back for the draft.
 */
class FormAnswersUnitTests {

	static final List<GuideField> FIELDS = ApplicationFixtures.FIELDS;

	private static Map<String, String> valid() {
		Map<String, String> inputs = new HashMap<>();
		inputs.put("shop_name", "老孙家泡馍");
		inputs.put("area", "120");
		inputs.put("opening", "2026-12-20");
		inputs.put("kind", "餐饮服务");
		inputs.put("staff.0.0", "孙一");
		inputs.put("staff.0.1", "JK-001");
		inputs.put("staff.1.0", "孙二");
		inputs.put("staff.1.1", "JK-002");
		return inputs;
	}

	private static List<String> problems(Map<String, String> inputs, boolean complete) {
		return FormAnswers.check(FIELDS, inputs, complete)
			.problems()
			.stream()
			.map((problem) -> problem.key() + " " + problem.messageKey() + " " + problem.arguments())
			.toList();
	}

	@Test
	void valid_answers_are_kept_by_type_and_read_back_for_the_draft() {
		FormAnswers.Checked checked = FormAnswers.check(FIELDS, valid(), true);
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.values()).containsEntry("area", 120L)
			.containsEntry("opening", "2026-12-20")
			.containsEntry("staff", List.of(List.of("孙一", "JK-001"), List.of("孙二", "JK-002")));
		assertThat(FormAnswers.inputs(checked.json())).isEqualTo(valid());
	}

	@Test
	void text_longer_than_its_field_allows_is_named() {
		Map<String, String> inputs = valid();
		inputs.put("shop_name", "一".repeat(21));
		assertThat(problems(inputs, false)).containsExactly("shop_name permit.answer.tooLong [店铺名称, 20]");
		inputs.put("shop_name", "一".repeat(20));
		assertThat(problems(inputs, false)).isEmpty();
	}

	@Test
	void a_number_must_be_whole_and_within_its_range() {
		Map<String, String> inputs = valid();
		inputs.put("area", "12.5");
		assertThat(problems(inputs, false)).containsExactly("area permit.answer.notNumber [经营面积（平方米）]");
		inputs.put("area", "-3");
		assertThat(problems(inputs, false)).containsExactly("area permit.answer.notNumber [经营面积（平方米）]");
		inputs.put("area", "5001");
		assertThat(problems(inputs, false)).containsExactly("area permit.answer.tooLarge [经营面积（平方米）, 5000]");
		inputs.put("area", "5000");
		assertThat(problems(inputs, false)).isEmpty();
	}

	@Test
	void a_date_must_be_a_real_date_in_year_month_day() {
		Map<String, String> inputs = valid();
		for (String wrong : List.of("2026-02-30", "20/12/2026", "1899-12-31", "明天")) {
			inputs.put("opening", wrong);
			assertThat(problems(inputs, false)).as(wrong).containsExactly("opening permit.answer.notDate [开业日期]");
		}
	}

	@Test
	void a_choice_must_be_one_of_the_options() {
		Map<String, String> inputs = valid();
		inputs.put("kind", "网吧");
		assertThat(problems(inputs, false)).containsExactly("kind permit.answer.notChoice [经营类别]");
	}

	@Test
	void a_table_row_must_have_every_column_and_empty_rows_are_ignored() {
		Map<String, String> inputs = valid();
		inputs.put("staff.1.1", " ");
		assertThat(problems(inputs, false)).containsExactly("staff permit.answer.cellMissing [从业人员, 2, 健康证号]");
		inputs.remove("staff.1.0");
		assertThat(problems(inputs, false)).isEmpty();
		assertThat(FormAnswers.check(FIELDS, inputs, false).values().get("staff"))
			.isEqualTo(List.of(List.of("孙一", "JK-001")));
	}

	@Test
	void required_fields_are_asked_for_only_on_submission() {
		Map<String, String> inputs = new HashMap<>();
		inputs.put("opening", "2026-12-20");
		assertThat(problems(inputs, false)).isEmpty();
		assertThat(problems(inputs, true)).containsExactly("shop_name permit.answer.required [店铺名称]",
				"area permit.answer.required [经营面积（平方米）]", "kind permit.answer.required [经营类别]");
	}

	@Test
	void a_required_table_needs_a_row() {
		GuideField table = new GuideField("people", "股东信息", null, FieldType.TABLE, true, "姓名\n出资额", null, "");
		assertThat(FormAnswers.check(List.of(table), Map.of(), true).problems())
			.extracting(FormAnswers.Problem::messageKey)
			.containsExactly("permit.answer.noRows");
	}

}
