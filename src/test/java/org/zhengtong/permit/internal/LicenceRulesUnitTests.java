package org.zhengtong.permit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.LicenceStatus;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LicenceView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the verification page shows without a database: a citizen's name masked, a
 * licence's last valid day, and 已过期 the day after it (never for a revoked one).
 */
class LicenceRulesUnitTests {

	@Test
	void aCitizensNameKeepsItsFirstAndLastCharacter() {
		assertThat(LicenceVerification.maskName("张小三")).isEqualTo("张*三");
		assertThat(LicenceVerification.maskName("欧阳小明")).isEqualTo("欧**明");
		assertThat(LicenceVerification.maskName("张三")).isEqualTo("张*");
		assertThat(LicenceVerification.maskName(" 李 ")).isEqualTo("李");
	}

	@Test
	void aFoodBusinessLicenceFromTheThirdOfDecemberIsValidFiveYearsToTheSecond() {
		assertThat(LicenceType.FOOD_BUSINESS.validTo(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2031, 12, 2));
		assertThat(LicenceType.PUBLIC_HEALTH.validTo(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 28));
		assertThat(LicenceType.byCode("road-transport")).contains(LicenceType.ROAD_TRANSPORT);
		assertThat(LicenceType.byCode("nonsense")).isEmpty();
	}

	@Test
	void aValidLicenceIsExpiredTheDayAfterItsLastDayButARevokedOneStaysRevoked() {
		LocalDate last = LocalDate.of(2031, 12, 2);
		assertThat(view(LicenceStatus.VALID, last).shownStatus(last)).isEqualTo(LicenceStatus.VALID);
		assertThat(view(LicenceStatus.VALID, last).shownStatus(last.plusDays(1))).isEqualTo(LicenceStatus.EXPIRED);
		assertThat(view(LicenceStatus.REVOKED, last).shownStatus(last.plusDays(1))).isEqualTo(LicenceStatus.REVOKED);
		assertThat(view(LicenceStatus.VALID, null).shownStatus(LocalDate.of(2099, 1, 1)))
			.isEqualTo(LicenceStatus.VALID);
	}

	private static LicenceView view(LicenceStatus status, LocalDate validTo) {
		return new LicenceView(UUID.randomUUID(), LicenceType.FOOD_BUSINESS, "JY2026000001", "XK2026000001", "张小三",
				ApplicantKind.CITIZEN, "6101**********0011", Map.of(), LocalDate.of(2026, 12, 3), validTo,
				UUID.randomUUID(), "秦川市市场监督管理局", "Market Regulation", "keeper", Instant.now(), status, null, null, "a",
				"b", null, "01");
	}

}
