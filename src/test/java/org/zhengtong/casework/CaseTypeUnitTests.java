package org.zhengtong.casework;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhengtong.casework.TestCaseTypes.ReviewState;
import org.zhengtong.casework.internal.CaseTypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Case types declared in code: what they allow, and what they refuse. */
class CaseTypeUnitTests {

	final CaseType<ReviewState> type = TestCaseTypes.reviewType();

	@Test
	void a_declared_transition_is_allowed_and_an_undeclared_one_refused() {
		type.check("DRAFT", "REVIEW");
		assertThat(type.allows(ReviewState.REVIEW, ReviewState.COUNTERSIGN)).isTrue();

		assertThatExceptionOfType(CaseworkRefused.class).isThrownBy(() -> type.check("DRAFT", "DONE"))
			.satisfies((refused) -> {
				assertThat(refused.messageKey()).isEqualTo("casework.refused.transitionNotAllowed");
				assertThat(refused.arguments()).containsExactly("DRAFT", "DONE");
			});
		assertThatExceptionOfType(CaseworkRefused.class).isThrownBy(() -> type.check("REVIEW", "DRAFT"));
	}

	@Test
	void nothing_leaves_a_terminal_state_and_unknown_states_are_refused() {
		assertThat(type.isTerminal(ReviewState.DONE)).isTrue();
		assertThat(type.isTerminal(ReviewState.REVIEW)).isFalse();
		assertThat(type.next(ReviewState.DONE)).isEmpty();
		assertThat(type.initial()).isEqualTo(ReviewState.DRAFT);
		assertThatExceptionOfType(CaseworkRefused.class).isThrownBy(() -> type.check("DONE", "PUBLISHED"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("casework.refused.unknownState"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CaseType.of("test.bad", "casework", ReviewState.class, ReviewState.DRAFT)
				.allow(ReviewState.DONE, ReviewState.DRAFT)
				.terminal(ReviewState.DONE)
				.build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CaseType.of("NoDot", "casework", ReviewState.class, ReviewState.DRAFT));
	}

	@Test
	void the_core_finds_types_by_code_and_refuses_two_of_one_code() {
		CaseTypes types = new CaseTypes(List.of(type));

		assertThat(types.find(TestCaseTypes.CODE)).containsSame(type);
		assertThatExceptionOfType(CaseworkRefused.class).isThrownBy(() -> types.get("content.unknown"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("casework.refused.unknownType"));
		assertThatIllegalStateException().isThrownBy(() -> new CaseTypes(List.of(type, TestCaseTypes.reviewType())));
	}

	@Test
	void a_step_of_one_has_exactly_one_assignee() {
		Assignee a = Assignee.anyone("content.edit", "编辑");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OpenStep(StepKind.ONE, List.of(a, Assignee.anyone("x", "y")), null));
		assertThatIllegalArgumentException().isThrownBy(() -> OpenStep.all(List.of()));
	}

}
