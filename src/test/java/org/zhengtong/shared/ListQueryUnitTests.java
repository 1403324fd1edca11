package org.zhengtong.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class ListQueryUnitTests {

	private static ListQuery audit() {
		return ListQuery.select("e.id, e.actor", "audit_entry e JOIN x ON x.id = e.x_id")
			.sortable("time", "e.occurred_at")
			.sortable("actor", "e.actor")
			.sortable("id", "e.id")
			.tieBreaker("e.id")
			.defaultSort(ListSort.descending("time"));
	}

	@Test
	void filters_left_unset_add_nothing() {
		ListQuery list = audit().filter("e.actor = :actor", "actor", null).filter("e.action = :action", "action", "  ");

		assertThat(list.countSql()).isEqualTo("SELECT count(*) FROM audit_entry e JOIN x ON x.id = e.x_id");
		assertThat(list.params()).isEmpty();
	}

	@Test
	void set_filters_add_their_condition_and_parameter_to_the_list_and_its_count_alike() {
		ListQuery list = audit().where("x.site = :site")
			.param("site", "www")
			.filter("e.actor = :actor", "actor", " zhaomin ")
			.filter("e.outcome = :outcome", "outcome", "DENIED");

		String where = " WHERE x.site = :site AND e.actor = :actor AND e.outcome = :outcome";
		assertThat(list.countSql()).isEqualTo("SELECT count(*) FROM audit_entry e JOIN x ON x.id = e.x_id" + where);
		assertThat(list.selectSql(null)).isEqualTo("SELECT e.id, e.actor FROM audit_entry e JOIN x ON x.id = e.x_id"
				+ where + " ORDER BY e.occurred_at DESC, e.id DESC");
		assertThat(list.pageSql(null))
			.endsWith(" ORDER BY e.occurred_at DESC, e.id DESC LIMIT :list_limit OFFSET :list_offset");
		assertThat(list.params()).containsExactly(entry("site", "www"), entry("actor", "zhaomin"),
				entry("outcome", "DENIED"));
	}

	@Test
	void sorts_only_by_declared_keys_with_the_tie_breaker_in_the_same_direction() {
		assertThat(audit().selectSql(ListSort.parse("actor"))).endsWith(" ORDER BY e.actor ASC, e.id ASC");
		assertThat(audit().selectSql(ListSort.parse("-actor"))).endsWith(" ORDER BY e.actor DESC, e.id DESC");
		// The tie-breaker itself is not repeated.
		assertThat(audit().selectSql(ListSort.parse("id"))).endsWith(" ORDER BY e.id ASC");
		// Whatever else is asked for falls back to the default and never reaches the SQL.
		String injected = audit().selectSql(ListSort.parse("e.actor; DROP TABLE audit_entry"));
		assertThat(injected).endsWith(" ORDER BY e.occurred_at DESC, e.id DESC").doesNotContain("DROP");
		assertThat(audit().sort(ListSort.parse("nonsense"))).isEqualTo(ListSort.descending("time"));
	}

	@Test
	void starts_with_matches_the_value_literally() {
		ListQuery list = audit().filterStartsWith("e.action", "action", "a_b%");

		assertThat(list.countSql()).endsWith(" WHERE e.action LIKE :action ESCAPE '\\'");
		assertThat(list.params()).containsEntry("action", "a\\_b\\%%");
	}

	@Test
	void a_contains_filter_escapes_the_value_and_is_left_out_when_blank() {
		ListQuery list = audit().filterContains("e.summary", "summary", " 50%_off ");

		assertThat(list.countSql()).endsWith(" WHERE e.summary LIKE :summary ESCAPE '\\'");
		assertThat(list.params()).containsEntry("summary", "%50\\%\\_off%");
		assertThat(audit().filterContains("e.summary", "summary", "  ").countSql()).doesNotContain("WHERE");
		assertThat(ListQuery.containing(null)).isNull();
	}

	@Test
	void page_size_is_bounded() {
		assertThat(ListQuery.pageSize(0)).isEqualTo(1);
		assertThat(ListQuery.pageSize(50)).isEqualTo(50);
		assertThat(ListQuery.pageSize(1_000_000)).isEqualTo(ListQuery.MAX_PAGE_SIZE);
	}

	@Test
	void refuses_parameter_names_it_uses_itself_or_that_are_given_twice() {
		assertThatIllegalArgumentException().isThrownBy(() -> audit().param("list_limit", 5));
		assertThatIllegalArgumentException().isThrownBy(() -> audit().param("a b", 5));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> audit().filter("e.a = :a", "a", 1).filter("e.b = :a", "a", 2));
		assertThatIllegalArgumentException().isThrownBy(() -> audit().defaultSort(ListSort.ascending("summary")));
	}

	@Test
	void sort_parameters_read_and_write_the_same() {
		assertThat(ListSort.parse("-time")).isEqualTo(ListSort.descending("time"));
		assertThat(ListSort.parse(" actor ")).isEqualTo(ListSort.ascending("actor"));
		assertThat(ListSort.parse("")).isNull();
		assertThat(ListSort.parse("-")).isNull();
		assertThat(ListSort.descending("time").parameter()).isEqualTo("-time");
		assertThat(ListSort.descending("time").reversed()).isEqualTo("time");
	}

}
