package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.LicenceType;

/**
 * The 发证 page's prefill maps the demo catalogue's form fields onto the licence templates:
 * every item yielding one of the templates fills the business name and the other fields
 * its form asks for, and a licence issued from the prefill alone misses only what the
 * form never asked.
 */
class LicencePrefillUnitTests {

	@Test
	void the_food_business_form_fills_the_business_name_the_premises_and_the_type_of_business() {
		Map<String, String> fields = LicencePrefill.fields(LicenceType.FOOD_BUSINESS,
				Map.of("business_name", "秦川味道餐馆", "premises", "秦川市长安路1号", "business_form", "餐饮服务经营者", "area", "120"),
				ApplicantKind.ENTERPRISE, "秦川示例科技有限公司");

		assertThat(fields).containsEntry("businessName", "秦川味道餐馆")
			.containsEntry("premises", "秦川市长安路1号")
			.containsEntry("businessType", "餐饮服务经营者")
			.containsEntry("scope", "")
			.containsEntry("legalRepresentative", "");
		assertThat(fields.keySet()).as("the item's own template first, in the licence's order")
			.startsWith("businessName", "premises", "businessType", "scope", "legalRepresentative");
	}

	@Test
	void each_template_reads_its_own_form_keys() {
		assertThat(LicencePrefill.fields(LicenceType.PUBLIC_HEALTH, Map.of("place_name", "悦来宾馆", "place_kind", "住宿场所"),
				ApplicantKind.CITIZEN, "王小明"))
			.containsEntry("businessName", "悦来宾馆")
			.containsEntry("scope", "住宿场所")
			.containsEntry("legalRepresentative", "王小明");
		assertThat(LicencePrefill.fields(LicenceType.ROAD_TRANSPORT,
				Map.of("business_name", "秦川顺达运输有限公司", "operation", "班车客运"), ApplicantKind.ENTERPRISE, "秦川顺达"))
			.containsEntry("businessName", "秦川顺达运输有限公司")
			.containsEntry("scope", "班车客运");
		// a key of the template's own spelling wins over a look-alike
		assertThat(LicencePrefill.fields(LicenceType.FOOD_BUSINESS,
				Map.of("businessType", "食品销售经营者", "business_form", "餐饮服务经营者"), ApplicantKind.ENTERPRISE, "某公司"))
			.containsEntry("businessType", "食品销售经营者");
	}

	@Test
	void every_demo_item_with_a_licence_fills_every_template_field_its_form_has_a_meaning_for() {
		int checked = 0;
		for (DemoCatalogueItems.Item item : DemoCatalogueItems.items()) {
			LicenceType type = LicenceType.byCode(item.licenceType()).orElse(null);
			if (type == null) {
				continue;
			}
			Map<String, String> answers = new LinkedHashMap<>();
			item.fields().forEach((field) -> answers.put(field.key(), "答" + field.key()));
			Map<String, String> fields = LicencePrefill.fields(type, answers, ApplicantKind.ENTERPRISE, "申请单位");
			for (LicenceType.Field field : type.template()) {
				List<String> keys = item.fields().stream().map(GuideField::key).toList();
				List<String> asked = field.answers().stream().filter(keys::contains).toList();
				if (!asked.isEmpty()) {
					assertThat(fields.get(field.key())).as(item.name() + " → " + field.key())
						.isEqualTo("答" + asked.get(0));
				}
			}
			if (item.fields().stream().anyMatch((field) -> field.key().endsWith("_name"))) {
				assertThat(fields.get("businessName")).as(item.name() + ": the business name").isNotEmpty();
			}
			checked++;
		}
		assertThat(checked).as("demo items yielding a licence of a known template").isGreaterThanOrEqualTo(4);
	}

}
