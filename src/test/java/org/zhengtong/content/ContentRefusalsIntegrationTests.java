package org.zhengtong.content;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A refused step changes nothing, not even what it did before it was refused, and its
 * DENIED entry is in the log all the same (written in a transaction of its own).
 */
@IntegrationTest
class ContentRefusalsIntegrationTests {

	@Autowired
	UnitManagement units;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	Disclosures disclosures;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void a_publication_refused_halfway_leaves_the_article_unpublished_and_numbers_nothing() {
		Newsroom newsroom = disclosureNewsroom("回滚", "Rollback Test Bureau", "rb");
		ChannelView channel = newsroom.channel(channels, "zh", "rb-" + newsroom.tag(), "回滚" + newsroom.tag(),
				ChannelKind.DISCLOSURE, false);
		RevisionView draft = articles.create(channel.id(), disclosed("回滚测试文件" + newsroom.tag(), newsroom),
				newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		// The unit loses its 统一社会信用代码 after the draft was checked: publishing puts the
		// revision on the site, then finds no code to build the 索引号 from.
		jdbc.sql("UPDATE organization_unit SET credit_code = NULL WHERE id = ?").param(newsroom.unit()).update();

		assertThatExceptionOfType(ContentRefused.class)
			.isThrownBy(() -> articles.publish(draft.id(), newsroom.reviewer()))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("content.refused.disclosureUnit"));

		assertThat(articles.revision(draft.id()).orElseThrow().state()).isEqualTo(RevisionState.SUBMITTED);
		assertThat(jdbc.sql("SELECT state FROM content_article WHERE id = ?")
			.param(draft.articleId())
			.query(String.class)
			.single()).isEqualTo("UNPUBLISHED");
		assertThat(jdbc.sql("SELECT count(*) FROM content_disclosure_sequence WHERE unit_id = ?")
			.param(newsroom.unit())
			.query(Long.class)
			.single()).as("no 索引号 used up").isZero();
		assertThat(mvc.get().uri("/articles/{id}", draft.articleId()).exchange()).hasStatus(404);
	}

	@Test
	void refused_steps_of_the_desk_the_preview_and_the_catalogue_change_nothing_and_are_audited() {
		Newsroom newsroom = disclosureNewsroom("拒绝", "Refusal Test Bureau", "rf");
		ChannelView channel = newsroom.channel(channels, "zh", "rf-" + newsroom.tag(), "拒绝" + newsroom.tag(),
				ChannelKind.DISCLOSURE, false);
		String stranger = "rfstranger" + newsroom.tag();
		newsroom.editor(platformAccounts, stranger);
		RevisionView draft = articles.create(channel.id(), disclosed("拒绝测试文件" + newsroom.tag(), newsroom),
				newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		String article = Long.toString(draft.articleId());

		// The writer (who drafts, not reviews) publishing through the desk: a message,
		// not a
		// 500.
		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}/publish", draft.id())
			.with(user(users.loadUserByUsername(newsroom.writer())))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "content.refused.notReviewable");
		assertThat(articles.revision(draft.id()).orElseThrow().state()).isEqualTo(RevisionState.SUBMITTED);
		assertThat(denied(newsroom.writer(), "content.revision-published", article)).hasSize(1);

		// Someone outside the channel asking for a preview link (PreviewLinks).
		assertThatExceptionOfType(ContentRefused.class).isThrownBy(() -> articles.sharePreview(draft.id(), stranger));
		assertThat(jdbc.sql("SELECT count(*) FROM content_preview WHERE revision_id = ?")
			.param(draft.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(denied(stranger, "content.preview-shared", article)).hasSize(1);

		// Someone outside the channel declaring the published document repealed
		// (DisclosureService).
		articles.publish(draft.id(), newsroom.reviewer());
		assertThatExceptionOfType(ContentRefused.class).isThrownBy(() -> disclosures.changeValidity(draft.articleId(),
				Validity.REPEALED, LocalDate.of(2026, 1, 1), "废止", stranger));
		assertThat(disclosures.item(draft.articleId()).orElseThrow().validity()).isEqualTo(Validity.VALID);
		assertThat(denied(stranger, "content.validity-changed", article)).hasSize(1);
	}

	private List<AuditEntry> denied(String actor, String action, String article) {
		return audit.search(new AuditQuery(null, null, actor, action, Outcome.DENIED, article), 0, 10);
	}

	private Newsroom disclosureNewsroom(String name, String englishName, String prefix) {
		String first17 = "11619700MB" + String.format("%07d", (int) (Math.random() * 9_000_000));
		return Newsroom.open(units, platformAccounts, name, englishName, prefix,
				first17 + CreditCode.checkCharacter(first17));
	}

	private static Articles.Draft disclosed(String title, Newsroom newsroom) {
		return new Articles.Draft(title, null, null, null, "<p>正文</p>", new DisclosureFields(newsroom.unit(),
				DisclosureTopic.GENERAL_AFFAIRS, DisclosureKind.DOCUMENT, null, null, null));
	}

}
