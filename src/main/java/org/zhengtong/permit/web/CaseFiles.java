package org.zhengtong.permit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.ClockView;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.permit.internal.CaseMaterials;
import org.zhengtong.permit.internal.DecisionDesk;
import org.zhengtong.permit.internal.FormAnswers;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.GuideField;
import org.zhengtong.permit.internal.Guides;
import org.zhengtong.permit.internal.JointCases;
import org.zhengtong.permit.internal.PermitCase;

/**
 * 案卷: what the review, decision and record pages show of a case — the guide version it
 * was filed under, the form's answers, the materials with their downloads, both clocks
 * with how their dates were worked out, the 审查意见, the decision and the 办理过程
 * ({@code templates/permit/fragments/case-file.html}).
 */
@Component
class CaseFiles {

	private final Guides guides;

	private final CaseMaterials materials;

	private final Deadlines deadlines;

	private final Casework casework;

	private final DecisionDesk desk;

	private final JointCases joint;

	CaseFiles(Guides guides, CaseMaterials materials, Deadlines deadlines, Casework casework, DecisionDesk desk,
			JointCases joint) {
		this.joint = joint;
		this.guides = guides;
		this.materials = materials;
		this.deadlines = deadlines;
		this.casework = casework;
		this.desk = desk;
	}

	/** One answer of the form: the field's labels and the answer as text. */
	record Answer(String label, @Nullable String labelEn, String text) {
	}

	/** Puts the case file into the model. */
	void fill(PermitCase found, Model model) {
		Guide guide = guides.findById(found.guideId()).orElseThrow();
		model.addAttribute("permitCase", found);
		model.addAttribute("guide", guide);
		model.addAttribute("applicant", AcceptanceController.masked(found.applicantName(), found.applicantKind()));
		model.addAttribute("answers", answers(guide, found.formValues()));
		model.addAttribute("handedIn",
				// a 并联 sub-case reviews the materials handed in with the main case
				materials.findByCaseIdOrderByMaterialAscIdAsc(joint.applicationCase(found).id())
					.stream()
					.filter((material) -> !material.replaced())
					.toList());
		model.addAttribute("promisedClock", clock(found.promisedClockId()));
		model.addAttribute("legalClock", clock(found.legalClockId()));
		model.addAttribute("licenceType", desk.licenceOf(found));
		model.addAttribute("history",
				found.caseworkCaseId() == null ? List.of() : casework.history(found.caseworkCaseId()));
	}

	private @Nullable ClockView clock(@Nullable Long id) {
		return id == null ? null : deadlines.view(id);
	}

	static List<Answer> answers(Guide guide, String json) {
		Map<String, Object> values = FormAnswers.read(json);
		List<Answer> answers = new ArrayList<>();
		for (GuideField field : guide.fields()) {
			Object value = values.get(field.key());
			if (value != null) {
				answers.add(new Answer(field.label(), field.labelEn(), text(value)));
			}
		}
		return answers;
	}

	private static String text(Object value) {
		if (value instanceof List<?> rows) {
			List<String> lines = new ArrayList<>();
			for (Object row : rows) {
				lines.add(row instanceof List<?> cells ? String.join("，", cells.stream().map(String::valueOf).toList())
						: String.valueOf(row));
			}
			return String.join("；", lines);
		}
		return String.valueOf(value);
	}

}
