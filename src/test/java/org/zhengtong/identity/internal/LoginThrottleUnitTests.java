package org.zhengtong.identity.internal;

import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.ChainVerification;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleUnitTests {

	MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"));

	RecordingAudit audit = new RecordingAudit();

	LoginThrottle throttle = new LoginThrottle(audit, clock, 3, Duration.ofMinutes(10));

	@Test
	void an_address_is_turned_away_after_the_limit_and_only_that_address() {
		throttle.failed("203.0.113.5");
		throttle.failed("203.0.113.5");
		assertThat(throttle.refused("203.0.113.5")).isFalse();

		throttle.failed("203.0.113.5");

		assertThat(throttle.refused("203.0.113.5")).isTrue();
		assertThat(throttle.refused("198.51.100.7")).isFalse();
	}

	@Test
	void an_ipv6_subscriber_is_one_source_by_its_64_and_an_ipv4_address_is_itself() {
		assertThat(LoginGuard.source("2001:db8:1:2::1")).isEqualTo(LoginGuard.source("2001:0db8:0001:0002:ffff::9"))
			.isEqualTo("2001:db8:1:2::/64");
		assertThat(LoginGuard.source("2001:db8:1:3::1")).isNotEqualTo(LoginGuard.source("2001:db8:1:2::1"));
		assertThat(LoginGuard.source("203.0.113.5")).isEqualTo("203.0.113.5");
		assertThat(LoginGuard.source(null)).isEqualTo("unknown");
	}

	@Test
	void the_address_is_welcome_again_when_the_window_has_passed() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("203.0.113.5");
		}
		clock.advance(Duration.ofMinutes(11));

		assertThat(throttle.refused("203.0.113.5")).isFalse();
		throttle.forgetExpired();
		throttle.failed("203.0.113.5");
		assertThat(throttle.refused("203.0.113.5")).as("a fresh count").isFalse();
	}

	@Test
	void reaching_the_limit_is_audited_once_however_many_attempts_follow() {
		for (int i = 0; i < 10; i++) {
			throttle.failed("203.0.113.5");
		}

		assertThat(audit.recorded).extracting(AuditableEvent::action).containsExactly("identity.address-throttled");
		assertThat(audit.recorded.get(0).address()).isEqualTo("203.0.113.5");
	}

	@Test
	void the_filter_answers_a_throttled_login_before_security_sees_it() throws Exception {
		for (int i = 0; i < 3; i++) {
			throttle.failed("203.0.113.5");
		}
		var filter = new LoginThrottleFilter().loginThrottleRegistration(throttle).getFilter();

		MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
		login.setServletPath("/login");
		login.setRemoteAddr("203.0.113.5");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicBoolean passedOn = new AtomicBoolean();
		filter.doFilter(login, response, new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse res) {
				passedOn.set(true);
			}
		});

		assertThat(passedOn).isFalse();
		assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_FOUND);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?throttled");

		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
		page.setServletPath("/login");
		page.setRemoteAddr("203.0.113.5");
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(page, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).as("the login page itself is still shown").isNotNull();
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Shanghai");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	static final class RecordingAudit implements AuditManagement {

		final List<AuditableEvent> recorded = new ArrayList<>();

		@Override
		public void record(AuditableEvent event) {
			recorded.add(event);
		}

		@Override
		public void recordApart(AuditableEvent event) {
			recorded.add(event);
		}

		@Override
		public List<AuditEntry> search(AuditQuery query, int page, int size) {
			return List.of();
		}

		@Override
		public long count(AuditQuery query) {
			return 0;
		}

		@Override
		public void exportCsv(AuditQuery query, Writer out) {
		}

		@Override
		public org.zhengtong.shared.PageOf<AuditEntry> list(AuditQuery query, org.zhengtong.shared.ListSort sort,
				int page, int size) {
			return new org.zhengtong.shared.PageOf<>(List.of(), 0, 0, size);
		}

		@Override
		public void eachListed(AuditQuery query, org.zhengtong.shared.ListSort sort,
				java.util.function.Consumer<AuditEntry> entry) {
		}

		@Override
		public ChainVerification verify() {
			return ChainVerification.intact(0, 0);
		}

	}

}
