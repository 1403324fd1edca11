package org.zhengtong.permit.web;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.permit.internal.AcceptanceAccess;
import org.zhengtong.permit.internal.DecisionAccess;
import org.zhengtong.permit.internal.PermitCase;

/**
 * Where a case's link in the 待办 inbox leads, by its state and the reader: 待受理 and 待补正 to
 * the acceptance desk, 审查中 to the review page, 待决定 to the decision page (for the
 * department's reviewers and leaders; other readers to the record), 待发证 to the 发证 page,
 * an ended case to its read-only record. {@code null} when the reader may not see the
 * case (answered with 404).
 */
@Component
class CaseLinks {

	private final AcceptanceAccess acceptance;

	private final DecisionAccess access;

	CaseLinks(AcceptanceAccess acceptance, DecisionAccess access) {
		this.acceptance = acceptance;
		this.access = access;
	}

	@Nullable String target(PermitCase found, String reader) {
		String number = Objects.requireNonNull(found.number());
		boolean mayRead = access.reader(reader, found.departmentId());
		return switch (found.state()) {
			case DRAFT -> null;
			case SUBMITTED, CORRECTION -> acceptance.clerk(reader, found.departmentId())
					? AcceptanceController.BASE + "/" + number : mayRead ? record(number) : null;
			case ACCEPTED -> access.reviewer(reader, found.departmentId()) ? DecisionController.REVIEW + "/" + number
					: mayRead ? record(number) : null;
			case REVIEWED -> access.leader(reader, found.departmentId()) ? DecisionController.DECIDE + "/" + number
					: access.reviewer(reader, found.departmentId()) ? DecisionController.REVIEW + "/" + number
							: mayRead ? record(number) : null;
			case DECIDED ->
				mayRead || access.sealKeeper(reader, found.departmentId()) ? "/workbench/permit/issue/" + number : null;
			case CLOSED, REJECTED, WITHDRAWN -> mayRead ? record(number) : null;
		};
	}

	private static String record(String number) {
		return DecisionController.RECORD + "/" + number;
	}

}
