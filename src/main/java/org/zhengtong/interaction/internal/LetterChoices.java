package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;

/**
 * The lists the letter form chooses from that come from the organization: the leaders
 * 领导信箱 writes to (the leading posts of the people's government: 市长, 副市长, 秘书长, held in the
 * government unit itself) and the regions (its districts and counties).
 */
@Component
public class LetterChoices {

	/** Leading posts of a people's government, by their title. */
	private static final Pattern LEADER = Pattern.compile(".*(市长|区长|县长|秘书长)");

	private final UnitManagement units;

	private final PostManagement posts;

	private final Clock clock;

	LetterChoices(UnitManagement units, PostManagement posts, Clock clock) {
		this.units = units;
		this.posts = posts;
		this.clock = clock;
	}

	/** A leader one may write to. */
	public record Leader(UUID postId, String name, String title) {

		/** 张三（市长）. */
		public String label() {
			return name + "（" + title + "）";
		}

	}

	/** The government's leaders, the principal first. */
	public List<Leader> leaders() {
		Optional<UnitView> government = government();
		if (government.isEmpty()) {
			return List.of();
		}
		UUID unit = government.get().id();
		return posts.addressBook("", unit, 0, 200)
			.items()
			.stream()
			.filter((post) -> post.unitId().equals(unit) && post.departmentId() == null && post.current()
					&& LEADER.matcher(post.title()).matches())
			.sorted(java.util.Comparator.comparing((PostView post) -> post.title().startsWith("副") ? 1 : 0))
			.map((post) -> new Leader(post.id(), post.holderName(), post.title()))
			.toList();
	}

	/** The leader of this post, if one may write to it. */
	public Optional<Leader> leader(@Nullable UUID postId) {
		return leaders().stream().filter((leader) -> leader.postId().equals(postId)).findFirst();
	}

	/** The regions (districts and counties), in the tree's order. */
	public List<UnitView> regions() {
		return units.tree(today())
			.stream()
			.filter((unit) -> unit.kind() == UnitKind.DISTRICT && unit.active())
			.toList();
	}

	/** A region by its id as stored on a letter. */
	public Optional<UnitView> region(@Nullable String id) {
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		return regions().stream().filter((unit) -> unit.id().toString().equals(id)).findFirst();
	}

	private Optional<UnitView> government() {
		return units.tree(today())
			.stream()
			.filter((unit) -> unit.kind() == UnitKind.GOVERNMENT && unit.active())
			.min(java.util.Comparator.comparingInt(UnitView::depth));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
