package org.zhengtong.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.zhengtong.casework.TaskHolders;
import org.zhengtong.identity.AccountContact;
import org.zhengtong.identity.AccountContacts;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.interaction.DisclosureContacts;
import org.zhengtong.interaction.DisclosureCorrectionNoticed;
import org.zhengtong.interaction.DisclosureExtended;
import org.zhengtong.interaction.DisclosureLetterSealed;
import org.zhengtong.interaction.DisclosureRequestAnswered;
import org.zhengtong.interaction.LetterContacts;
import org.zhengtong.interaction.RequestRejected;
import org.zhengtong.interaction.LetterUrged;
import org.zhengtong.interaction.ReplySent;
import org.zhengtong.interaction.RequestAssigned;
import org.zhengtong.interaction.RequestSubmitted;
import org.zhengtong.interaction.Door;
import org.zhengtong.platform.PlatformProperties;

/**
 * Who hears of a letter: a writer with an account through it (arrival, routing, answer),
 * one without by the address they gave (arrival and answer only, e-mail before SMS), the
 * handler who took a letter or else the unit's handlers, and the unit's leaders, when it
 * is urged — each once, the handler and leader who are one person told once.
 */
class InteractionListenerUnitTests {

	static final UUID UNIT = UUID.randomUUID();

	static final UUID WRITER = UUID.randomUUID();

	static final UUID HANDLER = UUID.randomUUID();

	static final UUID OTHER_HANDLER = UUID.randomUUID();

	static final UUID LEADER = UUID.randomUUID();

	static final UUID REGISTERED = UUID.randomUUID();

	static final UUID ANONYMOUS_MAIL = UUID.randomUUID();

	static final UUID ANONYMOUS_PHONE = UUID.randomUUID();

	final Notifier notifier = mock(Notifier.class);

	final List<Object[]> told = new ArrayList<>();

	final List<Object[]> contacted = new ArrayList<>();

	final Map<UUID, LetterContacts.LetterWriter> writers = Map.of(REGISTERED,
			new LetterContacts.LetterWriter(REGISTERED, "2026-000001", "路灯不亮", WRITER, "王小红", null, null, UNIT, null,
					null),
			ANONYMOUS_MAIL,
			new LetterContacts.LetterWriter(ANONYMOUS_MAIL, "2026-000002", "噪声扰民", null, "李明", "13900000000",
					"li@example.com", UNIT, null, null),
			ANONYMOUS_PHONE, new LetterContacts.LetterWriter(ANONYMOUS_PHONE, "2026-000003", "井盖缺失", null, null,
					"13900000001", null, UNIT, null, null));

	static final UUID APPLICANT_ACCOUNT = UUID.randomUUID();

	static final UUID ACCOUNT_REQUEST = UUID.randomUUID();

	static final UUID MAIL_REQUEST = UUID.randomUUID();

	static final UUID PHONE_REQUEST = UUID.randomUUID();

	final Map<UUID, DisclosureContacts.DisclosureApplicant> applicants = Map
		.of(ACCOUNT_REQUEST,
				new DisclosureContacts.DisclosureApplicant(
						ACCOUNT_REQUEST, "教育局依申〔2026〕1号", APPLICANT_ACCOUNT, "13900000009", "a@example.com"),
				MAIL_REQUEST,
				new DisclosureContacts.DisclosureApplicant(MAIL_REQUEST, "教育局依申〔2026〕2号", null, "13900000010",
						"b@example.com"),
				PHONE_REQUEST,
				new DisclosureContacts.DisclosureApplicant(PHONE_REQUEST, "教育局依申〔2026〕3号", null, "13900000011", null));

	InteractionListener listener() {
		doAnswer((call) -> told.add(call.getArguments())).when(notifier).tell(any(), any());
		doAnswer((call) -> contacted.add(call.getArguments())).when(notifier).tellContact(any(), any(), any());
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("holders", new TaskHolders() {
			@Override
			public Set<UUID> holdersOf(String key) {
				return Map
					.of("unit:" + UNIT + ":interaction.handle", Set.of(HANDLER, OTHER_HANDLER),
							"unit:" + UNIT + ":interaction.approve", Set.of(LEADER, HANDLER))
					.getOrDefault(key, Set.of());
			}

			@Override
			public Set<UUID> holdersOfOpenTask(long taskId) {
				return Set.of();
			}

			@Override
			public Set<UUID> holdersOfOpenTasksOn(long clockId) {
				return Set.of();
			}
		});
		AccountContacts accounts = new AccountContacts() {
			@Override
			public Optional<AccountContact> byUsername(String username) {
				return "handler".equals(username)
						? Optional
							.of(new AccountContact(HANDLER, "handler", "甲承办", AccountKind.STAFF, true, null, null))
						: Optional.empty();
			}

			@Override
			public Optional<AccountContact> byId(UUID id) {
				return Optional.empty();
			}
		};
		LetterContacts letters = (id) -> Optional.ofNullable(writers.get(id));
		DisclosureContacts applicants = (id) -> Optional.ofNullable(this.applicants.get(id));
		return new InteractionListener(letters, applicants, accounts, beans.getBeanProvider(TaskHolders.class),
				notifier, properties());
	}

	@Test
	void a_registered_writer_hears_through_the_account_of_arrival_routing_and_answer() {
		InteractionListener listener = listener();
		Instant at = Instant.parse("2026-12-03T02:00:00Z");
		listener.on(new RequestSubmitted(REGISTERED, "2026-000001", Door.MESSAGE, at));
		listener.on(new RequestAssigned(REGISTERED, "2026-000001", UNIT, at, at.plusSeconds(86400 * 14)));
		listener.on(new ReplySent(REGISTERED, "2026-000001", UNIT, at.plusSeconds(86400), false));

		assertThat(contacted).isEmpty();
		assertThat(told).extracting((args) -> args[0]).containsOnly(WRITER);
		assertThat(told).extracting((args) -> ((Notice) args[1]).type())
			.containsExactly(NotificationType.LETTER_RECEIVED, NotificationType.LETTER_ASSIGNED,
					NotificationType.LETTER_REPLIED);
		assertThat(told).extracting((args) -> ((Notice) args[1]).link()).containsOnly("/my/letters/" + REGISTERED);
	}

	@Test
	void an_anonymous_writer_hears_of_arrival_and_answer_at_the_address_given_never_of_routing() {
		InteractionListener listener = listener();
		Instant at = Instant.parse("2026-12-03T02:00:00Z");
		listener.on(new RequestSubmitted(ANONYMOUS_MAIL, "2026-000002", Door.COMPLAINT, at));
		listener.on(new RequestAssigned(ANONYMOUS_MAIL, "2026-000002", UNIT, at, at));
		listener.on(new ReplySent(ANONYMOUS_PHONE, "2026-000003", UNIT, at, false));

		assertThat(told).isEmpty();
		assertThat(contacted).hasSize(2);
		assertThat(contacted.get(0)).startsWith("li@example.com", "13900000000");
		assertThat(((Notice) contacted.get(0)[2]).type()).isEqualTo(NotificationType.LETTER_RECEIVED);
		assertThat(contacted.get(1)).startsWith(null, "13900000001");
		assertThat(((Notice) contacted.get(1)[2]).type()).isEqualTo(NotificationType.LETTER_REPLIED);
	}

	@Test
	void an_urge_reaches_the_handler_who_took_it_or_else_the_units_handlers_and_the_leaders_once_each() {
		InteractionListener listener = listener();
		Instant due = Instant.parse("2026-12-10T15:59:59Z");
		listener.on(new LetterUrged(REGISTERED, "2026-000001", "路灯不亮", UNIT, "handler", false, due));
		assertThat(told).extracting((args) -> args[0]).containsExactly(HANDLER, LEADER);
		Notice notice = (Notice) told.get(0)[1];
		assertThat(notice.type()).isEqualTo(NotificationType.LETTER_DUE_SOON);
		assertThat(notice.arguments()).containsExactly("2026-000001", "路灯不亮", "2026-12-10 23:59");
		assertThat(notice.link()).isEqualTo("/workbench/letters/" + REGISTERED);

		told.clear();
		listener.on(new LetterUrged(REGISTERED, "2026-000001", "路灯不亮", UNIT, null, true, due));
		assertThat(told).extracting((args) -> args[0]).containsExactlyInAnyOrder(HANDLER, OTHER_HANDLER, LEADER);
		assertThat(told).extracting((args) -> ((Notice) args[1]).type()).containsOnly(NotificationType.LETTER_OVERDUE);
		assertThat(((Notice) told.get(0)[1]).eventKey()).isNotEqualTo(notice.eventKey());
	}

	@Test
	void a_refused_letter_tells_its_writer_the_reason_through_the_account_or_at_the_address_given() {
		InteractionListener listener = listener();
		Instant at = Instant.parse("2026-12-03T02:00:00Z");
		listener.on(new RequestRejected(REGISTERED, "2026-000001", "不属于本机关职责", at));
		listener.on(new RequestRejected(ANONYMOUS_MAIL, "2026-000002", "重复来信", at));
		listener.on(new RequestRejected(UUID.randomUUID(), "2026-000099", "无此来信", at));

		assertThat(told).singleElement().satisfies((args) -> {
			assertThat(args[0]).isEqualTo(WRITER);
			Notice notice = (Notice) args[1];
			assertThat(notice.type()).isEqualTo(NotificationType.LETTER_REJECTED);
			assertThat(notice.arguments()).containsExactly("2026-000001", "路灯不亮", "不属于本机关职责");
			assertThat(notice.link()).isEqualTo("/my/letters/" + REGISTERED);
		});
		assertThat(contacted).singleElement().satisfies((args) -> {
			assertThat(args).startsWith("li@example.com", "13900000000");
			assertThat(((Notice) args[2]).arguments()).containsExactly("2026-000002", "噪声扰民", "重复来信");
		});
	}

	@Test
	void a_disclosure_applicant_hears_of_the_correction_the_extension_and_the_answer_and_nobody_else_does() {
		InteractionListener listener = listener();
		Instant at = Instant.parse("2026-09-22T01:00:00Z");
		listener.on(new DisclosureCorrectionNoticed(ACCOUNT_REQUEST, "教育局依申〔2026〕1号", "请写明文件名称",
				java.time.LocalDate.parse("2026-09-29"), at));
		listener.on(new DisclosureExtended(MAIL_REQUEST, "教育局依申〔2026〕2号", 10, "需要调取档案",
				java.time.LocalDate.parse("2026-11-05"), at));
		listener.on(new DisclosureRequestAnswered(PHONE_REQUEST, "教育局依申〔2026〕3号", UNIT, "WITHHELD", at));

		assertThat(told).singleElement().satisfies((args) -> {
			assertThat(args[0]).isEqualTo(APPLICANT_ACCOUNT);
			Notice notice = (Notice) args[1];
			assertThat(notice.type()).isEqualTo(NotificationType.DISCLOSURE_CORRECTION);
			assertThat(notice.arguments()).containsExactly("教育局依申〔2026〕1号", "请写明文件名称", "2026-09-29");
			assertThat(notice.link()).isEqualTo("/interaction/disclosure/follow");
		});
		assertThat(contacted).hasSize(2);
		assertThat(contacted.get(0)).startsWith("b@example.com", "13900000010");
		assertThat(((Notice) contacted.get(0)[2]).type()).isEqualTo(NotificationType.DISCLOSURE_EXTENDED);
		assertThat(((Notice) contacted.get(0)[2]).arguments()).containsExactly("教育局依申〔2026〕2号", "2026-11-05", "需要调取档案",
				10);
		assertThat(contacted.get(1)).startsWith(null, "13900000011");
		Notice answered = (Notice) contacted.get(1)[2];
		assertThat(answered.type()).isEqualTo(NotificationType.DISCLOSURE_ANSWERED);
		assertThat(((org.springframework.context.MessageSourceResolvable) answered.arguments()[1]).getCodes())
			.containsExactly("interaction.disclosure.reply.WITHHELD");
	}

	@Test
	void a_disclosure_applicant_hears_when_the_answer_letter_is_sealed_and_can_be_downloaded() {
		InteractionListener listener = listener();
		Instant at = Instant.parse("2026-09-24T02:00:00Z");
		listener.on(new DisclosureLetterSealed(ACCOUNT_REQUEST, "教育局依申〔2026〕1号", UNIT, at));
		listener.on(new DisclosureLetterSealed(MAIL_REQUEST, "教育局依申〔2026〕2号", UNIT, at));

		assertThat(told).singleElement().satisfies((args) -> {
			assertThat(args[0]).isEqualTo(APPLICANT_ACCOUNT);
			Notice notice = (Notice) args[1];
			assertThat(notice.type()).isEqualTo(NotificationType.DISCLOSURE_LETTER_SEALED);
			assertThat(notice.arguments()).containsExactly("教育局依申〔2026〕1号");
			assertThat(notice.link()).isEqualTo("/interaction/disclosure/follow");
		});
		assertThat(contacted).singleElement().satisfies((args) -> {
			assertThat(args).startsWith("b@example.com", "13900000010");
			assertThat(((Notice) args[2]).type()).isEqualTo(NotificationType.DISCLOSURE_LETTER_SEALED);
		});
	}

	private static PlatformProperties properties() {
		return new org.springframework.boot.context.properties.bind.Binder(
				new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(Map
					.of("zhengtong.time-zone", "Asia/Shanghai", "zhengtong.public-base-url", "http://localhost")))
			.bindOrCreate("zhengtong", PlatformProperties.class);
	}

}
