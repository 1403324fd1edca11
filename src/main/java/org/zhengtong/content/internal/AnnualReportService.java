package org.zhengtong.content.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.zhengtong.content.AnnualReport;
import org.zhengtong.content.AnnualReportContributor;
import org.zhengtong.content.AnnualReports;
import org.zhengtong.content.DisclosureItem;
import org.zhengtong.content.DisclosureKind;

/**
 * Assembles a 年度报告's tables from every {@link AnnualReportContributor}; content itself
 * contributes 第二十条第（一）项 from the catalogue ({@link DocumentFigures}).
 */
@Service
class AnnualReportService implements AnnualReports {

	/** The year a title names: 秦川市教育局2025年政府信息公开工作年度报告. */
	static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度?政府信息公开");

	private final ObjectProvider<AnnualReportContributor> contributors;

	private final ZoneId zone;

	AnnualReportService(ObjectProvider<AnnualReportContributor> contributors, java.time.Clock clock) {
		this.contributors = contributors;
		this.zone = clock.getZone();
	}

	@Override
	public Optional<AnnualReport> of(DisclosureItem item) {
		if (item.kind() != DisclosureKind.ANNUAL_REPORT) {
			return Optional.empty();
		}
		return Optional.of(report(item.unitId(), yearOf(item)));
	}

	AnnualReport report(UUID unit, int year) {
		AnnualReport.Figures all = new AnnualReport.Figures(EnumSet.noneOf(AnnualReport.Part.class));
		List<AnnualReportContributor> found = contributors.orderedStream().toList();
		for (AnnualReportContributor contributor : found) {
			Set<AnnualReport.Part> parts = contributor.parts();
			AnnualReport.Figures figures = new AnnualReport.Figures(parts);
			contributor.contribute(unit, year, figures);
			all.addAll(figures);
		}
		return all.report(unit, year);
	}

	int yearOf(DisclosureItem item) {
		Matcher named = TITLE_YEAR.matcher(item.title());
		if (named.find()) {
			return Integer.parseInt(named.group(1));
		}
		LocalDate day = item.writtenOn() != null ? item.writtenOn() : LocalDate.ofInstant(item.publishedAt(), zone);
		return day.getYear() - 1;
	}

}
