package org.zhengtong.notification.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.DeadlineApproaching;
import org.zhengtong.casework.DeadlineMissed;
import org.zhengtong.casework.TaskHolders;
import org.zhengtong.casework.TaskOpened;
import org.zhengtong.casework.TaskUrged;
import org.zhengtong.platform.PlatformProperties;

/**
 * Who hears what happens to tasks: the people who may act on one (its assignee's holders,
 * delegates included) when it opens or is urged, and when its deadline nears or passes. A
 * task already done when the event arrives (opened and decided at once, as the demo's
 * articles are) tells no one.
 */
@Component
class CaseworkListener {

	private static final Logger log = LoggerFactory.getLogger(CaseworkListener.class);

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** Where a deadline warning leads: the 待办 list. */
	static final String INBOX = "/workbench";

	private final ObjectProvider<TaskHolders> holders;

	private final Notifier notifier;

	private final ZoneId zone;

	CaseworkListener(ObjectProvider<TaskHolders> holders, Notifier notifier, PlatformProperties platform) {
		this.holders = holders;
		this.notifier = notifier;
		this.zone = platform.timeZone();
	}

	@ApplicationModuleListener
	void on(TaskOpened opened) {
		tell(holders().holdersOfOpenTask(opened.taskId()),
				new Notice(NotificationType.TASK_OPENED, "task-opened:" + opened.taskId(),
						new Object[] { opened.title(), opened.sentByName() }, EventKeys.sitePath(opened.link())));
	}

	@ApplicationModuleListener
	void on(TaskUrged urged) {
		tell(holders().holdersOfOpenTask(urged.taskId()),
				new Notice(NotificationType.TASK_URGED,
						"task-urged:" + urged.taskId() + ":" + EventKeys.digest(urged.urgedByName(), urged.message()),
						new Object[] { urged.title(), urged.urgedByName(), urged.message() },
						EventKeys.sitePath(urged.link())));
	}

	@ApplicationModuleListener
	void on(DeadlineApproaching approaching) {
		tell(holders().holdersOfOpenTasksOn(approaching.clockId()),
				new Notice(NotificationType.DEADLINE_APPROACHING,
						"deadline-approaching:" + approaching.clockId() + ":" + approaching.dueAt().getEpochSecond(),
						new Object[] { approaching.subject(), due(approaching.dueAt()) }, INBOX));
	}

	@ApplicationModuleListener
	void on(DeadlineMissed missed) {
		tell(holders().holdersOfOpenTasksOn(missed.clockId()),
				new Notice(NotificationType.DEADLINE_MISSED,
						"deadline-missed:" + missed.clockId() + ":" + missed.dueAt().getEpochSecond(),
						new Object[] { missed.subject(), due(missed.dueAt()) }, INBOX));
	}

	private void tell(Set<UUID> people, Notice notice) {
		people.forEach((person) -> notifier.tell(person, notice));
	}

	private TaskHolders holders() {
		TaskHolders found = holders.getIfAvailable();
		if (found == null) {
			log.warn("No TaskHolders: task notifications reach nobody");
			return new TaskHolders() {
				@Override
				public Set<UUID> holdersOf(String assigneeKey) {
					return Set.of();
				}

				@Override
				public Set<UUID> holdersOfOpenTask(long taskId) {
					return Set.of();
				}

				@Override
				public Set<UUID> holdersOfOpenTasksOn(long clockId) {
					return Set.of();
				}
			};
		}
		return found;
	}

	private String due(Instant at) {
		return DUE.format(at.atZone(zone));
	}

}
