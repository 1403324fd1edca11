package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PeopleDirectory;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.Role;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.platform.DemoClock;
import org.zhengtong.platform.DemoData;
import org.zhengtong.platform.DemoTimetable;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * The demonstration's year of 网上审批 (issue 19): about 140 permit cases of 2026 over five
 * departments, online and at the window, from citizens and enterprises, in every state of
 * the flow — 待受理, 补正 waiting and arrived, 不予受理, 审查中, 待决定, 待发证, 办结 with an electronic
 * licence, 不予许可, 并联 with sub-cases (one still waiting on a sub-case), suspended and
 * resumed, extended, warned yellow and red (some resolved), rated — played through the
 * ordinary desks at its moments of the past ({@link DemoClock}, {@link DemoPermitCases}).
 * Licences are issued by the departments' seal keepers in a session opened with their
 * certificate ({@link DemoCertificateSession}). Loaded once, on the first start of the
 * demo, when there are no permit cases yet; never outside the demo; left out with
 * {@code zhengtong.demo.permit-year=false} (tests that start the demo platform and need
 * no cases).
 */
@Component
@Order(66)
@RunningPlatformOnly
class DemoPermitYear implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPermitYear.class);

	/** How many cases the demo adds before the recent showcase. */
	static final int OLDER_CASES = 100;

	/**
	 * The departments (机关代字) whose cases the demo plays; the first two have the README's
	 * people.
	 */
	static final List<String> DEPARTMENTS = List.of("秦市监", "秦卫健", "秦建", "秦交", "秦教");

	/** The README's 窗口受理员, 审批人员 and 审批负责人 (also 印章管理员) of two departments. */
	static final Map<String, String[]> NAMED = Map.of("秦市监", new String[] { "gaoyan", "luohui", "guoqing" }, "秦卫健",
			new String[] { "songtao", "hanmei", "xieping" });

	/** The scheduled jobs (ShedLock names) held off while the year is played. */
	static final List<String> HELD_JOBS = List.of("casework.deadline-sweep", "permit.deemed-acceptance",
			"permit.warning-check");

	/** Who approves the seal keepers' certificate requests (证书注册审核员). */
	static final String RA_OPERATOR = "wangfang";

	private final DemoPermitServices services;

	private final PermitCases cases;

	private final UnitManagement units;

	private final PeopleDirectory people;

	private final PlatformAccounts accounts;

	private final AccountManagement accountViews;

	private final Environment environment;

	private final Clock clock;

	private final LockProvider locks;

	DemoPermitYear(DemoPermitServices services, PermitCases cases, UnitManagement units, PeopleDirectory people,
			PlatformAccounts accounts, AccountManagement accountViews, Environment environment, Clock clock,
			LockProvider locks) {
		this.locks = locks;
		this.services = services;
		this.cases = cases;
		this.units = units;
		this.people = people;
		this.accounts = accounts;
		this.accountViews = accountViews;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!DemoData.enabled(environment) || !(clock instanceof DemoClock demo)
				|| !environment.getProperty("zhengtong.demo.permit-year", Boolean.class, true) || cases.count() > 0) {
			return;
		}
		Optional<DemoPermitCases.Cast> cast = cast();
		if (cast.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		Loaded loaded = load(cast.get(), demo::at, OLDER_CASES);
		log.info("Demo data: {} permit cases of the past year ({} licences) in {} ms ({} steps refused)",
				loaded.cases(), loaded.licences(), (System.nanoTime() - started) / 1_000_000, loaded.refused());
	}

	/** What a load made. */
	record Loaded(int cases, int licences, int refused) {
	}

	/**
	 * Plays the cast's year: the showcase of recent cases in every state, then
	 * {@code older} cases spread over the year, mostly 办结.
	 */
	Loaded load(DemoPermitCases.Cast cast, DemoTimetable.TimeMachine time, int older) {
		DemoTimetable year = new DemoTimetable(clock.instant());
		DemoPermitCases plans = new DemoPermitCases(services, cast, year, clock);
		plans.keepersCertified();
		plans.showcase();
		plans.older(older);
		plans.schedule();
		List<SimpleLock> held = holdJobs();
		try {
			int refused = year.play(time);
			return new Loaded(plans.plans().size(), plans.licences(), refused);
		}
		finally {
			held.forEach(SimpleLock::unlock);
		}
	}

	/**
	 * Holds the locks of the jobs that judge open cases by today's date (the deadline
	 * sweep, deemed acceptance, the warnings' check) while the year is played: a case the
	 * timetable has only brought to March is not overdue, nor deemed accepted, in
	 * December. They run as usual once the year is in place.
	 */
	private List<SimpleLock> holdJobs() {
		List<SimpleLock> held = new ArrayList<>();
		for (String job : HELD_JOBS) {
			long giveUp = System.nanoTime() + Duration.ofMinutes(1).toNanos();
			Optional<SimpleLock> lock = Optional.empty();
			while (lock.isEmpty() && System.nanoTime() < giveUp) {
				lock = locks.lock(new LockConfiguration(clock.instant(), job, Duration.ofMinutes(30), Duration.ZERO));
				if (lock.isEmpty()) {
					java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
				}
			}
			lock.ifPresent(held::add);
		}
		return held;
	}

	/**
	 * The demo city's cast: the README's people of 市市场监管局 and 市卫健委, and in the other
	 * departments members of staff made 窗口受理员 and 审批人员 and the head 审批负责人.
	 */
	Optional<DemoPermitCases.Cast> cast() {
		LocalDate today = LocalDate.now(clock);
		Map<String, UnitView> byPrefix = units.tree(today)
			.stream()
			.filter((unit) -> unit.active() && unit.names().codePrefix() != null)
			.collect(Collectors.toMap((unit) -> unit.names().codePrefix(), Function.identity(), (a, b) -> a));
		if (!byPrefix.keySet().containsAll(NAMED.keySet()) || accountViews.find(RA_OPERATOR).isEmpty()
				|| accountViews.find("guoqing").isEmpty()) {
			return Optional.empty();
		}
		Map<String, DemoPermitCases.Desk> desks = new LinkedHashMap<>();
		for (String prefix : DEPARTMENTS) {
			UnitView unit = byPrefix.get(prefix);
			if (unit == null) {
				continue;
			}
			String[] named = NAMED.get(prefix);
			if (named != null) {
				desks.put(prefix, new DemoPermitCases.Desk(prefix, unit.id(), named[0], named[1], named[2], named[2]));
			}
			else {
				desk(unit, prefix).ifPresent((desk) -> desks.put(prefix, desk));
			}
		}
		List<String> citizens = new ArrayList<>();
		List<String> enterprises = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String name = i == 0 ? "wangxiaoming" : String.format("citizen%03d", i);
			accountViews.find(name).ifPresent((account) -> citizens.add(name));
		}
		for (int i = 0; i < 8; i++) {
			String name = i == 0 ? "qinchuan-tech" : String.format("enterprise%02d", i);
			accountViews.find(name).ifPresent((account) -> enterprises.add(name));
		}
		return Optional
			.of(new DemoPermitCases.Cast(DemoCatalogue.CODE_PREFIX, desks, citizens, enterprises, RA_OPERATOR));
	}

	/** A desk of generated staff: the first two of the unit's staff and its head. */
	private Optional<DemoPermitCases.Desk> desk(UnitView unit, String prefix) {
		java.util.Set<String> names = java.util.Set.of(unit.names().fullName(), unit.names().shortName());
		List<PeopleDirectory.Person> inUnit = people
			.find(new PeopleDirectory.Query(null, unit.id(), null), AccessScope.everything())
			.people()
			.stream()
			.filter((person) -> names.contains(person.unitName()) && person.username().startsWith("qc")
					&& person.postLabel() != null)
			.toList();
		@Nullable String head = inUnit.stream()
			.filter((person) -> person.postLabel().split(" · ").length == 2)
			.map(PeopleDirectory.Person::username)
			.findFirst()
			.orElse(null);
		List<String> staff = inUnit.stream()
			.filter((person) -> person.postLabel().split(" · ").length == 3)
			.map(PeopleDirectory.Person::username)
			.toList();
		if (head == null || staff.size() < 2) {
			return Optional.empty();
		}
		grant(staff.get(0), PermitRoles.PERMIT_CLERK);
		grant(staff.get(1), PermitRoles.PERMIT_REVIEWER);
		grant(head, PermitRoles.PERMIT_LEADER);
		return Optional.of(new DemoPermitCases.Desk(prefix, unit.id(), staff.get(0), staff.get(1), head, null));
	}

	private void grant(String username, Role role) {
		if (accountViews.find(username).map((account) -> account.holds(role.code())).orElse(true)) {
			return;
		}
		accounts.grant(username, role);
	}

}
