package org.zhengtong.casework.web;

import java.util.OptionalLong;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhengtong.casework.Reach;
import org.zhengtong.casework.TaskInbox;
import org.zhengtong.platform.WorkbenchTodoCount;

/**
 * The header badge and the 待办 tab: one count from {@link TaskInbox#count(Reach)}, and the
 * person's reach, each worked out once per request however many parts of the page ask.
 */
@Component
class InboxBadge implements WorkbenchTodoCount {

	private static final String REACH = InboxBadge.class.getName() + ".reach";

	private static final String COUNT = InboxBadge.class.getName() + ".count";

	private final TaskInbox inbox;

	InboxBadge(TaskInbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public OptionalLong todoCount(Authentication user) {
		Reach reach = reach(user.getName());
		return reach.account() == null ? OptionalLong.empty() : OptionalLong.of(count(reach));
	}

	Reach reach(String username) {
		return once(REACH + ":" + username, () -> inbox.reach(username));
	}

	long count(Reach reach) {
		return once(COUNT + ":" + reach.account(), () -> inbox.count(reach));
	}

	@SuppressWarnings("unchecked")
	private static <T> T once(String name, Supplier<T> work) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return work.get();
		}
		Object known = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
		if (known != null) {
			return (T) known;
		}
		T value = work.get();
		request.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
		return value;
	}

}
