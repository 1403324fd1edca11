package org.zhengtong.platform.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengtong.platform.PortalNavigationContributor;
import org.zhengtong.platform.SiteProperties;
import org.zhengtong.platform.WorkbenchTodoCount;
import org.zhengtong.platform.UnreadMessageCounter;
import org.zhengtong.platform.WorkbenchHeaderContributor;
import org.zhengtong.platform.WorkbenchMenuContributor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header's unread count is asked for once per request however often a page shows it,
 * and is absent for a visitor who is not signed in.
 */
class LayoutUnreadMessagesUnitTests {

	final AtomicInteger asked = new AtomicInteger();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void counted_once_per_request() {
		LayoutSupport layout = layout();
		SecurityContextHolder.getContext().setAuthentication(signedIn());
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

		assertThat(layout.getUnreadMessages().count()).isEqualTo(3);
		assertThat(layout.getUnreadMessages().path()).isEqualTo("/workbench/messages");
		assertThat(asked).hasValue(1);

		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		layout.getUnreadMessages();
		assertThat(asked).as("a new request counts anew").hasValue(2);
	}

	@Test
	void nothing_for_an_anonymous_visitor() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		assertThat(layout().getUnreadMessages()).isNull();
		assertThat(asked).hasValue(0);
	}

	private static Authentication signedIn() {
		return UsernamePasswordAuthenticationToken.authenticated("xiaoliu", null,
				List.of(new SimpleGrantedAuthority("ROLE_STAFF")));
	}

	private LayoutSupport layout() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("counter", new UnreadMessageCounter() {
			@Override
			public long unreadMessages(Authentication user) {
				asked.incrementAndGet();
				return 3;
			}

			@Override
			public String messagesPath(Authentication user) {
				return "/workbench/messages";
			}
		});
		return new LayoutSupport(new SiteProperties("秦川市人民政府", "Qinchuan", "办公室", "", "", "", "", "", ""),
				beans.getBeanProvider(PortalNavigationContributor.class),
				beans.getBeanProvider(WorkbenchMenuContributor.class), beans.getBeanProvider(WorkbenchTodoCount.class),
				beans.getBeanProvider(WorkbenchHeaderContributor.class), Clock.systemUTC(),
				beans.getBeanProvider(UnreadMessageCounter.class));
	}

}
