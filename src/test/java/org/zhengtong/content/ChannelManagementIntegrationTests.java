package org.zhengtong.content;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 栏目管理 after creation: a site administrator renames, reorders, moves, hides, takes off
 * the navigation or the homepage, and removes an empty channel; the public site shows
 * each change at once (its cached pages are stale), each is audited, and what the rules
 * refuse (a channel with articles, a move under its own child, a stale form, anyone but a
 * site administrator) changes nothing and says why.
 */
@IntegrationTest
class ChannelManagementIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	Newsroom newsroom;

	String admin;

	ChannelView parent;

	ChannelView child;

	@BeforeEach
	void aSiteWithChannels() {
		newsroom = Newsroom.open(units, platformAccounts, "栏目", "Channel Bureau", "chan", null);
		admin = "chanadmin" + newsroom.tag();
		platformAccounts.createStaff(admin, "网站管理员" + newsroom.tag(),
				new StaffPost(newsroom.unit(), null, "科员", true, null));
		platformAccounts.grant(admin, ContentRoles.SITE_ADMIN);
		parent = channels.create("zh", null, "chan-" + newsroom.tag(), "栏目甲" + newsroom.tag(), ChannelKind.ARTICLES,
				null, 900, true, true, "system");
		child = channels.create("zh", parent.id(), "sub", "栏目乙" + newsroom.tag(), ChannelKind.ARTICLES, null, 0, false,
				false, "system");
	}

	@Test
	void a_rename_hide_and_homepage_change_show_on_the_public_site_at_once_and_are_audited() {
		assertThat(mvc.get().uri("/").exchange()).bodyText().contains("栏目甲" + newsroom.tag());
		assertThat(mvc.get().uri("/columns/{path}", parent.path()).exchange()).hasStatusOk();

		assertThat(change(parent, "要闻更名" + newsroom.tag(), true, true, true)).flash()
			.containsEntry("success", "content.channel.changed");
		assertThat(mvc.get().uri("/").exchange()).bodyText()
			.as("the cached homepage is stale at once")
			.contains("要闻更名" + newsroom.tag())
			.doesNotContain("栏目甲" + newsroom.tag());
		assertThat(mvc.get().uri("/columns/{path}", parent.path()).exchange()).bodyText()
			.contains("要闻更名" + newsroom.tag());

		ChannelView renamed = channels.find(parent.id()).orElseThrow();
		assertThat(change(renamed, renamed.name(), false, false, true)).flash()
			.containsEntry("success", "content.channel.changed");
		assertThat(mvc.get().uri("/").exchange()).bodyText()
			.as("off the navigation and the homepage")
			.doesNotContain("要闻更名" + newsroom.tag());
		assertThat(channels.navigation("zh")).extracting(ChannelView::id).doesNotContain(parent.id());

		ChannelView offNav = channels.find(parent.id()).orElseThrow();
		change(offNav, offNav.name(), true, true, false);
		assertThat(mvc.get().uri("/columns/{path}", parent.path()).exchange()).as("hidden").hasStatus(404);
		assertThat(channels.navigation("zh")).extracting(ChannelView::id).doesNotContain(parent.id());
		assertThat(mvc.get().uri("/admin/channels?site=zh").with(as(admin)).exchange()).bodyText().contains("已隐藏");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(audited(admin, "content.channel-changed", "SUCCESS", parent.id())).isEqualTo(3));
		String after = jdbc
			.sql("SELECT after_state FROM audit_entry WHERE actor = ? AND action = 'content.channel-changed' "
					+ "ORDER BY id DESC LIMIT 1")
			.param(admin)
			.query(String.class)
			.single();
		assertThat(after).contains("显示=否");
	}

	@Test
	void channels_are_reordered_by_order_or_one_place_up_and_down() {
		ChannelView second = channels.create("zh", parent.id(), "second", "栏目丙" + newsroom.tag(), ChannelKind.ARTICLES,
				null, 5, false, false, "system");
		assertThat(childrenOf(parent)).containsExactly("栏目乙" + newsroom.tag(), "栏目丙" + newsroom.tag());

		assertThat(mvc.post()
			.uri("/admin/channels/{id}/shift", second.id())
			.param("direction", "up")
			.with(as(admin))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.channel.shifted");
		assertThat(childrenOf(parent)).containsExactly("栏目丙" + newsroom.tag(), "栏目乙" + newsroom.tag());

		ChannelView first = channels.find(second.id()).orElseThrow();
		change(first, first.name(), false, false, true, 999);
		assertThat(childrenOf(parent)).as("a larger order goes last")
			.containsExactly("栏目乙" + newsroom.tag(), "栏目丙" + newsroom.tag());
	}

	@Test
	void a_move_takes_the_channels_below_along_and_never_under_its_own_child() {
		ChannelView grandchild = channels.create("zh", child.id(), "deep", "栏目丁" + newsroom.tag(), ChannelKind.ARTICLES,
				null, 0, false, false, "system");
		ChannelView target = channels.create("zh", null, "target-" + newsroom.tag(), "目标" + newsroom.tag(),
				ChannelKind.ARTICLES, null, 0, false, false, "system");
		publishIn(child, "移动前的文章" + newsroom.tag());

		assertThat(mvc.post()
			.uri("/admin/channels/{id}/move", child.id())
			.param("parent", target.id().toString())
			.param("version", Long.toString(child.version()))
			.with(as(admin))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.channel.moved");
		assertThat(channels.find(child.id()).orElseThrow().path()).isEqualTo(target.path() + "/sub");
		assertThat(channels.find(grandchild.id()).orElseThrow().path()).isEqualTo(target.path() + "/sub/deep");
		assertThat(mvc.get().uri("/columns/{path}", target.path() + "/sub").exchange()).hasStatusOk()
			.bodyText()
			.contains("移动前的文章" + newsroom.tag());
		assertThat(mvc.get().uri("/columns/{path}", parent.path() + "/sub").exchange()).hasStatus(404);

		ChannelView top = channels.find(target.id()).orElseThrow();
		assertThat(mvc.post()
			.uri("/admin/channels/{id}/move", top.id())
			.param("parent", grandchild.id().toString())
			.param("version", Long.toString(top.version()))
			.with(as(admin))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "content.refused.moveUnderOwn");
		assertThat(channels.find(target.id()).orElseThrow().parentId()).as("nothing moved").isNull();
		assertThat(audited(admin, "content.channel-moved", "DENIED", target.id())).isEqualTo(1);

		assertThatExceptionOfType(ContentRefused.class)
			.isThrownBy(() -> channels.move(target.id(), target.id(), top.version(), admin))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("content.refused.moveUnderOwn"));
	}

	@Test
	void a_channel_with_articles_is_not_removed_and_the_refusal_gives_the_count() {
		publishIn(child, "第一篇" + newsroom.tag());
		publishIn(child, "第二篇" + newsroom.tag());
		ChannelView now = channels.find(child.id()).orElseThrow();
		assertThat(mvc.post()
			.uri("/admin/channels/{id}/remove", now.id())
			.param("version", Long.toString(now.version()))
			.with(as(admin))
			.with(csrf())
			.exchange()).flash()
			.containsEntry("error", "content.refused.channelNotEmpty")
			.hasEntrySatisfying("errorArguments",
					(arguments) -> assertThat((Object[]) arguments).containsExactly(now.name(), 2L));
		assertThat(channels.find(child.id())).isPresent();
		assertThat(audited(admin, "content.channel-removed", "DENIED", child.id())).isEqualTo(1);
		assertThat(mvc.get().uri("/admin/channels/{id}", child.id()).with(as(admin)).exchange()).bodyText()
			.contains("本栏目有 2 篇文章，不能删除");

		ChannelView withChild = channels.find(parent.id()).orElseThrow();
		assertThatExceptionOfType(ContentRefused.class)
			.isThrownBy(() -> channels.remove(parent.id(), withChild.version(), admin))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("content.refused.channelHasChildren"));
	}

	@Test
	void an_empty_channel_is_removed_with_its_rights_and_leaves_the_site() {
		ChannelView empty = channels.create("zh", null, "empty-" + newsroom.tag(), "空栏目" + newsroom.tag(),
				ChannelKind.ARTICLES, null, 0, true, false, "system");
		channels.grant(empty.id(), newsroom.writer(), "DRAFT", "system");
		assertThat(mvc.get().uri("/").exchange()).bodyText().contains("空栏目" + newsroom.tag());

		assertThat(mvc.post()
			.uri("/admin/channels/{id}/remove", empty.id())
			.param("version", Long.toString(channels.find(empty.id()).orElseThrow().version()))
			.with(as(admin))
			.with(csrf())
			.exchange()).hasRedirectedUrl("/admin/channels?site=zh")
			.flash()
			.containsEntry("success", "content.channel.removed");
		assertThat(channels.find(empty.id())).isEmpty();
		assertThat(channels.levelOf(newsroom.writer(), empty.id())).isEmpty();
		assertThat(mvc.get().uri("/").exchange()).bodyText().doesNotContain("空栏目" + newsroom.tag());
		assertThat(mvc.get().uri("/columns/{path}", empty.path()).exchange()).hasStatus(404);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(audited(admin, "content.channel-removed", "SUCCESS", empty.id())).isEqualTo(1));
	}

	@Test
	void a_form_opened_before_another_change_is_refused_and_changes_nothing() {
		long seen = parent.version();
		change(parent, "先改的名字" + newsroom.tag(), true, true, true);
		assertThat(mvc.post()
			.uri("/admin/channels/{id}", parent.id())
			.param("name", "后改的名字")
			.param("shown", "true")
			.param("version", Long.toString(seen))
			.with(as(admin))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "content.refused.channelChanged");
		assertThat(channels.find(parent.id()).orElseThrow().name()).isEqualTo("先改的名字" + newsroom.tag());
	}

	@Test
	void writers_reviewers_and_citizens_may_not_change_channels() {
		RequestPostProcessor citizen = user("chancitizen" + newsroom.tag()).roles("CITIZEN");
		for (RequestPostProcessor who : new RequestPostProcessor[] { as(newsroom.writer()), as(newsroom.reviewer()),
				citizen }) {
			assertThat(mvc.post()
				.uri("/admin/channels/{id}", child.id())
				.param("name", "不该改")
				.param("version", Long.toString(child.version()))
				.with(who)
				.with(csrf())
				.exchange()).hasStatus(403);
			assertThat(mvc.post().uri("/admin/channels/{id}/shift", child.id()).with(who).with(csrf()).exchange())
				.hasStatus(403);
			assertThat(mvc.post()
				.uri("/admin/channels/{id}/move", child.id())
				.param("version", Long.toString(child.version()))
				.with(who)
				.with(csrf())
				.exchange()).hasStatus(403);
			assertThat(mvc.post()
				.uri("/admin/channels/{id}/remove", child.id())
				.param("version", Long.toString(child.version()))
				.with(who)
				.with(csrf())
				.exchange()).hasStatus(403);
		}
		ChannelView unchanged = channels.find(child.id()).orElseThrow();
		assertThat(unchanged.name()).isEqualTo(child.name());
		assertThat(unchanged.parentId()).isEqualTo(parent.id());
		assertThat(unchanged.version()).isEqualTo(child.version());
		assertThat(mvc.post()
			.uri("/admin/channels/{id}/remove", child.id())
			.param("version", Long.toString(child.version()))
			.with(as(admin))
			.exchange()).as("no CSRF token, no change").hasStatus(403);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult change(ChannelView channel, String name,
			boolean navigation, boolean homepage, boolean shown) {
		return change(channel, name, navigation, homepage, shown, channel.sortOrder());
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult change(ChannelView channel, String name,
			boolean navigation, boolean homepage, boolean shown, int order) {
		var request = mvc.post()
			.uri("/admin/channels/{id}", channel.id())
			.param("name", name)
			.param("order", Integer.toString(order))
			.param("version", Long.toString(channel.version()))
			.with(as(admin))
			.with(csrf());
		if (navigation) {
			request = request.param("navigation", "true");
		}
		if (homepage) {
			request = request.param("homepage", "true");
		}
		if (shown) {
			request = request.param("shown", "true");
		}
		return request.exchange();
	}

	private java.util.List<String> childrenOf(ChannelView channel) {
		return channels.tree("zh")
			.stream()
			.filter((c) -> channel.id().equals(c.parentId()))
			.map(ChannelView::name)
			.toList();
	}

	private void publishIn(ChannelView channel, String title) {
		channels.grant(channel.id(), newsroom.writer(), "DRAFT", "system");
		channels.grant(channel.id(), newsroom.reviewer(), "REVIEW", "system");
		RevisionView draft = articles.create(channel.id(), new Articles.Draft(title, null, null, null, "<p>正文</p>"),
				newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		articles.publish(draft.id(), newsroom.reviewer());
	}

	private long audited(String actor, String action, String outcome, UUID channel) {
		return jdbc
			.sql("SELECT count(*) FROM audit_entry WHERE actor = ? AND action = ? AND outcome = ? "
					+ "AND object_type = 'channel' AND object_id = ?")
			.params(actor, action, outcome, channel.toString())
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
