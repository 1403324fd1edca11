package org.zhengtong.notification.internal;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.DeadlineApproaching;
import org.zhengtong.casework.DeadlineMissed;
import org.zhengtong.casework.TaskHolders;
import org.zhengtong.casework.TaskOpened;
import org.zhengtong.casework.TaskUrged;
import org.zhengtong.platform.PlatformProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/**
 * Who hears of a task: the holders of its assignee when it opens or is urged, the holders
 * of the open tasks on a clock when the deadline nears or passes — each once, with the
 * task's page or the inbox as the link.
 */
class CaseworkListenerUnitTests {

	static final UUID ANNA = UUID.randomUUID();

	static final UUID BO = UUID.randomUUID();

	static final UUID CHEN = UUID.randomUUID();

	final Notifier notifier = mock(Notifier.class);

	final List<Object[]> told = new ArrayList<>();

	final TaskHolders holders = new TaskHolders() {
		@Override
		public Set<UUID> holdersOf(String assigneeKey) {
			return Map.of("post:" + POST, Set.of(ANNA, BO)).getOrDefault(assigneeKey, Set.of());
		}

		/** Task 41 waits for the post; task 42 was decided before the event arrived. */
		@Override
		public Set<UUID> holdersOfOpenTask(long taskId) {
			return taskId == 41 ? holdersOf("post:" + POST) : Set.of();
		}

		@Override
		public Set<UUID> holdersOfOpenTasksOn(long clockId) {
			return clockId == 7 ? Set.of(CHEN) : Set.of();
		}
	};

	static final UUID POST = UUID.randomUUID();

	CaseworkListener listener() {
		doAnswer((call) -> told.add(call.getArguments())).when(notifier).tell(any(), any());
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("holders", holders);
		return new CaseworkListener(beans.getBeanProvider(TaskHolders.class), notifier, properties());
	}

	@Test
	void a_new_task_tells_each_holder_of_its_assignee_with_the_cases_page() {
		listener().on(new TaskOpened(41, 9, "content", "article-review", "交通管制通告", "/workbench/articles/revisions/3",
				Assignee.post(POST, "办公室主任"), "小刘", null));

		assertThat(told).extracting((args) -> args[0]).containsExactlyInAnyOrder(ANNA, BO);
		Notice notice = (Notice) told.get(0)[1];
		assertThat(notice.type()).isEqualTo(NotificationType.TASK_OPENED);
		assertThat(notice.eventKey()).isEqualTo("task-opened:41");
		assertThat(notice.arguments()).containsExactly("交通管制通告", "小刘");
		assertThat(notice.link()).isEqualTo("/workbench/articles/revisions/3");
	}

	@Test
	void a_task_done_before_its_event_arrives_tells_no_one() {
		listener().on(new TaskOpened(42, 9, "content", "article-review", "交通管制通告", "/workbench/articles/revisions/3",
				Assignee.post(POST, "办公室主任"), "小刘", null));

		assertThat(told).isEmpty();
	}

	@Test
	void an_urge_tells_the_holders_and_a_link_off_the_site_is_dropped() {
		listener().on(new TaskUrged(41, 9, "content", "交通管制通告", "https://evil.example/x", Assignee.post(POST, "办公室主任"),
				"赵敏", "今天下班前办完"));

		assertThat(told).hasSize(2);
		Notice notice = (Notice) told.get(0)[1];
		assertThat(notice.type()).isEqualTo(NotificationType.TASK_URGED);
		assertThat(notice.arguments()).containsExactly("交通管制通告", "赵敏", "今天下班前办完");
		assertThat(notice.link()).isNull();
	}

	@Test
	void deadlines_tell_the_holders_of_the_open_tasks_on_the_clock() {
		CaseworkListener listener = listener();
		Instant due = Instant.parse("2026-10-22T09:30:00Z");
		listener.on(new DeadlineApproaching(7, "pki", "证书申请 张三", due));
		listener.on(new DeadlineMissed(7, "pki", "证书申请 张三", due));
		listener.on(new DeadlineMissed(8, "pki", "无人办理", due));

		assertThat(told).extracting((args) -> args[0]).containsExactly(CHEN, CHEN);
		Notice approaching = (Notice) told.get(0)[1];
		Notice missed = (Notice) told.get(1)[1];
		assertThat(approaching.type()).isEqualTo(NotificationType.DEADLINE_APPROACHING);
		assertThat(missed.type()).isEqualTo(NotificationType.DEADLINE_MISSED);
		assertThat(missed.arguments()).containsExactly("证书申请 张三", "2026-10-22 17:30");
		assertThat(missed.link()).isEqualTo("/workbench");
		assertThat(approaching.eventKey()).isNotEqualTo(missed.eventKey());
	}

	@Test
	void the_same_urge_twice_has_one_key_and_a_different_urge_another() {
		CaseworkListener listener = listener();
		Assignee assignee = Assignee.post(POST, "办公室主任");
		listener.on(new TaskUrged(41, 9, "content", "通告", "/workbench", assignee, "赵敏", "快"));
		listener.on(new TaskUrged(41, 9, "content", "通告", "/workbench", assignee, "赵敏", "快"));
		listener.on(new TaskUrged(41, 9, "content", "通告", "/workbench", assignee, "赵敏", "再快"));
		assertThat(told.stream().map((args) -> ((Notice) args[1]).eventKey()).distinct()).hasSize(2);
	}

	private static PlatformProperties properties() {
		return new org.springframework.boot.context.properties.bind.Binder(
				new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(Map
					.of("zhengtong.time-zone", "Asia/Shanghai", "zhengtong.public-base-url", "http://localhost")))
			.bindOrCreate("zhengtong", PlatformProperties.class);
	}

}
