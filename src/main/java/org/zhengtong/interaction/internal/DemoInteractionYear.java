package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PeopleDirectory;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.Role;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.LetterTopic;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.platform.DemoClock;
import org.zhengtong.platform.DemoData;
import org.zhengtong.platform.DemoTimetable;
import org.zhengtong.platform.RunningPlatformOnly;
import org.zhengtong.shared.Refusal;

/**
 * The demonstration's year of 互动交流 (issue 18): the 派单目录 (topic × region → unit), a
 * handler, leader and disclosure officer in a dozen units besides the README's named
 * ones, about two hundred letters in every state ({@link DemoLetters}) and disclosure
 * requests ({@link DemoDisclosures}), each step through the ordinary services at its
 * moment of the past ({@link DemoClock}). Loaded once, on the first start of the demo,
 * when there are no letters yet, unless {@code zhengtong.demo.interaction-year=false};
 * never outside the demo (production has no {@link DemoClock}).
 */
@Component
@Order(65)
@RunningPlatformOnly
class DemoInteractionYear implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoInteractionYear.class);

	/**
	 * {@code false} leaves the year out of a demo start (a test that starts the demo
	 * platform for something else, such as the kill -9 test of permit submissions).
	 */
	static final String ENABLED = "zhengtong.demo.interaction-year";

	/** How many letters the demo adds before the recent showcase. */
	static final int OLDER_LETTERS = 150;

	/** 机关代字 of the answering units, the topics each answers; the first takes the rest. */
	static final Map<String, Set<LetterTopic>> CITY_UNITS = new java.util.LinkedHashMap<>();

	static {
		CITY_UNITS.put("秦政办", Set.of(LetterTopic.OTHER));
		CITY_UNITS.put("秦教", Set.of(LetterTopic.EDUCATION));
		CITY_UNITS.put("秦交", Set.of(LetterTopic.TRANSPORT));
		CITY_UNITS.put("秦建", Set.of(LetterTopic.HOUSING));
		CITY_UNITS.put("秦环", Set.of(LetterTopic.ENVIRONMENT));
		CITY_UNITS.put("秦卫健", Set.of(LetterTopic.HEALTH));
		CITY_UNITS.put("秦人社", Set.of(LetterTopic.SOCIAL_SECURITY, LetterTopic.EMPLOYMENT));
		CITY_UNITS.put("秦市监", Set.of(LetterTopic.MARKET));
		CITY_UNITS.put("秦城管", Set.of(LetterTopic.CITY_MANAGEMENT));
		CITY_UNITS.put("秦公", Set.of(LetterTopic.PUBLIC_SAFETY));
		CITY_UNITS.put("秦农", Set.of(LetterTopic.AGRICULTURE));
		CITY_UNITS.put("秦数据", Set.of(LetterTopic.GOVERNMENT_SERVICES));
	}

	/**
	 * Districts whose governments answer city-management and housing letters from them.
	 */
	static final List<String> DISTRICTS = List.of("秦都政发", "渭北政发");

	/** Units whose disclosure requests the demo shows. */
	static final Set<String> DISCLOSING = Set.of("秦教", "秦交", "秦建", "秦环", "秦人社");

	/** The README's named people of the two units it describes. */
	static final Map<String, String[]> NAMED = Map.of("秦教", new String[] { "chenjing", "liuqiang", "yangli" }, "秦交",
			new String[] { "wuhao", null, null });

	/** The services the demo goes through. */
	record Services(DemoLetters.Services letters, DisclosureRequestService disclosure, DispatchCatalogue catalogue,
			DispatchRules rules) {
	}

	private final Services services;

	private final UnitManagement units;

	private final PeopleDirectory people;

	private final PlatformAccounts accounts;

	private final AccountManagement accountViews;

	private final LetterChoices choices;

	private final Environment environment;

	private final Clock clock;

	DemoInteractionYear(LetterSubmissions submissions, LetterOffice office, LetterHandling handling,
			LetterRatings ratings, LetterFollowing following, Moderation moderation, RatingManagement rating,
			Captchas captchas, Letters letters, CalendarManagement calendar, DisclosureRequestService disclosure,
			DispatchCatalogue catalogue, DispatchRules rules, UnitManagement units, PeopleDirectory people,
			PlatformAccounts accounts, AccountManagement accountViews, LetterChoices choices, Environment environment,
			Clock clock) {
		this.services = new Services(new DemoLetters.Services(submissions, office, handling, ratings, following,
				moderation, rating, captchas, letters, calendar), disclosure, catalogue, rules);
		this.units = units;
		this.people = people;
		this.accounts = accounts;
		this.accountViews = accountViews;
		this.choices = choices;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!DemoData.enabled(environment) || !(clock instanceof DemoClock demo)
				|| !environment.getProperty(ENABLED, Boolean.class, true) || services.letters().letters().count() > 0) {
			return;
		}
		Optional<DemoCast> cast = cast();
		if (cast.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		Loaded loaded = load(cast.get(), demo::at, OLDER_LETTERS);
		log.info("Demo data: {} letters and {} disclosure requests of the past year in {} ms ({} steps refused)",
				loaded.letters(), loaded.disclosures(), (System.nanoTime() - started) / 1_000_000, loaded.refused());
	}

	/** What a load made. */
	record Loaded(int letters, int disclosures, int refused) {
	}

	/**
	 * Adds the cast's 派单目录 rules, then plays its year: the showcase of recent letters,
	 * {@code older} letters before them and the disclosure requests. Nothing when the
	 * cast's first rule exists already (loaded before).
	 */
	Loaded load(DemoCast cast, DemoTimetable.TimeMachine time, int older) {
		DemoCast.Answerer first = cast.units().get(0);
		UUID firstRegion = cast.homeRegion() != null ? cast.homeRegion() : first.region();
		String firstTopic = first.topics().iterator().next().name();
		boolean loaded = services.rules()
			.findAll()
			.stream()
			.anyMatch((rule) -> firstTopic.equals(rule.topic()) && first.unit().equals(rule.unitId())
					&& (firstRegion == null ? rule.region() == null : firstRegion.toString().equals(rule.region())));
		if (loaded) {
			return new Loaded(0, 0, 0);
		}
		rules(cast);
		DemoTimetable year = new DemoTimetable(clock.instant());
		DemoLetters letters = new DemoLetters(services.letters(), cast, year, clock);
		letters.showcase();
		letters.older(older);
		letters.schedule();
		DemoDisclosures disclosures = new DemoDisclosures(services.disclosure(), services.letters().calendar(), cast,
				year, clock);
		disclosures.plan();
		disclosures.schedule();
		int refused = year.play(time);
		return new Loaded(letters.plans().size(), disclosures.plans().size(), refused);
	}

	/** One rule for every topic each unit answers (for its region, or any). */
	private void rules(DemoCast cast) {
		for (DemoCast.Answerer unit : cast.units()) {
			UUID region = cast.homeRegion() != null ? cast.homeRegion() : unit.region();
			for (LetterTopic topic : unit.topics()) {
				try {
					services.catalogue()
						.add(topic.name(), region == null ? null : region.toString(), unit.unit(), cast.acceptor());
				}
				catch (Refusal exists) {
					log.debug("Demo data: a 派单目录 rule for {} exists", topic);
				}
			}
		}
	}

	/**
	 * The demo city's cast: the README's people, and for the other answering units a
	 * member of staff made handler (and disclosure officer) and the unit's head its
	 * leader.
	 */
	Optional<DemoCast> cast() {
		LocalDate today = LocalDate.now(clock);
		Map<String, UnitView> byPrefix = units.tree(today)
			.stream()
			.filter((unit) -> unit.active() && unit.names().codePrefix() != null)
			.collect(Collectors.toMap((unit) -> unit.names().codePrefix(), Function.identity(), (a, b) -> a));
		if (!byPrefix.keySet().containsAll(CITY_UNITS.keySet()) || accountViews.find("zhoujie").isEmpty()
				|| accountViews.find("siteadmin").isEmpty()) {
			return Optional.empty();
		}
		List<DemoCast.Answerer> answerers = new ArrayList<>();
		CITY_UNITS.forEach(
				(prefix, topics) -> answerer(byPrefix.get(prefix), prefix, topics, null).ifPresent(answerers::add));
		for (String prefix : DISTRICTS) {
			UnitView district = byPrefix.get(prefix);
			if (district != null) {
				answerer(district, prefix, Set.of(LetterTopic.CITY_MANAGEMENT, LetterTopic.HOUSING), district.id())
					.ifPresent(answerers::add);
			}
		}
		List<String> writers = new ArrayList<>();
		for (String name : List.of("wangxiaoming", "citizen001", "citizen002", "citizen003", "citizen004", "citizen005",
				"qinchuan-tech")) {
			accountViews.find(name).ifPresent((account) -> writers.add(name));
		}
		List<LetterChoices.Leader> leaders = choices.leaders();
		return Optional.of(new DemoCast("zhoujie", "siteadmin", leaders.isEmpty() ? null : leaders.get(0), answerers,
				writers, null));
	}

	private Optional<DemoCast.Answerer> answerer(UnitView unit, String prefix, Set<LetterTopic> topics,
			@Nullable UUID region) {
		String name = unit.names().fullName();
		// a person's post shows the unit's short name
		Set<String> names = Set.of(name, unit.names().shortName());
		List<PeopleDirectory.Person> inUnit = people
			.find(new PeopleDirectory.Query(null, unit.id(), null), AccessScope.everything())
			.people()
			.stream()
			.filter((person) -> names.contains(person.unitName()) && person.username().startsWith("qc")
					&& person.postLabel() != null)
			.toList();
		String[] named = NAMED.getOrDefault(prefix, new String[3]);
		String head = named[1] != null ? named[1]
				: inUnit.stream()
					.filter((person) -> person.postLabel().split(" · ").length == 2)
					.map(PeopleDirectory.Person::username)
					.findFirst()
					.orElse(null);
		List<String> staff = inUnit.stream()
			.filter((person) -> person.postLabel().split(" · ").length == 3)
			.map(PeopleDirectory.Person::username)
			.toList();
		String handler = named[0] != null ? named[0] : staff.isEmpty() ? null : staff.get(staff.size() - 1);
		String officer = !DISCLOSING.contains(prefix) ? null
				: named[2] != null ? named[2] : staff.size() < 2 ? null : staff.get(staff.size() - 2);
		if (head == null || handler == null) {
			return Optional.empty();
		}
		grant(handler, InteractionRoles.LETTER_HANDLER);
		grant(head, InteractionRoles.INTERACTION_LEADER);
		if (officer != null) {
			grant(officer, InteractionRoles.DISCLOSURE_OFFICER);
		}
		return Optional.of(new DemoCast.Answerer(unit.id(), name, topics, region, handler, head, officer));
	}

	private void grant(String username, Role role) {
		if (accountViews.find(username).map((account) -> account.holds(role.code())).orElse(true)) {
			return;
		}
		accounts.grant(username, role);
	}

}
