package org.zhengtong.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 好差评 (国办发〔2019〕51号): rating a service received, for letters here and for any module that
 * serves people (permits). A subject is invited, then rated once at one of five
 * {@link RatingLevel}s (the database refuses a second rating). A 差评 (不满意, 非常不满意) opens a
 * rectification (整改): a case {@code interaction.rectification} whose task waits for the
 * serving unit's {@code interaction.approve} holders, due in 15 working days on the
 * core's clock, closed by recording the follow-up (回访). Ratings add up per unit and per
 * service on the public 评议 page.
 * <p>
 * Every change is audited; a refusal ({@link RatingRefused}) changes nothing and leaves a
 * DENIED entry. Each command joins the caller's transaction.
 */
public interface RatingManagement {

	/** Working days a 差评's rectification is due in. */
	int RECTIFY_WORKING_DAYS = 15;

	/**
	 * Invites a rating of the subject; inviting it again changes nothing (the first
	 * invitation stays).
	 */
	void invite(InviteRating command);

	/**
	 * Rates an invited subject; a 差评 opens its rectification in the same transaction.
	 * @throws RatingRefused when not invited or rated before
	 */
	RatingView rate(GiveRating command);

	/**
	 * Records the verification, measures and follow-up (回访) of a rectification and closes
	 * it with its case.
	 * @throws RatingRefused not found when the actor does not hold
	 * {@code interaction.approve} in the rated unit, closed before when already closed
	 */
	RectificationView rectify(RecordFollowUp command);

	/** The subject's rating, if given. */
	Optional<RatingView> rating(RatedSubject subject);

	/** Whether the subject was invited. */
	boolean invited(RatedSubject subject);

	/** A rectification, whoever asks (callers check who may see it). */
	Optional<RectificationView> rectification(UUID id);

	/**
	 * Figures per unit of ratings given from {@code from} to {@code to} (both included,
	 * in the platform's zone; {@code null} for no bound), units with ratings only, named
	 * in the language asked for, in order of their names.
	 */
	List<Satisfaction> byUnit(@Nullable LocalDate from, @Nullable LocalDate to, boolean english);

	/** The same per service. */
	List<Satisfaction> byService(@Nullable LocalDate from, @Nullable LocalDate to, boolean english);

}
