package org.zhengtong.content;

import java.util.Optional;

/** The tables of published 年度报告 (see {@link AnnualReport}). */
public interface AnnualReports {

	/**
	 * The tables of a published 政府信息公开工作年度报告, for its unit and the year it reports on:
	 * the year its title names (2025年…年度报告), else the year before its 成文日期 or
	 * publication. Empty when the item is not an annual report.
	 */
	Optional<AnnualReport> of(DisclosureItem item);

}
