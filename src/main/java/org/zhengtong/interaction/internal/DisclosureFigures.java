package org.zhengtong.interaction.internal;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhengtong.content.AnnualReport;
import org.zhengtong.content.AnnualReport.Applicant;
import org.zhengtong.content.AnnualReport.RequestRow;
import org.zhengtong.content.AnnualReportContributor;

/**
 * Table 三 of the 年度报告 (收到和处理政府信息公开申请情况) counted from the unit's requests: received in the
 * year, carried in and out, and each answer in its row (不予公开 and 不予处理 by their ground); a
 * request lapsed without correction counts as 其他处理.
 */
@Component
class DisclosureFigures implements AnnualReportContributor {

	private final DisclosureRecords records;

	DisclosureFigures(DisclosureRecords records) {
		this.records = records;
	}

	@Override
	public Set<AnnualReport.Part> parts() {
		return Set.of(AnnualReport.Part.REQUESTS);
	}

	@Override
	public void contribute(UUID unit, int year, AnnualReport.Figures figures) {
		for (DisclosureRecords.Count count : records.yearCounts(unit, year)) {
			Applicant applicant = Applicant.valueOf(count.applicantType());
			RequestRow row = switch (count.kind()) {
				case "RECEIVED" -> RequestRow.RECEIVED;
				case "CARRIED_IN" -> RequestRow.CARRIED_IN;
				case "CARRIED_OUT" -> RequestRow.CARRIED_OUT;
				case "LAPSED" -> RequestRow.OTHER;
				default -> DisclosureReply.valueOf(count.replyType())
					.row(count.ground() == null ? null : DisclosureGround.valueOf(count.ground()));
			};
			figures.request(row, applicant, count.n());
		}
	}

}
