package org.zhengtong.content;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The tables of a 政府信息公开工作年度报告 in the national format (国务院办公厅政府信息公开办公室, 2019):
 * 二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况, 四、政府信息公开行政复议、行政诉讼情况. Sections 一, 五 and 六 are the
 * editor's text. Each table is filled by the module that holds its facts
 * ({@link AnnualReportContributor}); a part no module provides is shown blank with the
 * reason, never as a made-up 0.
 *
 * @param unit the reporting unit
 * @param year the year reported on
 * @param provided the parts some module filled
 */
public record AnnualReport(UUID unit, int year, Set<Part> provided, Map<DocumentRow, long[]> documents,
		Map<DecisionRow, Long> decisions, @Nullable BigDecimal fees, Map<RequestRow, long[]> requests,
		Map<AppealColumn, long[]> appeals) {

	/** The parts of the tables, each filled by one module. */
	public enum Part {

		/**
		 * 二: 规章 and 行政规范性文件 made, repealed and in force (content, from the catalogue).
		 */
		DOCUMENTS,

		/** 二: 行政许可 decisions (第二十条第（五）项). */
		LICENSING,

		/** 二: 行政处罚 and 行政强制 decisions (第二十条第（六）项). */
		ENFORCEMENT,

		/** 二: 行政事业性收费, in 万元 (第二十条第（八）项). */
		FEES,

		/** 三: requests received and answered (依申请公开). */
		REQUESTS,

		/** 四: 行政复议 and 行政诉讼 about disclosure. */
		APPEALS

	}

	/** Rows of 第二十条第（一）项: 本年制发件数, 本年废止件数, 现行有效件数. */
	public enum DocumentRow {

		/** 规章 */
		REGULATION,

		/** 行政规范性文件 */
		NORMATIVE

	}

	/** The columns of a {@link DocumentRow}. */
	public static final int MADE = 0, REPEALED = 1, IN_FORCE = 2;

	/** Rows of 第二十条第（五）（六）项: 本年处理决定数量. */
	public enum DecisionRow {

		/** 行政许可 */
		LICENSING,

		/** 行政处罚 */
		PENALTY,

		/** 行政强制 */
		ENFORCEMENT

	}

	/** 申请人情况: the columns of table 三, before its 总计. */
	public enum Applicant {

		/** 自然人 */
		PERSON,

		/** 法人或其他组织: 商业企业 */
		COMPANY,

		/** 科研机构 */
		RESEARCH,

		/** 社会公益组织 */
		CHARITY,

		/** 法律服务机构 */
		LEGAL_SERVICE,

		/** 其他 */
		OTHER

	}

	/**
	 * The rows of table 三 in the order of the format; {@code level} 0 is a numbered
	 * heading (一、), 1 a bracketed one ((一)), 2 a sub-item (1.). The totals
	 * ({@link #DECIDED_TOTAL} and each applicant's 总计 column) are computed, never given.
	 */
	public enum RequestRow {

		RECEIVED(0), CARRIED_IN(0), RESULTS(0, true), DISCLOSED(1), PARTLY_DISCLOSED(1), WITHHELD(1, true),
		WITHHELD_STATE_SECRET(2), WITHHELD_FORBIDDEN_BY_LAW(2), WITHHELD_THREE_SAFETIES(2), WITHHELD_THIRD_PARTY(2),
		WITHHELD_INTERNAL_AFFAIRS(2), WITHHELD_PROCESS(2), WITHHELD_ENFORCEMENT_FILE(2), WITHHELD_QUERY_SERVICE(2),
		UNABLE(1, true), UNABLE_NOT_HELD(2), UNABLE_TO_BE_MADE(2), UNABLE_STILL_UNCLEAR(2), NOT_PROCESSED(1, true),
		NOT_PROCESSED_PETITION(2), NOT_PROCESSED_REPEATED(2), NOT_PROCESSED_PUBLICATION(2), NOT_PROCESSED_EXCESSIVE(2),
		NOT_PROCESSED_CONFIRMATION(2), OTHER(1), DECIDED_TOTAL(1), CARRIED_OUT(0);

		private final int level;

		private final boolean group;

		RequestRow(int level) {
			this(level, false);
		}

		RequestRow(int level, boolean group) {
			this.level = level;
			this.group = group;
		}

		public int level() {
			return level;
		}

		/**
		 * A heading whose figures are the sum of the rows below it (or none: 三、本年度办理结果).
		 */
		public boolean group() {
			return group;
		}

	}

	/** The three column groups of table 四. */
	public enum AppealColumn {

		/** 行政复议 */
		RECONSIDERATION,

		/** 行政诉讼: 未经复议直接起诉 */
		LITIGATION,

		/** 行政诉讼: 复议后起诉 */
		LITIGATION_AFTER_RECONSIDERATION

	}

	/** The outcome columns within an {@link AppealColumn}, before its 总计. */
	public enum Outcome {

		/** 结果维持 */
		UPHELD,

		/** 结果纠正 */
		CORRECTED,

		/** 其他结果 */
		OTHER,

		/** 尚未审结 */
		PENDING

	}

	public boolean has(Part part) {
		return provided.contains(part);
	}

	/** {@link #has(Part)} by the part's name, for templates. */
	public boolean has(String part) {
		return has(Part.valueOf(part));
	}

	// The rows and columns in the format's order, for templates.

	public List<DocumentRow> documentRows() {
		return List.of(DocumentRow.values());
	}

	public List<DecisionRow> decisionRows() {
		return List.of(DecisionRow.values());
	}

	public List<RequestRow> requestRows() {
		return List.of(RequestRow.values());
	}

	public List<Applicant> applicants() {
		return List.of(Applicant.values());
	}

	public List<AppealColumn> appealColumns() {
		return List.of(AppealColumn.values());
	}

	public List<Outcome> outcomes() {
		return List.of(Outcome.values());
	}

	/**
	 * A cell of table 三: an applicant's figure, or with {@code applicant} {@code null}
	 * the 总计 column; a group row and 总计 add their rows up.
	 */
	public long request(RequestRow row, @Nullable Applicant applicant) {
		if (row == RequestRow.DECIDED_TOTAL) {
			long total = 0;
			for (RequestRow decided : EnumSet.range(RequestRow.DISCLOSED, RequestRow.OTHER)) {
				if (decided.level() == 1) {
					total += request(decided, applicant);
				}
			}
			return total;
		}
		if (row.group()) {
			long total = 0;
			for (RequestRow below : RequestRow.values()) {
				if (below.level() == 2 && parentOf(below) == row) {
					total += request(below, applicant);
				}
			}
			return total;
		}
		long[] cells = requests.getOrDefault(row, new long[Applicant.values().length]);
		if (applicant != null) {
			return cells[applicant.ordinal()];
		}
		long total = 0;
		for (long cell : cells) {
			total += cell;
		}
		return total;
	}

	/** A cell of table 四; {@code outcome} {@code null} is the group's 总计. */
	public long appeal(AppealColumn column, @Nullable Outcome outcome) {
		long[] cells = appeals.getOrDefault(column, new long[Outcome.values().length]);
		if (outcome != null) {
			return cells[outcome.ordinal()];
		}
		long total = 0;
		for (long cell : cells) {
			total += cell;
		}
		return total;
	}

	/** Whether a row of 第二十条第（一）项 was counted (规章 is not told apart yet). */
	public boolean hasDocument(DocumentRow row) {
		return documents.containsKey(row);
	}

	/** Whether a row of 第二十条第（五）（六）项 was counted. */
	public boolean hasDecision(DecisionRow row) {
		return decisions.containsKey(row);
	}

	/** A cell of 第二十条第（一）项: {@link #MADE}, {@link #REPEALED} or {@link #IN_FORCE}. */
	public long document(DocumentRow row, int column) {
		return documents.getOrDefault(row, new long[3])[column];
	}

	public long decision(DecisionRow row) {
		return decisions.getOrDefault(row, 0L);
	}

	private static @Nullable RequestRow parentOf(RequestRow row) {
		RequestRow parent = null;
		for (RequestRow candidate : RequestRow.values()) {
			if (candidate == row) {
				return parent;
			}
			if (candidate.group()) {
				parent = candidate;
			}
		}
		return null;
	}

	/**
	 * What contributors write into: each sets the figures of the parts it declared, and
	 * only those.
	 */
	public static final class Figures {

		private final Set<Part> parts;

		private final Map<DocumentRow, long[]> documents = new EnumMap<>(DocumentRow.class);

		private final Map<DecisionRow, Long> decisions = new EnumMap<>(DecisionRow.class);

		private final Map<RequestRow, long[]> requests = new EnumMap<>(RequestRow.class);

		private final Map<AppealColumn, long[]> appeals = new EnumMap<>(AppealColumn.class);

		private @Nullable BigDecimal fees;

		/** Figures a contributor of these parts may write. */
		public Figures(Set<Part> parts) {
			this.parts = parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts);
		}

		public Figures documents(DocumentRow row, long made, long repealed, long inForce) {
			check(Part.DOCUMENTS);
			documents.put(row, new long[] { made, repealed, inForce });
			return this;
		}

		public Figures decisions(DecisionRow row, long count) {
			check(row == DecisionRow.LICENSING ? Part.LICENSING : Part.ENFORCEMENT);
			decisions.put(row, count);
			return this;
		}

		/** 行政事业性收费 in 万元. */
		public Figures fees(BigDecimal tenThousandYuan) {
			check(Part.FEES);
			fees = tenThousandYuan;
			return this;
		}

		/**
		 * Adds to a leaf row of table 三 (a group row or a total is computed and refused
		 * here).
		 */
		public Figures request(RequestRow row, Applicant applicant, long count) {
			check(Part.REQUESTS);
			if (row.group() || row == RequestRow.DECIDED_TOTAL) {
				throw new IllegalArgumentException(row + " is computed from the rows below it");
			}
			requests.computeIfAbsent(row, (r) -> new long[Applicant.values().length])[applicant.ordinal()] += count;
			return this;
		}

		public Figures appeal(AppealColumn column, Outcome outcome, long count) {
			check(Part.APPEALS);
			appeals.computeIfAbsent(column, (c) -> new long[Outcome.values().length])[outcome.ordinal()] += count;
			return this;
		}

		private void check(Part part) {
			if (!parts.contains(part)) {
				throw new IllegalStateException("This contributor did not declare " + part);
			}
		}

		/** Merges another contributor's figures into these. */
		public void addAll(Figures other) {
			parts.addAll(other.parts);
			documents.putAll(other.documents);
			decisions.putAll(other.decisions);
			if (other.fees != null) {
				fees = other.fees;
			}
			other.requests.forEach((row, cells) -> {
				long[] mine = requests.computeIfAbsent(row, (r) -> new long[Applicant.values().length]);
				for (int i = 0; i < cells.length; i++) {
					mine[i] += cells[i];
				}
			});
			other.appeals.forEach((column, cells) -> {
				long[] mine = appeals.computeIfAbsent(column, (c) -> new long[Outcome.values().length]);
				for (int i = 0; i < cells.length; i++) {
					mine[i] += cells[i];
				}
			});
		}

		public AnnualReport report(UUID unit, int year) {
			return new AnnualReport(unit, year, EnumSet.copyOf(parts.isEmpty() ? EnumSet.noneOf(Part.class) : parts),
					Map.copyOf(documents), Map.copyOf(decisions), fees, Map.copyOf(requests), Map.copyOf(appeals));
		}

	}

}
