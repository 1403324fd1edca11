package org.zhengtong.content;

import java.util.Set;
import java.util.UUID;

/**
 * A module that holds facts of a 政府信息公开工作年度报告 (see {@link AnnualReport}): 依申请公开
 * contributes {@link AnnualReport.Part#REQUESTS} and {@link AnnualReport.Part#APPEALS},
 * the permit module {@link AnnualReport.Part#LICENSING}. A part no bean declares stays
 * blank with the reason on the page. Beans are found by type; two contributors of one
 * part add their figures up.
 */
public interface AnnualReportContributor {

	/** The parts this module fills, for every unit and year. */
	Set<AnnualReport.Part> parts();

	/**
	 * Writes the unit's figures for the calendar year into {@code figures} (which accepts
	 * only the declared parts). Figures count the unit's own work, not its subordinates'.
	 */
	void contribute(UUID unit, int year, AnnualReport.Figures figures);

}
