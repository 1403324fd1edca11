package org.zhengtong.permit.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code permit_import_problem} table: an import's error report. */
@Repository
class CatalogueImportProblems {

	private final JdbcClient jdbc;

	CatalogueImportProblems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the report, whatever becomes of the import's own transaction. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void save(UUID job, List<CatalogueImportService.ImportProblem> problems) {
		for (CatalogueImportService.ImportProblem problem : problems) {
			jdbc.sql("INSERT INTO permit_import_problem (job_id, sheet, row_number, column_name, message) "
					+ "VALUES (?, ?, ?, ?, ?)")
				.params(job, problem.sheet(), problem.row(), cut(problem.column(), 40), cut(problem.message(), 500))
				.update();
		}
	}

	List<CatalogueImportService.ImportProblem> of(UUID job) {
		return jdbc.sql(
				"SELECT sheet, row_number, column_name, message FROM permit_import_problem WHERE job_id = ? ORDER BY id")
			.param(job)
			.query((row, number) -> new CatalogueImportService.ImportProblem(row.getString("sheet"),
					row.getInt("row_number"), row.getString("column_name"), row.getString("message")))
			.list();
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
