package org.zhengtong.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.PeopleDirectory;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;

/**
 * 选人: the people picker of every page that grants something to a member of staff. The
 * fragment {@code fragments/people} shows a search form (name, unit, post) and the people
 * found as choices; without scripts the form reloads the page it is on, with
 * {@code people-picker.js} it asks {@code /workbench/people} for the choices alone.
 * Whoever manages channels or accounts may look people up, each within their data scope.
 */
@Controller("peoplePicker")
public class PeoplePicker {

	/** Who may look people up: site administrators and account administrators. */
	static final String MAY_PICK = "hasAnyAuthority('content.manage', 'account.manage')";

	/** The permissions whose data scopes together make what a picker reaches. */
	private static final List<String> PICKING = List.of("content.manage", "account.manage");

	private final PeopleDirectory people;

	private final AccessScopes scopes;

	private final UnitManagement units;

	private final Clock clock;

	PeoplePicker(PeopleDirectory people, AccessScopes scopes, UnitManagement units, Clock clock) {
		this.people = people;
		this.scopes = scopes;
		this.units = units;
		this.clock = clock;
	}

	/** The choices alone, for the picker's script. */
	@GetMapping("/workbench/people")
	@PreAuthorize(MAY_PICK)
	String choices(@RequestParam(defaultValue = "username") String field, Model model) {
		model.addAttribute("field", field.matches("[A-Za-z][A-Za-z0-9]{0,30}") ? field : "username");
		return "fragments/people :: choices";
	}

	/** What the signed-in user may reach when picking people. */
	private AccessScope scope() {
		return PICKING.stream().map(scopes::current).reduce(AccessScope.none(), AccessScope::union);
	}

	/** The people matching the request's {@code name}, {@code unit} and {@code post}. */
	public PeopleDirectory.Found find(@Nullable String name, @Nullable String unit, @Nullable String post) {
		return people.find(query(name, unit, post), scope());
	}

	/** The query the request's parameters make (an unknown unit is left out). */
	public PeopleDirectory.Query query(@Nullable String name, @Nullable String unit, @Nullable String post) {
		UUID unitId = null;
		if (unit != null && !unit.isBlank()) {
			try {
				unitId = UUID.fromString(unit.strip());
			}
			catch (IllegalArgumentException notAUnit) {
				unitId = null;
			}
		}
		return new PeopleDirectory.Query(bounded(name), unitId, bounded(post));
	}

	/** The active units within the user's scope, in tree order, for the unit choice. */
	public List<UnitView> units() {
		AccessScope scope = scope();
		return units.tree(LocalDate.now(clock))
			.stream()
			.filter((unit) -> unit.active() && scope.reachesUnit(unit.id()))
			.toList();
	}

	private static @Nullable String bounded(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip().substring(0, Math.min(40, text.strip().length()));
	}

}
