package org.zhengtong.permit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.GuideField;
import org.zhengtong.permit.internal.GuideMaterial;

/**
 * What a version under review says beside the version in force, part by part, each part
 * marked when it changed: what the 审批负责人 reads before publishing.
 */
final class GuideComparison {

	/** One part: its label's message key, both texts, and whether they differ. */
	record Part(String labelKey, String inForce, String proposed, boolean changed) {
	}

	private GuideComparison() {
	}

	/**
	 * @param departments the names of a version's 并联 departments
	 * @param words a message by its key, in the reader's language
	 */
	static List<Part> parts(@Nullable Guide inForce, Guide proposed, Function<Guide, String> departments,
			Function<String, String> words) {
		Function<Boolean, String> yesNo = (yes) -> words.apply(yes ? "permit.guide.yes" : "permit.guide.no");
		List<Part> parts = new ArrayList<>();
		add(parts, "permit.guide.name", inForce, proposed, Guide::name);
		add(parts, "permit.guide.nameEn", inForce, proposed, (g) -> text(g.nameEn()));
		add(parts, "permit.guide.synonyms", inForce, proposed, Guide::synonyms);
		add(parts, "permit.guide.basis", inForce, proposed, Guide::basis);
		add(parts, "permit.guide.conditions", inForce, proposed, Guide::conditions);
		add(parts, "permit.guide.materials", inForce, proposed, (g) -> materials(g, words));
		add(parts, "permit.guide.process", inForce, proposed, Guide::process);
		add(parts, "permit.guide.legalDays", inForce, proposed, (g) -> Integer.toString(g.legalDays()));
		add(parts, "permit.guide.promisedDays", inForce, proposed, (g) -> Integer.toString(g.promisedDays()));
		add(parts, "permit.guide.fee", inForce, proposed, (g) -> text(g.fee()));
		add(parts, "permit.guide.feeBasis", inForce, proposed, (g) -> text(g.feeBasis()));
		add(parts, "permit.guide.windowAddress", inForce, proposed, Guide::windowAddress);
		add(parts, "permit.guide.windowPhone", inForce, proposed, Guide::windowPhone);
		add(parts, "permit.guide.windowHours", inForce, proposed, Guide::windowHours);
		add(parts, "permit.guide.online", inForce, proposed, (g) -> yesNo.apply(g.online()));
		add(parts, "permit.guide.joint", inForce, proposed, (g) -> yesNo.apply(g.joint()));
		add(parts, "permit.guide.jointDepartments", inForce, proposed, departments);
		add(parts, "permit.guide.licenceType", inForce, proposed, (g) -> text(g.licenceType()));
		add(parts, "permit.guide.fields", inForce, proposed, (g) -> fields(g, words));
		return parts;
	}

	private static void add(List<Part> parts, String key, @Nullable Guide inForce, Guide proposed,
			Function<Guide, String> part) {
		String before = inForce == null ? "" : part.apply(inForce);
		String after = part.apply(proposed);
		parts.add(new Part(key, before, after, inForce != null && !Objects.equals(before, after)));
	}

	static String materials(Guide guide, Function<String, String> words) {
		return guide.materials()
			.stream()
			.map((m) -> m.name() + " · " + words.apply(m.required() ? "permit.guide.required" : "permit.guide.optional")
					+ (m.formNote().isEmpty() ? "" : " · " + m.formNote())
					+ (m.note().isEmpty() ? "" : " · " + m.note()) + files(m, words))
			.collect(Collectors.joining("\n"));
	}

	private static String files(GuideMaterial material, Function<String, String> words) {
		return (material.sampleLink() == null ? "" : " · " + words.apply("permit.guide.sample"))
				+ (material.blankLink() == null ? "" : " · " + words.apply("permit.guide.blank"));
	}

	static String fields(Guide guide, Function<String, String> words) {
		return guide.fields().stream().map((f) -> field(f, words)).collect(Collectors.joining("\n"));
	}

	private static String field(GuideField f, Function<String, String> words) {
		return f.label() + " · " + f.key() + " · " + words.apply("permit.fieldType." + f.type())
				+ (f.required() ? " · " + words.apply("permit.guide.required") : "")
				+ (f.options().isEmpty() ? "" : " · " + String.join(" / ", f.choices()))
				+ (f.maxValue() == null ? "" : " · ≤ " + f.maxValue());
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
