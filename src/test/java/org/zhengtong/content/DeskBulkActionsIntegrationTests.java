package org.zhengtong.content;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 批量撤下 and 批量移动 need review rights in the channel: a writer is not shown them (nor the
 * boxes to tick), a reviewer is; a writer who sends the form anyway is refused and the
 * article stays on the site.
 */
@IntegrationTest
class DeskBulkActionsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Articles articles;

	@Autowired
	Channels channels;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	@Autowired
	PublishedArticles site;

	@Test
	void a_writer_sees_no_bulk_actions_a_reviewer_does_and_the_server_refuses_the_writer() throws Exception {
		Newsroom newsroom = Newsroom.open(units, platformAccounts, "批量", "Bulk Bureau", "bulk", null);
		ChannelView news = newsroom.channel(channels, "zh", "bulk-" + newsroom.tag(), "批量要闻" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
		RevisionView draft = articles.create(news.id(),
				new Articles.Draft("批量测试文章" + newsroom.tag(), null, null, null, "<p>正文</p>"), newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		articles.publish(draft.id(), newsroom.reviewer());

		String writer = body(mvc.get().uri("/workbench/articles").with(as(newsroom.writer())).exchange());
		assertThat(writer).as("the writer sees the published article").contains("批量测试文章" + newsroom.tag());
		assertThat(writer).as("but no boxes and no bulk actions")
			.doesNotContain("撤下所选", "移到栏目", "name=\"article\"", "对所选文章");

		String reviewer = body(mvc.get().uri("/workbench/articles").with(as(newsroom.reviewer())).exchange());
		assertThat(reviewer).contains("撤下所选", "移到栏目", "name=\"article\"");

		MvcTestResult refused = mvc.post()
			.uri("/workbench/articles/bulk")
			.param("article", Long.toString(draft.articleId()))
			.param("action", "withdraw")
			.param("reason", "过时")
			.with(as(newsroom.writer()))
			.with(csrf())
			.exchange();
		assertThat(refused).flash().containsEntry("error", "content.bulk.partly");
		assertThat(site.published(draft.articleId()).orElseThrow().withdrawn()).as("still on the site").isFalse();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static String body(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
