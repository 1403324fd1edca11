package org.zhengtong.permit.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengtong.permit.CounterpartKind;
import org.zhengtong.permit.PublicationKind;
import org.zhengtong.permit.internal.PublicationRecords.Row;
import org.zhengtong.platform.ExportColumn;

/**
 * The national credit-information format of 双公示 (信用中国 行政许可 / 行政处罚 信息; see the user
 * guide's section 双公示 for the sources): the data items, in the format's order, each for
 * the kinds it belongs to. An export of one kind has that kind's columns; an export of
 * both has the union, a permit's items empty on a penalty's row and the other way round.
 * Only public values: a natural person's name and 证件号码 masked.
 */
final class CreditFormat {

	private static final Set<PublicationKind> BOTH = EnumSet.allOf(PublicationKind.class);

	private static final Set<PublicationKind> PERMIT = EnumSet.of(PublicationKind.PERMIT);

	private static final Set<PublicationKind> PENALTY = EnumSet.of(PublicationKind.PENALTY);

	record Column(String key, Set<PublicationKind> kinds, Function<Row, @Nullable Object> value) {

		String headingKey() {
			return "permit.credit." + key;
		}

	}

	static final List<Column> COLUMNS = List.of(
			new Column("kind", BOTH, (r) -> message("permit.publication.kind." + r.kind().name())),
			new Column("counterpart", BOTH, Row::counterpart),
			new Column("counterpartKind", BOTH,
					(r) -> message("permit.publication.counterpart." + r.counterpartKind().name())),
			new Column("creditCode", BOTH, Row::creditCode),
			new Column("legalRepresentative", BOTH, Row::legalRepresentative),
			new Column("idType", BOTH,
					(r) -> r.counterpartKind() == CounterpartKind.NATURAL_PERSON
							? message("permit.publication.idType.resident") : null),
			new Column("idNumber", BOTH, Row::idNumberMasked),
			new Column("permitDocumentName", PERMIT, Row::documentName),
			new Column("permitDocumentNumber", PERMIT, Row::documentNumber),
			new Column("permitCategory", PERMIT, Row::category), new Column("licenceName", PERMIT, Row::licenceName),
			new Column("licenceNumber", PERMIT, Row::licenceNumber), new Column("permitContent", PERMIT, Row::content),
			new Column("permitDate", PERMIT, Row::decisionDate), new Column("validFrom", PERMIT, Row::validFrom),
			new Column("validTo", PERMIT, Row::validTo), new Column("permitAuthority", PERMIT, Row::departmentName),
			new Column("permitAuthorityCode", PERMIT, Row::departmentCreditCode),
			new Column("penaltyDocumentNumber", PENALTY, Row::documentNumber),
			new Column("violationType", PENALTY, Row::violationType),
			new Column("violationFacts", PENALTY, Row::violationFacts),
			new Column("legalBasis", PENALTY, Row::legalBasis), new Column("penaltyCategory", PENALTY, Row::category),
			new Column("penaltyContent", PENALTY, Row::content), new Column("fine", PENALTY, Row::fineInTenThousands),
			new Column("confiscated", PENALTY, Row::confiscatedInTenThousands),
			new Column("suspended", PENALTY, Row::suspendedLicence),
			new Column("penaltyDate", PENALTY, Row::decisionDate), new Column("penaltyValidTo", PENALTY, Row::validTo),
			new Column("publicityUntil", PENALTY, Row::publicityUntil),
			new Column("penaltyAuthority", PENALTY, Row::departmentName),
			new Column("penaltyAuthorityCode", PENALTY, Row::departmentCreditCode),
			new Column("status", BOTH, (r) -> message("permit.credit.status.normal")),
			new Column("source", BOTH, Row::departmentName), new Column("sourceCode", BOTH, Row::departmentCreditCode),
			new Column("remark", BOTH, Row::remark));

	private CreditFormat() {
	}

	/** The columns of an export of this kind ({@code null}: both kinds). */
	static List<Column> columns(@Nullable PublicationKind kind) {
		return COLUMNS.stream().filter((c) -> kind == null || c.kinds().contains(kind)).toList();
	}

	/**
	 * The columns as the spreadsheet export takes them (empty where a row's kind has
	 * none).
	 */
	static List<ExportColumn<Row>> exportColumns(@Nullable PublicationKind kind) {
		return columns(kind).stream()
			.map((c) -> ExportColumn.<Row>of(c.headingKey(),
					(r) -> c.kinds().contains(r.kind()) ? c.value().apply(r) : null))
			.toList();
	}

	private static DefaultMessageSourceResolvable message(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

}
