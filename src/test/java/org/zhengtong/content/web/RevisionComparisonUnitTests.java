package org.zhengtong.content.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhengtong.content.RevisionView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer sees exactly what changed: the characters removed and added inside a
 * paragraph, new and removed paragraphs and images, and markup typed by a writer shown as
 * text, never as HTML.
 */
class RevisionComparisonUnitTests {

	@Test
	void changed_characters_are_marked_inside_their_paragraph() {
		List<RevisionComparison.Row> rows = RevisionComparison.text(revision("<p>办理时限为二十个工作日。</p><p>咨询电话：12345。</p>"),
				revision("<p>办理时限为十个工作日。</p><p>咨询电话：12345。</p><p>新增一段。</p>"));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).before()).isEqualTo("办理时限为<del>二</del>十个工作日。");
		assertThat(rows.get(0).after()).isEqualTo("办理时限为十个工作日。");
		assertThat(rows.get(1).changed()).isFalse();
		assertThat(rows.get(2).after()).contains("<ins>新增一段。</ins>");
		assertThat(rows.get(2).before()).isEmpty();
	}

	@Test
	void typed_markup_stays_text_and_images_are_named() {
		List<RevisionComparison.Row> rows = RevisionComparison.text(revision("<p>a &lt; b</p>"),
				revision("<p>a &lt;script&gt; b</p><p><img src=\"/files/9f2c/map.png\" alt=\"\"></p>"));
		assertThat(rows.get(0).after()).isEqualTo("a &lt;<ins>script&gt;</ins> b").doesNotContain("<script");
		assertThat(rows.get(1).after()).contains("[图片 map.png]");
	}

	@Test
	void a_picture_is_named_by_its_file_name_never_by_the_id_in_its_address() {
		List<RevisionComparison.Row> rows = RevisionComparison.text(revision("<p>正文</p>"),
				revision("<p>正文</p><p><img src=\"/files/4f2c9a1e-0b7d-4c1a-9e2f-1234567890ab\" alt=\"大厅.png\"></p>"
						+ "<p><img src=\"/files/5e3d9a1e-0b7d-4c1a-9e2f-1234567890ab\" alt=\"\"></p>"));
		assertThat(rows.get(1).after()).contains("[图片 大厅.png]").doesNotContain("4f2c");
		assertThat(rows.get(2).after()).contains("[图片]").doesNotContain("5e3d");
	}

	@Test
	void a_picture_is_compared_by_its_content_not_by_its_address() {
		RevisionComparison.Pictures pictures = new RevisionComparison.Pictures(
				java.util.Map.of("/files/aaa", new RevisionComparison.Picture("sha-1", "现场.png"), "/files/bbb",
						new RevisionComparison.Picture("sha-1", "现场.png"), "/files/ccc",
						new RevisionComparison.Picture("sha-2", "现场.png")),
				"图片");
		List<RevisionComparison.Row> same = RevisionComparison.text(
				revision("<p><img src=\"/files/aaa\" alt=\"a\"></p>"),
				revision("<p><img src=\"/files/bbb\" alt=\"b\" width=\"10\"></p>"), pictures);
		assertThat(same).singleElement().satisfies((row) -> {
			assertThat(row.changed()).as("the same file under a new link").isFalse();
			assertThat(row.after()).isEqualTo("[图片 现场.png]");
		});
		List<RevisionComparison.Row> replaced = RevisionComparison.text(revision("<p><img src=\"/files/aaa\"></p>"),
				revision("<p><img src=\"/files/ccc\"></p>"), pictures);
		assertThat(replaced).anySatisfy((row) -> assertThat(row.changed()).as("another picture, same name").isTrue());
	}

	@Test
	void unchanged_fields_are_not_counted_as_changes() {
		RevisionView before = revision("<p>正文</p>");
		List<RevisionComparison.Row> fields = RevisionComparison.fields(before, before);
		assertThat(fields).extracting(RevisionComparison.Row::changed).containsOnly(false);
		assertThat(RevisionComparison.paragraphs("<p>一</p><br><h2>二</h2><ul><li>三</li></ul>")).containsExactly("一", "二",
				"三");
	}

	private static RevisionView revision(String body) {
		Instant now = Instant.parse("2026-11-24T08:00:00Z");
		return new RevisionView(1, 1, 1, java.util.UUID.randomUUID(), org.zhengtong.content.RevisionState.DRAFT, "标题",
				null, "市政府办", null, body, "xiaoliu", null, null, null, null, now, now, null, List.of(), null);
	}

}
