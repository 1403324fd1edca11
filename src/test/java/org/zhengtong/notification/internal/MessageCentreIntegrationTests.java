package org.zhengtong.notification.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.content.ArticleReturned;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestMailServer.RecordingSmsGateway;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The message centre end to end: a returned article (published as content publishes it,
 * inside a transaction) reaches its writer's centre and mailbox with the reviewer's
 * comment; the header counts unread messages; opening one marks it read; nobody else can
 * open it; each person's channels and digest are respected.
 */
@IntegrationTest
class MessageCentreIntegrationTests {

	private static final AtomicLong REVISIONS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail smtp;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	DailyDigest digest;

	@Autowired
	RecordingSmsGateway sms;

	@Autowired
	AuditManagement audit;

	UUID unit;

	@BeforeEach
	void unit() {
		unit = TestStaff.unit(units, "通知测试局", "Notification Test Bureau");
	}

	@Test
	void a_returned_article_reaches_its_writer_with_the_comment_and_is_read_once_opened() throws Exception {
		String writer = writer("xl");
		String email = emailOf(writer);
		long revision = returnArticle(writer, "交通管制通告", "第二段<script>alert(1)</script>请核实日期");

		awaitMessages(writer, 1);
		MvcTestResult list = mvc.get().uri("/workbench/messages").with(staff(writer)).exchange();
		assertThat(list).hasStatusOk();
		String page = list.getResponse().getContentAsString();
		assertThat(page).contains("您的稿件《交通管制通告》被退回").contains("message-unread");
		assertThat(badge(page)).as("unread in the header").isEqualTo("1");

		UUID id = messageIds(writer).get(0);
		MvcTestResult opened = mvc.get().uri("/workbench/messages/" + id).with(staff(writer)).exchange();
		assertThat(opened).hasStatusOk();
		String detail = opened.getResponse().getContentAsString();
		assertThat(detail).contains("审核意见：第二段&lt;script&gt;alert(1)&lt;/script&gt;请核实日期")
			.doesNotContain("<script>alert(1)")
			.contains("/workbench/articles/revisions/" + revision);
		assertThat(badge(detail)).as("read once opened: no badge").isNull();

		await().atMost(Duration.ofSeconds(30)).until(() -> !outbox(email).isEmpty());
		jobs.run("notification.send-mail");
		MimeMessage mail = mailTo(email);
		assertThat(mail).as("sent by the outbox's job").isNotNull();
		assertThat(mail.getSubject()).isEqualTo("您的稿件《交通管制通告》被退回");
		assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
		assertThat(jdbc.sql("SELECT body FROM notification_mail WHERE recipient = ?")
			.param(email)
			.query(String.class)
			.single()).contains("请核实日期").contains("/workbench/articles/revisions/" + revision);
	}

	@Test
	void another_account_cannot_open_my_message_and_mark_all_read_clears_the_badge() throws Exception {
		String writer = writer("owner");
		String other = writer("other");
		returnArticle(writer, "甲", "意见一");
		returnArticle(writer, "乙", "意见二");
		awaitMessages(writer, 2);
		UUID mine = messageIds(writer).get(0);

		assertThat(mvc.get().uri("/workbench/messages/" + mine).with(staff(other)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/my/messages/" + mine).with(staff(other)).exchange()).hasStatus(404);
		assertThat(unread(writer)).as("someone else's attempt reads nothing").isEqualTo(2);

		MvcTestResult list = mvc.get().uri("/workbench/messages").with(staff(writer)).exchange();
		assertThat(badge(list.getResponse().getContentAsString())).isEqualTo("2");

		assertThat(mvc.post().uri("/workbench/messages/read-all").with(staff(writer)).exchange())
			.as("without a CSRF token")
			.hasStatus(403);
		assertThat(unread(writer)).isEqualTo(2);
		assertThat(mvc.post().uri("/workbench/messages/read-all").with(staff(writer)).with(csrf()).exchange())
			.hasStatus3xxRedirection();
		assertThat(unread(writer)).isZero();
		assertThat(badge(
				mvc.get().uri("/workbench/messages").with(staff(writer)).exchange().getResponse().getContentAsString()))
			.isNull();
	}

	@Test
	void messages_on_the_personal_pages_with_the_badge_in_the_portal_header() throws Exception {
		String writer = writer("portal");
		returnArticle(writer, "丙", "意见");
		awaitMessages(writer, 1);
		// Staff may also read their messages on the portal; the portal header shows the
		// count.
		MvcTestResult page = mvc.get().uri("/my/messages").with(staff(writer)).exchange();
		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("class=\"portal\"").contains("您的稿件《丙》被退回");
		assertThat(badge(html)).isEqualTo("1");
		assertThat(badge(mvc.get().uri("/").with(staff(writer)).exchange().getResponse().getContentAsString()))
			.as("on every portal page")
			.isEqualTo("1");

		assertThat(mvc.post().uri("/my/messages/read-all").with(staff(writer)).with(csrf()).exchange())
			.hasRedirectedUrl("/my/messages");
		String after = mvc.get().uri("/my/messages").with(staff(writer)).exchange().getResponse().getContentAsString();
		assertThat(after).as("the way to the centre stays").contains("toolbar-messages");
		assertThat(badge(after)).as("no badge at zero").isNull();
	}

	@Test
	void each_channel_follows_the_persons_choice_and_a_change_is_audited() throws Exception {
		String writer = writer("choice");
		String email = emailOf(writer);
		String mobile = "139"
				+ String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
		jdbc.sql("UPDATE identity_account SET mobile = ? WHERE username = ?").params(mobile, writer).update();

		String defaults = mvc.get()
			.uri("/workbench/messages/preferences")
			.with(staff(writer))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(ticked(defaults, "email-ARTICLE_RETURNED")).isTrue();
		assertThat(ticked(defaults, "email-TASK_OPENED")).isFalse();
		assertThat(ticked(defaults, "sms-ARTICLE_RETURNED")).isFalse();

		assertThat(mvc.post()
			.uri("/workbench/messages/preferences")
			.with(staff(writer))
			.with(csrf())
			.param("sms", "ARTICLE_RETURNED")
			.param("locale", "en")
			.param("_dailyDigest", "on")
			.exchange()).hasStatus3xxRedirection();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !audit
				.search(new AuditQuery(null, null, writer, "notification.preferences-changed", null, null), 0, 5)
				.isEmpty());

		String chosen = mvc.get()
			.uri("/workbench/messages/preferences")
			.with(staff(writer))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(ticked(chosen, "sms-ARTICLE_RETURNED")).isTrue();
		assertThat(ticked(chosen, "email-ARTICLE_RETURNED")).isFalse();
		assertThat(chosen).contains("<option value=\"en\" lang=\"en\" selected=\"selected\">");

		returnArticle(writer, "Road works", "Check the date");
		await().atMost(Duration.ofSeconds(30)).until(() -> sms.countTo(mobile) == 1);
		assertThat(sms.lastTo(mobile)).contains("Your article \"Road works\" was returned");
		assertThat(unread(writer)).as("in-app off").isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM notification_mail WHERE recipient = ?")
			.param(email)
			.query(Long.class)
			.single()).as("e-mail off").isZero();
	}

	@Test
	void a_digest_reader_gets_one_email_for_the_day_listing_its_messages() {
		String writer = writer("digest");
		String email = emailOf(writer);
		NotificationPreferences.Choices defaults = preferences.of(writer).orElseThrow();
		preferences.save(writer,
				new NotificationPreferences.Choices(defaults.channels(), new Settings(Locale.CHINESE, true)));
		String quiet = writer("quiet");
		preferences.save(quiet,
				new NotificationPreferences.Choices(defaults.channels(), new Settings(Locale.CHINESE, true)));

		returnArticle(writer, "第一篇", "一");
		returnArticle(writer, "第二篇", "二");
		returnArticle(writer, "第三篇", "三");
		awaitMessages(writer, 3);
		assertThat(outbox(email)).as("no single e-mails").isEmpty();

		digest.send();
		digest.send();

		List<Map<String, Object>> mails = outbox(email);
		assertThat(mails).hasSize(1);
		assertThat((String) mails.get(0).get("subject")).startsWith("每日消息摘要").endsWith("（3 条）");
		assertThat((String) mails.get(0).get("body")).contains("第一篇", "第二篇", "第三篇", "审核意见：二");
		assertThat(outbox(emailOf(quiet))).as("nothing to say, nothing sent").isEmpty();
	}

	@Test
	void an_event_delivered_twice_tells_its_writer_once() {
		String writer = writer("twice");
		long revision = REVISIONS.incrementAndGet();
		ArticleReturned returned = new ArticleReturned(revision, revision, "重复", writer, "赵敏", "同一意见");
		// As a resubmission after a crash delivers it: once more, after the first
		// delivery.
		for (int delivery = 1; delivery <= 2; delivery++) {
			transactions.executeWithoutResult((status) -> events.publishEvent(returned));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.sql(
						"SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
					.param("%" + writer + "%")
					.query(Long.class)
					.single() == 0);
		}
		assertThat(messageCount(writer)).isEqualTo(1);
		assertThat(outbox(emailOf(writer))).hasSize(1);
	}

	private String writer(String prefix) {
		String name = TestStaff.staff(accounts, unit, prefix, "撰稿人", "Zt-Passw0rd-2026!");
		jdbc.sql("UPDATE identity_account SET email = ? WHERE username = ?")
			.params(name + "@example.com", name)
			.update();
		return name;
	}

	private static String emailOf(String username) {
		return username + "@example.com";
	}

	/**
	 * Returns a new revision to its writer as the desk does: the event inside its
	 * transaction.
	 */
	private long returnArticle(String writer, String title, String comment) {
		long revision = REVISIONS.incrementAndGet();
		transactions.executeWithoutResult(
				(status) -> events.publishEvent(new ArticleReturned(revision, revision, title, writer, "赵敏", comment)));
		return revision;
	}

	private void awaitMessages(String username, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> messageCount(username) >= count);
	}

	private long messageCount(String username) {
		return jdbc
			.sql("SELECT count(*) FROM notification_message m JOIN identity_account a ON a.id = m.recipient_id "
					+ "WHERE a.username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private long unread(String username) {
		return jdbc
			.sql("SELECT count(*) FROM notification_message m JOIN identity_account a ON a.id = m.recipient_id "
					+ "WHERE a.username = ? AND m.in_app AND m.read_at IS NULL")
			.param(username)
			.query(Long.class)
			.single();
	}

	private List<UUID> messageIds(String username) {
		return jdbc
			.sql("SELECT m.id FROM notification_message m JOIN identity_account a ON a.id = m.recipient_id "
					+ "WHERE a.username = ? ORDER BY m.created_at")
			.param(username)
			.query(UUID.class)
			.list();
	}

	private List<Map<String, Object>> outbox(String email) {
		return jdbc.sql("SELECT subject, body FROM notification_mail WHERE recipient = ?")
			.param(email)
			.query()
			.listOfRows();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor staff(String username) {
		return user(username).roles("STAFF");
	}

	/** Whether the preferences page's checkbox with this id is ticked. */
	static boolean ticked(String html, String id) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>")
			.matcher(html);
		assertThat(matcher.find()).as(id).isTrue();
		return matcher.group().contains("checked");
	}

	/** The unread count in the page's header, or null when no badge is shown. */
	static String badge(String html) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(
				"(?s)class=\"[^\"]*(?:wb-messages|toolbar-messages)[^\"]*\"(?:(?!</a>).)*?<span class=\"badge\">(\\d+)</span>")
			.matcher(html);
		return matcher.find() ? matcher.group(1) : null;
	}

	private MimeMessage mailTo(String email) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				return message;
			}
		}
		return null;
	}

	static List<String> subjectsTo(GreenMail smtp, String email) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				subjects.add(message.getSubject());
			}
		}
		return subjects;
	}

}
