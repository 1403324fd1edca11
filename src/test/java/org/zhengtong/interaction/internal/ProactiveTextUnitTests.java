package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhengtong.content.AnnualReport.Applicant;

/**
 * The draft 依申请转主动 starts from: titled by what was asked (one line, at most 60
 * characters), its text the answer as escaped paragraphs without the applicant — the name
 * becomes 申请人, ID and phone numbers are masked.
 */
class ProactiveTextUnitTests {

	@Test
	void the_title_is_what_was_asked_on_one_line_and_cut_at_60_characters() {
		assertThat(ProactiveDisclosure.title(request("2026年\n  校车采购合同", null))).isEqualTo("2026年 校车采购合同");
		String long61 = "关".repeat(61);
		assertThat(ProactiveDisclosure.title(request(long61, null))).isEqualTo("关".repeat(60) + "…");
	}

	@Test
	void the_text_is_the_answer_without_the_applicant_as_escaped_paragraphs() {
		String body = ProactiveDisclosure.body(
				request("校车采购合同", "王小明：现提供合同文本。\n\n身份证 610113199001011234，电话 13912345678。\n<script>alert(1)</script>"));
		assertThat(body).isEqualTo("<p>申请人：现提供合同文本。</p>\n<p>身份证 610113********1234，电话 139****5678。</p>\n"
				+ "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
	}

	private static DisclosureRequest request(String description, String answer) {
		DisclosureRequest request = new DisclosureRequest(UUID.randomUUID(), "教育局依申〔2026〕1号", UUID.randomUUID(),
				DisclosureRequest.Channel.ONLINE, Applicant.PERSON, "王小明", null, null, null, "13900000000", null, null,
				description, DisclosureRequest.Medium.ELECTRONIC, DisclosureRequest.Delivery.ONLINE, null,
				LocalDate.of(2026, 9, 18), "system", Instant.parse("2026-09-18T02:00:00Z"));
		if (answer != null) {
			request.answer(DisclosureReply.DISCLOSED, null, answer, "officer", Instant.parse("2026-10-08T02:00:00Z"));
		}
		return request;
	}

}
