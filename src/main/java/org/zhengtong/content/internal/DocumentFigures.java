package org.zhengtong.content.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.content.AnnualReport;
import org.zhengtong.content.AnnualReportContributor;

/**
 * 第二十条第（一）项 of the annual report, counted from the disclosure catalogue: the unit's own
 * published documents with a 发文字号 (a document on both sites counts once, by its number),
 * made in the year (成文日期, else the day first published), repealed or expired in the year,
 * and in force at its end. The platform does not tell 规章 (政府令) from 行政规范性文件, so every
 * numbered document counts as a 行政规范性文件 and 规章 is left blank: the page says so. Documents
 * another government issued (发布机构 not of this city) are not the unit's.
 */
@Component
class DocumentFigures implements AnnualReportContributor {

	private final JdbcClient jdbc;

	private final Clock clock;

	DocumentFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Set<AnnualReport.Part> parts() {
		return Set.of(AnnualReport.Part.DOCUMENTS);
	}

	@Override
	public void contribute(UUID unit, int year, AnnualReport.Figures figures) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		long[] counts = jdbc
			.sql("""
					WITH documents AS (
					    SELECT dr.document_number AS number,
					           coalesce(dr.written_on, (a.first_published_at AT TIME ZONE :zone)::date) AS made_on,
					           d.validity, d.validity_on
					    FROM content_disclosure d
					    JOIN content_article a ON a.id = d.article_id AND a.state = 'PUBLISHED'
					    JOIN content_disclosure_revision dr ON dr.revision_id = a.published_revision
					    WHERE d.unit_id = :unit AND d.kind = 'DOCUMENT' AND dr.issuer IS NULL
					      AND dr.document_number IS NOT NULL)
					SELECT count(DISTINCT number) FILTER (WHERE made_on BETWEEN :first AND :last) AS made,
					       count(DISTINCT number) FILTER (WHERE validity <> 'VALID' AND validity_on BETWEEN :first AND :last)
					           AS repealed,
					       count(DISTINCT number) FILTER (WHERE made_on <= :last
					           AND (validity = 'VALID' OR validity_on > :last)) AS in_force
					FROM documents""")
			.param("zone", clock.getZone().getId())
			.param("unit", unit)
			.param("first", Date.valueOf(first))
			.param("last", Date.valueOf(last))
			.query((row,
					number) -> new long[] { row.getLong("made"), row.getLong("repealed"), row.getLong("in_force") })
			.single();
		figures.documents(AnnualReport.DocumentRow.NORMATIVE, counts[0], counts[1], counts[2]);
	}

}
