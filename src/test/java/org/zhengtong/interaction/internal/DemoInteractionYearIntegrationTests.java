package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.LetterTopic;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo's year of 互动交流, played through the services on a cast of its own (three units
 * of this test, a region nobody else uses): letters stand in every state of the flow, on
 * all six doors, with ratings of all five levels and rectifications open and closed;
 * disclosure requests with a 补正 corrected and one lapsed, a consultation and an approved
 * extension; and loading again adds nothing.
 */
@IntegrationTest
class DemoInteractionYearIntegrationTests {

	@Autowired
	DemoInteractionYear demo;

	@Autowired
	UnitManagement units;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void a_year_of_letters_in_every_state_and_disclosure_requests_with_correction_and_extension() {
		DemoCast cast = cast();
		UUID region = cast.homeRegion();
		Set<UUID> unitIds = cast.units().stream().map(DemoCast.Answerer::unit).collect(Collectors.toSet());

		DemoInteractionYear.Loaded loaded = demo.load(cast, this::at, 4);
		clock.reset();

		assertThat(loaded.refused()).as("steps refused (see the log)").isZero();
		Map<String, Long> states = count(
				"SELECT state AS k, count(*) AS n FROM interaction_request WHERE region = ? GROUP BY state",
				region.toString());
		assertThat(states.keySet()).containsExactlyInAnyOrder(List.of(RequestState.values())
			.stream()
			.filter((state) -> state != RequestState.NEW)
			.map(Enum::name)
			.toArray(String[]::new));
		assertThat(states.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(loaded.letters());
		assertThat(count("SELECT door AS k, count(*) AS n FROM interaction_request WHERE region = ? GROUP BY door",
				region.toString())
			.keySet())
			.containsExactlyInAnyOrder(List.of(Door.values()).stream().map(Enum::name).toArray(String[]::new));
		assertThat(jdbc.sql("""
				SELECT count(*) FROM interaction_request r JOIN casework_clock c ON c.id = r.reply_clock_id
				 WHERE r.region = ? AND r.state = 'IN_PROGRESS' AND c.stopped_at IS NULL AND c.due_at < ?""")
			.param(region.toString())
			.param(java.sql.Timestamp.from(Instant.now()))
			.query(Long.class)
			.single()).as("an overdue letter").isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_request WHERE region = ? AND escalated_at IS NOT NULL")
			.param(region.toString())
			.query(Long.class)
			.single()).as("督办").isPositive();

		String units = unitIds.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(","));
		assertThat(jdbc.sql("SELECT DISTINCT level FROM interaction_rating WHERE unit_id IN (" + units + ")")
			.query(Integer.class)
			.list()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
		assertThat(jdbc.sql("SELECT DISTINCT state FROM interaction_rectification WHERE unit_id IN (" + units + ")")
			.query(String.class)
			.list()).as("rectifications open, and closed by 回访").contains("OPEN", "CLOSED");
		assertThat(jdbc
			.sql("SELECT count(*) FROM interaction_request_assignment WHERE unit_id IN (" + units
					+ ") AND end_reason = 'OBJECTED'")
			.query(Long.class)
			.single()).as("objections and re-routing").isPositive();

		Map<String, Long> disclosures = count(
				"SELECT state AS k, count(*) AS n FROM interaction_disclosure_request WHERE unit_id IN (" + units
						+ ") GROUP BY state");
		assertThat(disclosures.keySet()).contains("ANSWERED", "LAPSED", "CORRECTION", "CONSULTING", "RECEIVED");
		assertThat(jdbc
			.sql("SELECT count(*) FROM interaction_disclosure_request WHERE unit_id IN (" + units
					+ ") AND correction_received_on IS NOT NULL AND state = 'ANSWERED'")
			.query(Long.class)
			.single()).as("a 补正 corrected and answered").isPositive();
		assertThat(jdbc
			.sql("SELECT count(*) FROM interaction_disclosure_request WHERE unit_id IN (" + units
					+ ") AND extension_approved AND state = 'RECEIVED'")
			.query(Long.class)
			.single()).as("an approved extension, still running").isPositive();
		assertThat(jdbc
			.sql("SELECT count(*) FROM interaction_disclosure_request WHERE unit_id IN (" + units
					+ ") AND consultation_count > 0 AND state = 'ANSWERED'")
			.query(Long.class)
			.single()).as("a consultation that paused the clock").isPositive();

		String catalogue = new String(mvc.get()
			.uri("/workbench/dispatch-rules")
			.with(user(users.loadUserByUsername(cast.acceptor())))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(catalogue).as("the 派单目录 names topics and regions")
			.contains("教育", "社会保障", "秦川市演示地区")
			.doesNotContain("<td>EDUCATION</td>", "<td>" + region + "</td>");

		DemoInteractionYear.Loaded again = demo.load(cast, this::at, 4);
		clock.reset();
		assertThat(again.letters()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_request WHERE region = ?")
			.param(region.toString())
			.query(Long.class)
			.single()).isEqualTo(loaded.letters());
	}

	private void at(Instant instant, Runnable work) {
		clock.set(instant);
		work.run();
	}

	private Map<String, Long> count(String sql, Object... params) {
		var statement = jdbc.sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query((row, n) -> Map.entry(row.getString("k"), row.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Three units answering every topic between them, with their people. */
	private DemoCast cast() {
		String acceptor = TestStaff.withRole(accounts, TestStaff.unit(units, "演示受理办", "Demo Office"), "acc", "受理员",
				InteractionRoles.LETTER_ACCEPTOR);
		String siteAdmin = TestStaff.withRole(accounts, TestStaff.unit(units, "演示网站", "Demo Site"), "site", "网站管理员",
				ContentRoles.SITE_ADMIN);
		List<Set<LetterTopic>> topics = List.of(
				Set.of(LetterTopic.OTHER, LetterTopic.GOVERNMENT_SERVICES, LetterTopic.PUBLIC_SAFETY,
						LetterTopic.AGRICULTURE),
				Set.of(LetterTopic.EDUCATION, LetterTopic.TRANSPORT, LetterTopic.HOUSING, LetterTopic.ENVIRONMENT),
				Set.of(LetterTopic.HEALTH, LetterTopic.SOCIAL_SECURITY, LetterTopic.EMPLOYMENT, LetterTopic.MARKET,
						LetterTopic.CITY_MANAGEMENT));
		List<DemoCast.Answerer> answerers = new java.util.ArrayList<>();
		for (int i = 0; i < topics.size(); i++) {
			UUID unit = TestStaff.unit(units, "演示承办" + i, "Demo answering unit " + i);
			answerers.add(new DemoCast.Answerer(unit, "演示承办" + i, topics.get(i), null,
					TestStaff.withRole(accounts, unit, "hdl", "承办人", InteractionRoles.LETTER_HANDLER),
					TestStaff.withRole(accounts, unit, "ldr", "审核人", InteractionRoles.INTERACTION_LEADER), i == 2 ? null
							: TestStaff.withRole(accounts, unit, "dis", "公开专员", InteractionRoles.DISCLOSURE_OFFICER)));
		}
		return new DemoCast(acceptor, siteAdmin, null, answerers, List.of(),
				TestStaff.unit(units, "演示地区", "Demo Region"));
	}

}
