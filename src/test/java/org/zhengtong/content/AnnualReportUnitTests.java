package org.zhengtong.content;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhengtong.content.AnnualReport.Applicant;
import org.zhengtong.content.AnnualReport.Part;
import org.zhengtong.content.AnnualReport.RequestRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The arithmetic of table 三 in the national format: (三)(四)(五) add up their numbered
 * items, (七)总计 adds (一) to (六), the 总计 column adds the applicants; a contributor writes
 * only the parts it declared, and two contributors of one part add up.
 */
class AnnualReportUnitTests {

	UUID unit = UUID.randomUUID();

	@Test
	void the_totals_of_the_requests_table_are_computed_as_the_format_defines_them() {
		AnnualReport.Figures figures = new AnnualReport.Figures(Set.of(Part.REQUESTS));
		figures.request(RequestRow.RECEIVED, Applicant.PERSON, 10)
			.request(RequestRow.RECEIVED, Applicant.COMPANY, 2)
			.request(RequestRow.DISCLOSED, Applicant.PERSON, 5)
			.request(RequestRow.PARTLY_DISCLOSED, Applicant.COMPANY, 1)
			.request(RequestRow.WITHHELD_STATE_SECRET, Applicant.PERSON, 1)
			.request(RequestRow.WITHHELD_THIRD_PARTY, Applicant.PERSON, 2)
			.request(RequestRow.UNABLE_NOT_HELD, Applicant.COMPANY, 1)
			.request(RequestRow.NOT_PROCESSED_REPEATED, Applicant.PERSON, 1)
			.request(RequestRow.OTHER, Applicant.RESEARCH, 1);
		AnnualReport report = figures.report(unit, 2025);

		assertThat(report.request(RequestRow.RECEIVED, null)).isEqualTo(12);
		assertThat(report.request(RequestRow.WITHHELD, Applicant.PERSON)).as("(三) adds 1–8").isEqualTo(3);
		assertThat(report.request(RequestRow.DECIDED_TOTAL, Applicant.PERSON)).isEqualTo(5 + 3 + 1);
		assertThat(report.request(RequestRow.DECIDED_TOTAL, null)).isEqualTo(5 + 1 + 3 + 1 + 1 + 1);
		assertThat(report.has(Part.REQUESTS)).isTrue();
		assertThat(report.has(Part.APPEALS)).isFalse();
	}

	@Test
	void a_contributor_writes_only_what_it_declared_and_never_a_total() {
		AnnualReport.Figures figures = new AnnualReport.Figures(Set.of(Part.DOCUMENTS));
		assertThatThrownBy(() -> figures.request(RequestRow.RECEIVED, Applicant.PERSON, 1))
			.isInstanceOf(IllegalStateException.class);
		AnnualReport.Figures requests = new AnnualReport.Figures(Set.of(Part.REQUESTS));
		assertThatThrownBy(() -> requests.request(RequestRow.DECIDED_TOTAL, Applicant.PERSON, 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> requests.request(RequestRow.WITHHELD, Applicant.PERSON, 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void two_contributors_of_one_part_add_up() {
		AnnualReport.Figures all = new AnnualReport.Figures(EnumSet.noneOf(Part.class));
		for (int i = 0; i < 2; i++) {
			AnnualReport.Figures one = new AnnualReport.Figures(Set.of(Part.APPEALS));
			one.appeal(AnnualReport.AppealColumn.RECONSIDERATION, AnnualReport.Outcome.UPHELD, 2);
			all.addAll(one);
		}
		AnnualReport report = all.report(unit, 2025);
		assertThat(report.appeal(AnnualReport.AppealColumn.RECONSIDERATION, AnnualReport.Outcome.UPHELD)).isEqualTo(4);
		assertThat(report.appeal(AnnualReport.AppealColumn.RECONSIDERATION, null)).isEqualTo(4);
		assertThat(report.has(Part.APPEALS)).isTrue();
		assertThat(report.has(Part.REQUESTS)).isFalse();
	}

}
