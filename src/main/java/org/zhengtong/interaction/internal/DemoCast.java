package org.zhengtong.interaction.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.interaction.LetterTopic;

/**
 * Who acts in the demonstration's letters: the receiving office's 受理员, the site
 * administrator (我为政府网站找错), the leader 领导信箱 writes to, the units that answer with their
 * handler, leader and disclosure officer, and the writers with an account.
 *
 * @param mailboxLeader the leader's post and name, if the city has one
 * @param units the answering units; the first of them answers the topics nobody else does
 * @param writers public accounts that write some of the letters (the rest are anonymous)
 * @param homeRegion when given, every letter comes from this region and every rule names
 * it (a test's own corner of a shared database); otherwise city departments answer for
 * every region and a few districts for theirs
 */
record DemoCast(String acceptor, String siteAdmin, LetterChoices.@Nullable Leader mailboxLeader, List<Answerer> units,
		List<String> writers, @Nullable UUID homeRegion) {

	/**
	 * A unit answering letters on {@code topics} (from {@code region} only, when given),
	 * with the people who act for it.
	 *
	 * @param officer its 信息公开专员, if it answers disclosure requests in the demo
	 */
	record Answerer(UUID unit, String name, Set<LetterTopic> topics, @Nullable UUID region, String handler,
			String leader, @Nullable String officer) {
	}

	/** The unit the 派单目录 sends a letter on {@code topic} from {@code region} to. */
	Answerer answererOf(LetterTopic topic, @Nullable UUID region) {
		Optional<Answerer> local = units.stream()
			.filter((unit) -> unit.region() != null && unit.region().equals(region) && unit.topics().contains(topic))
			.findFirst();
		return local.orElseGet(() -> units.stream()
			.filter((unit) -> unit.region() == null && unit.topics().contains(topic))
			.findFirst()
			.orElse(units.get(0)));
	}

	/** The unit's people. */
	Answerer answerer(UUID unit) {
		return units.stream().filter((answerer) -> answerer.unit().equals(unit)).findFirst().orElseThrow();
	}

	/** The regions letters come from (besides none). */
	List<UUID> regions() {
		if (homeRegion != null) {
			return List.of(homeRegion);
		}
		return units.stream().map(Answerer::region).filter(java.util.Objects::nonNull).distinct().toList();
	}

}
