package org.zhengtong.permit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import org.zhengtong.files.FileLink;
import org.zhengtong.permit.FieldType;
import org.zhengtong.permit.internal.ApplicationService;
import org.zhengtong.permit.internal.CaseMaterial;
import org.zhengtong.permit.internal.FormAnswers;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.GuideField;
import org.zhengtong.permit.internal.GuideMaterial;
import org.zhengtong.platform.WebAreas;

/**
 * What the application forms (online and at the window) show: the guide's fields with the
 * answers given so far and the problem of each, the materials with the file handed in for
 * each, and the uploads read from a multipart request.
 */
@Component
class ApplicationPages {

	private static final Pattern MATERIAL = Pattern.compile("material-(\\d{1,2})");

	/** The rows a table shows beyond those answered. */
	private static final int SPARE_ROWS = 2;

	private final MessageSource messages;

	ApplicationPages(MessageSource messages) {
		this.messages = messages;
	}

	/** A field as the form shows it. */
	record FieldView(GuideField field, String label, String inputId, String value, List<List<String>> rows,
			@Nullable String error) {

		public boolean text() {
			return field.type() == FieldType.TEXT;
		}

		public boolean longText() {
			return field.type() == FieldType.TEXT && (field.maxValue() == null || field.maxValue() > 100);
		}

	}

	/** A guide material with the file handed in for it, if any. */
	record MaterialView(int position, GuideMaterial material, @Nullable CaseMaterial handedIn, @Nullable String error) {

		public @Nullable String sampleHref() {
			return material.sampleLink() == null ? null : FileLink.downloadPath(material.sampleLink());
		}

		public @Nullable String blankHref() {
			return material.blankLink() == null ? null : FileLink.downloadPath(material.blankLink());
		}

		public @Nullable String fileHref() {
			return handedIn == null ? null : FileLink.downloadPath(handedIn.fileLink());
		}

	}

	/**
	 * Puts the fields, materials and problems on the model.
	 * @param problems answers to correct (by field key)
	 * @param materialErrors problems of materials (by position)
	 */
	void fill(Guide guide, Map<String, String> inputs, List<FormAnswers.Problem> problems, List<CaseMaterial> handedIn,
			Map<Integer, String> materialErrors, boolean english, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> errors = new LinkedHashMap<>();
		for (FormAnswers.Problem problem : problems) {
			errors.putIfAbsent(problem.key(),
					messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
		}
		List<FieldView> fields = new ArrayList<>();
		for (GuideField field : guide.fields()) {
			String label = english && field.labelEn() != null ? field.labelEn() : field.label();
			List<List<String>> rows = new ArrayList<>();
			if (field.type() == FieldType.TABLE) {
				int count = FormAnswers.rows(inputs, field.key());
				for (int row = 0; row < Math.min(count + SPARE_ROWS, FormAnswers.ROWS_MAX); row++) {
					List<String> cells = new ArrayList<>();
					for (int column = 0; column < field.choices().size(); column++) {
						cells.add(inputs.getOrDefault(field.key() + "." + row + "." + column, ""));
					}
					rows.add(cells);
				}
			}
			fields.add(new FieldView(field, label, "value-" + field.key(), inputs.getOrDefault(field.key(), ""), rows,
					errors.get(field.key())));
		}
		List<MaterialView> materials = new ArrayList<>();
		List<GuideMaterial> asked = guide.materials();
		for (int position = 0; position < asked.size(); position++) {
			int at = position;
			CaseMaterial file = handedIn.stream().filter((one) -> one.material() == at).findFirst().orElse(null);
			materials.add(new MaterialView(position, asked.get(position), file, materialErrors.get(position)));
		}
		List<String> summary = new ArrayList<>(errors.values());
		summary.addAll(materialErrors.values());
		model.addAttribute("fields", fields);
		model.addAttribute("materials", materials);
		model.addAttribute("problems", summary);
		model.addAttribute("maxFileMb", ApplicationService.MATERIAL_RULES.maxBytes() / (1024 * 1024));
	}

	/** The problem of a required material not handed in. */
	String missingMaterial(String name) {
		return messages.getMessage("permit.apply.materialMissing", new Object[] { name },
				LocaleContextHolder.getLocale());
	}

	/**
	 * The materials uploaded with the request ({@code material-<position>}), non-empty
	 * ones.
	 */
	static List<ApplicationService.MaterialUpload> uploads(HttpServletRequest request) {
		List<ApplicationService.MaterialUpload> uploads = new ArrayList<>();
		// The request the controller gets may be wrapped (security): look for the
		// multipart one inside.
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null) {
			return uploads;
		}
		for (Map.Entry<String, MultipartFile> entry : multipart.getFileMap().entrySet()) {
			Matcher name = MATERIAL.matcher(entry.getKey());
			MultipartFile file = entry.getValue();
			if (!name.matches() || file.isEmpty()) {
				continue;
			}
			String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "file"
					: file.getOriginalFilename();
			uploads.add(new ApplicationService.MaterialUpload(Integer.parseInt(name.group(1)), fileName, file.getSize(),
					file));
		}
		return uploads;
	}

	static boolean english(HttpServletRequest request) {
		return WebAreas.pathOf(request).startsWith("/en/");
	}

	static String prefix(HttpServletRequest request) {
		return english(request) ? "/en" : "";
	}

}
