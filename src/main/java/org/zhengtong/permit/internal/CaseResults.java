package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileManagement;
import org.zhengtong.interaction.GiveRating;
import org.zhengtong.interaction.RatingLevel;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.interaction.RatingView;
import org.zhengtong.permit.IssueRefused;
import org.zhengtong.permit.LicenceStatus;
import org.zhengtong.permit.LicenceView;
import org.zhengtong.permit.PermitCaseState;

/**
 * The applicant's results of a case: the licence issued for it (its PDF, OFD and .p7s,
 * and the verification link) and the 好差评 of the closed case, rated once. Callers have
 * made sure the reader is the case's applicant — its account, or a session that gave the
 * case's 查询码 ({@link #forApplicant}); anyone else is told the case does not exist.
 */
@Service
@Transactional(readOnly = true)
public class CaseResults {

	static final String RATED = "permit.case.rated";

	private final PermitCases cases;

	private final LicenceRecords licences;

	private final FileManagement files;

	private final RatingManagement ratings;

	private final AuditManagement audit;

	private final Clock clock;

	CaseResults(PermitCases cases, LicenceRecords licences, FileManagement files, RatingManagement ratings,
			AuditManagement audit, Clock clock) {
		this.cases = cases;
		this.licences = licences;
		this.files = files;
		this.ratings = ratings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the case page shows.
	 *
	 * @param licence the licence issued for the case, if any
	 * @param licenceStatus its status today (EXPIRED past its last day)
	 * @param rateable invited and not rated yet
	 * @param rating the rating given, if any
	 */
	public record View(@Nullable LicenceView licence, @Nullable LicenceStatus licenceStatus, boolean rateable,
			@Nullable RatingView rating) {

		/** The five levels, best first, for the rating form. */
		public List<RatingLevel> levels() {
			return List.of(RatingLevel.values());
		}

	}

	/**
	 * The submitted case with this number when {@code account} applied for it or
	 * {@code followed} (the session gave its 查询码).
	 */
	public Optional<PermitCase> forApplicant(String number, @Nullable UUID account, boolean followed) {
		return cases.findByNumber(number.strip().toUpperCase(Locale.ROOT))
			.filter((found) -> found.state() != PermitCaseState.DRAFT)
			.filter((found) -> followed || (account != null && account.equals(found.applicantAccountId())));
	}

	public View of(PermitCase found) {
		LicenceView licence = licence(found).orElse(null);
		RatingView rating = ratings.rating(CaseClosure.subject(found.id())).orElse(null);
		boolean rateable = rating == null && found.state() == PermitCaseState.CLOSED
				&& ratings.invited(CaseClosure.subject(found.id()));
		LicenceStatus status = licence == null ? null : licence.shownStatus(LocalDate.now(clock));
		return new View(licence, status, rateable, rating);
	}

	public Optional<LicenceView> licence(PermitCase found) {
		String number = found.licenceNumber();
		return number == null ? Optional.empty() : licences.findByNumber(number).map(LicenceService::view);
	}

	/** A file of the case's licence. */
	public Optional<FileLink> file(PermitCase found, LicenceDesk.FileKind kind) {
		String number = found.licenceNumber();
		if (number == null) {
			return Optional.empty();
		}
		return licences.findByNumber(number).map((licence) -> switch (kind) {
			case PDF -> licence.pdfLink();
			case P7S -> licence.p7sLink();
			case OFD -> licence.ofdLink();
		}).flatMap(files::find);
	}

	/**
	 * 好差评 of a closed case, once; a 差评 opens interaction's rectification (整改).
	 * @param rater the owner's account name, or {@code AccountManagement.SYSTEM} for a
	 * 查询码 holder
	 * @throws IssueRefused when the case is not closed
	 * @throws org.zhengtong.interaction.RatingRefused when rated before (or not invited)
	 */
	@Transactional
	public RatingView rate(PermitCase found, RatingLevel level, @Nullable String comment, String rater) {
		if (found.state() != PermitCaseState.CLOSED) {
			IssueRefused refused = IssueRefused.notClosed();
			audit.recordApart(
					AuditableEvent
						.succeeded(clock.instant(), rater, RATED, IssueDesk.OBJECT, String.valueOf(found.number()),
								"拒绝评价办件 " + found.number() + "：" + refused.getMessage())
						.withOutcome(Outcome.DENIED));
			throw refused;
		}
		return ratings.rate(new GiveRating(CaseClosure.subject(found.id()), level, comment, rater));
	}

}
