package org.zhengtong.organization.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitView;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demonstration city as ./mvnw spring-boot:run loads it (region 619900, which no
 * other test uses).
 */
@IntegrationTest
class DemoUnitsIntegrationTests {

	@Autowired
	UnitService units;

	@Autowired
	PostService posts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void qinchuan_has_its_city_bodies_departments_twelve_districts_and_their_towns() {
		DemoUnits loader = new DemoUnits(units, posts, jdbc, transaction, new MockEnvironment());
		transaction.executeWithoutResult((status) -> loader.load());

		List<UnitView> demo = units.tree(LocalDate.of(2026, 11, 24))
			.stream()
			.filter((unit) -> unit.creditCode() != null && unit.creditCode().startsWith("11619900MB"))
			.toList();
		assertThat(demo).hasSize(6 + DemoUnits.DEPARTMENTS.size() + DemoUnits.PARTY_DEPARTMENTS.size() + 12 * 3);
		assertThat(demo).filteredOn((unit) -> unit.kind() == UnitKind.DISTRICT).hasSize(12);
		assertThat(demo).filteredOn((unit) -> unit.kind() == UnitKind.TOWNSHIP).hasSize(24);
		assertThat(demo).filteredOn((unit) -> unit.kind() == UnitKind.DEPARTMENT)
			.as("about 70 city departments")
			.hasSize(68);
		assertThat(demo).extracting((unit) -> unit.names().codePrefix()).contains("秦政发", "秦发改", "秦政办", "秦都政发");
		assertThat(demo)
			.allSatisfy((unit) -> assertThat(unit.names().englishName()).doesNotContainPattern("\\p{IsHan}"));
	}

}
