package org.zhengtong.permit.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.FieldType;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.GuideContent;
import org.zhengtong.permit.internal.GuideField;
import org.zhengtong.permit.internal.GuideMaterial;

/**
 * A service guide as the editor sends it: every part, the materials and form fields as
 * rows (a row left blank is no row), the 并联 departments ticked. The item's code, audience
 * and theme only when the item is new.
 */
public class GuideForm {

	/**
	 * Blank rows offered below the filled ones, to add materials and fields without
	 * script.
	 */
	static final int SPARE_ROWS = 3;

	@Size(max = 40, message = "{permit.guide.form.codeTooLong}")
	private String code = "";

	private @Nullable Audience audience = Audience.BOTH;

	private @Nullable PermitTheme theme = PermitTheme.OTHER;

	private long version;

	@NotBlank(message = "{permit.guide.form.nameMissing}")
	@Size(max = 200, message = "{permit.guide.form.nameTooLong}")
	private String name = "";

	@Size(max = 200, message = "{permit.guide.form.nameTooLong}")
	private String nameEn = "";

	@Size(max = 1000, message = "{permit.guide.form.synonymsTooLong}")
	private String synonyms = "";

	@NotBlank(message = "{permit.guide.form.basisMissing}")
	@Size(max = 20000, message = "{permit.guide.form.textTooLong}")
	private String basis = "";

	@NotBlank(message = "{permit.guide.form.conditionsMissing}")
	@Size(max = 20000, message = "{permit.guide.form.textTooLong}")
	private String conditions = "";

	@NotBlank(message = "{permit.guide.form.processMissing}")
	@Size(max = 20000, message = "{permit.guide.form.textTooLong}")
	private String process = "";

	@NotNull(message = "{permit.guide.form.limitKindMissing}")
	private @Nullable LimitKind limitKind = LimitKind.SINGLE;

	@NotNull(message = "{permit.guide.form.daysMissing}")
	@Min(value = 1, message = "{permit.guide.form.daysRange}")
	@Max(value = 365, message = "{permit.guide.form.daysRange}")
	private @Nullable Integer legalDays = 20;

	@NotNull(message = "{permit.guide.form.daysMissing}")
	@Min(value = 1, message = "{permit.guide.form.daysRange}")
	@Max(value = 365, message = "{permit.guide.form.daysRange}")
	private @Nullable Integer promisedDays = 10;

	@Size(max = 500, message = "{permit.guide.form.feeTooLong}")
	private String fee = "";

	@Size(max = 500, message = "{permit.guide.form.feeTooLong}")
	private String feeBasis = "";

	@NotBlank(message = "{permit.guide.form.addressMissing}")
	@Size(max = 300, message = "{permit.guide.form.addressTooLong}")
	private String windowAddress = "";

	@NotBlank(message = "{permit.guide.form.phoneMissing}")
	@Size(max = 40, message = "{permit.guide.form.phoneTooLong}")
	private String windowPhone = "";

	@NotBlank(message = "{permit.guide.form.hoursMissing}")
	@Size(max = 200, message = "{permit.guide.form.hoursTooLong}")
	private String windowHours = "";

	private boolean online;

	private boolean joint;

	@Size(max = 40, message = "{permit.guide.form.licenceTooLong}")
	private String licenceType = "";

	private List<UUID> jointDepartments = new ArrayList<>();

	private List<@Valid MaterialRow> materials = new ArrayList<>();

	private List<@Valid FieldRow> fields = new ArrayList<>();

	/** A material row. */
	public static class MaterialRow {

		@Size(max = 200, message = "{permit.guide.form.materialNameTooLong}")
		private String name = "";

		private boolean required = true;

		@Size(max = 200, message = "{permit.guide.form.materialFormTooLong}")
		private String formNote = "";

		@Size(max = 1000, message = "{permit.guide.form.materialNoteTooLong}")
		private String note = "";

		boolean blank() {
			return name.isBlank() && formNote.isBlank() && note.isBlank();
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public String getFormNote() {
			return formNote;
		}

		public void setFormNote(String formNote) {
			this.formNote = formNote;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/** A form field row. */
	public static class FieldRow {

		private String key = "";

		@Size(max = 100, message = "{permit.guide.form.labelTooLong}")
		private String label = "";

		@Size(max = 100, message = "{permit.guide.form.labelTooLong}")
		private String labelEn = "";

		private FieldType type = FieldType.TEXT;

		private boolean required;

		@Size(max = 2000, message = "{permit.guide.form.optionsTooLong}")
		private String options = "";

		@Min(value = 1, message = "{permit.guide.form.maxValueRange}")
		private @Nullable Long maxValue;

		@Size(max = 300, message = "{permit.guide.form.helpTooLong}")
		private String help = "";

		boolean blank() {
			return key.isBlank() && label.isBlank();
		}

		public String getKey() {
			return key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getLabelEn() {
			return labelEn;
		}

		public void setLabelEn(String labelEn) {
			this.labelEn = labelEn;
		}

		public FieldType getType() {
			return type;
		}

		public void setType(FieldType type) {
			this.type = type;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public String getOptions() {
			return options;
		}

		public void setOptions(String options) {
			this.options = options;
		}

		public @Nullable Long getMaxValue() {
			return maxValue;
		}

		public void setMaxValue(@Nullable Long maxValue) {
			this.maxValue = maxValue;
		}

		public String getHelp() {
			return help;
		}

		public void setHelp(String help) {
			this.help = help;
		}

	}

	/** A form showing what a version says, with spare rows. */
	static GuideForm of(Guide guide) {
		GuideForm form = new GuideForm();
		form.version = guide.version();
		form.name = guide.name();
		form.nameEn = guide.nameEn() == null ? "" : guide.nameEn();
		form.synonyms = guide.synonyms();
		form.basis = guide.basis();
		form.conditions = guide.conditions();
		form.process = guide.process();
		form.limitKind = guide.limitKind();
		form.legalDays = guide.legalDays();
		form.promisedDays = guide.promisedDays();
		form.fee = guide.fee() == null ? "" : guide.fee();
		form.feeBasis = guide.feeBasis() == null ? "" : guide.feeBasis();
		form.windowAddress = guide.windowAddress();
		form.windowPhone = guide.windowPhone();
		form.windowHours = guide.windowHours();
		form.online = guide.online();
		form.joint = guide.joint();
		form.licenceType = guide.licenceType() == null ? "" : guide.licenceType();
		form.jointDepartments = new ArrayList<>(guide.jointDepartments());
		for (GuideMaterial material : guide.materials()) {
			MaterialRow row = new MaterialRow();
			row.name = material.name();
			row.required = material.required();
			row.formNote = material.formNote();
			row.note = material.note();
			form.materials.add(row);
		}
		for (GuideField field : guide.fields()) {
			FieldRow row = new FieldRow();
			row.key = field.key();
			row.label = field.label();
			row.labelEn = field.labelEn() == null ? "" : field.labelEn();
			row.type = field.type();
			row.required = field.required();
			row.options = field.options();
			row.maxValue = field.maxValue();
			row.help = field.help();
			form.fields.add(row);
		}
		return form.withSpareRows();
	}

	/** Blank rows to fill in below the filled ones. */
	GuideForm withSpareRows() {
		materials.removeIf(MaterialRow::blank);
		fields.removeIf(FieldRow::blank);
		for (int i = 0; i < SPARE_ROWS; i++) {
			MaterialRow material = new MaterialRow();
			material.required = false;
			materials.add(material);
			fields.add(new FieldRow());
		}
		return this;
	}

	/**
	 * The rules across parts, each as an error on the part to correct: 承诺 not above 法定,
	 * 并联 with departments and only then, complete rows, form keys well formed and unique,
	 * choices for a choice or table field, at least one material.
	 */
	void check(Errors errors, boolean newItem) {
		if (newItem) {
			if (code.isBlank() || !code.strip().matches("[A-Za-z0-9-]{1,40}")) {
				errors.rejectValue("code", "permit.guide.form.codeInvalid");
			}
			if (audience == null) {
				errors.rejectValue("audience", "permit.guide.form.audienceMissing");
			}
			if (theme == null) {
				errors.rejectValue("theme", "permit.guide.form.themeMissing");
			}
		}
		if (legalDays != null && promisedDays != null && promisedDays > legalDays) {
			errors.rejectValue("promisedDays", "permit.guide.form.promiseAboveLegal",
					new Object[] { promisedDays, legalDays }, null);
		}
		if (joint && jointDepartments.isEmpty()) {
			errors.rejectValue("jointDepartments", "permit.guide.form.jointWithoutDepartments");
		}
		if (!joint && !jointDepartments.isEmpty()) {
			errors.rejectValue("jointDepartments", "permit.guide.form.departmentsWithoutJoint");
		}
		boolean anyMaterial = false;
		for (int i = 0; i < materials.size(); i++) {
			MaterialRow row = materials.get(i);
			if (row.blank()) {
				continue;
			}
			anyMaterial = true;
			if (row.name.isBlank()) {
				errors.rejectValue("materials[" + i + "].name", "permit.guide.form.materialNameMissing",
						new Object[] { i + 1 }, null);
			}
		}
		if (!anyMaterial) {
			errors.rejectValue("materials", "permit.guide.form.noMaterial");
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < fields.size(); i++) {
			FieldRow row = fields.get(i);
			if (row.blank()) {
				continue;
			}
			String path = "fields[" + i + "]";
			Object[] number = { i + 1 };
			if (!row.key.strip().matches("[a-z][a-z0-9_]{0,39}")) {
				errors.rejectValue(path + ".key", "permit.guide.form.keyInvalid", number, null);
			}
			else if (!keys.add(row.key.strip())) {
				errors.rejectValue(path + ".key", "permit.guide.form.keyTwice", number, null);
			}
			if (row.label.isBlank()) {
				errors.rejectValue(path + ".label", "permit.guide.form.labelMissing", number, null);
			}
			if ((row.type == FieldType.CHOICE || row.type == FieldType.TABLE) && row.options.isBlank()) {
				errors.rejectValue(path + ".options", "permit.guide.form.optionsMissing", number, null);
			}
		}
	}

	/** What the guide says (after {@link #check} found nothing). */
	GuideContent toContent() {
		List<GuideMaterial> materialList = materials.stream()
			.filter((row) -> !row.blank())
			.map((row) -> new GuideMaterial(row.name.strip(), row.required, row.formNote.strip(), row.note.strip(),
					null, null))
			.toList();
		List<GuideField> fieldList = fields.stream()
			.filter((row) -> !row.blank())
			.map((row) -> new GuideField(row.key.strip(), row.label.strip(), blankToNull(row.labelEn), row.type,
					row.required, row.options.strip(), row.maxValue, row.help.strip()))
			.toList();
		return new GuideContent(name.strip(), blankToNull(nameEn), synonyms.strip(), basis.strip(), conditions.strip(),
				process.strip(), limitKind, legalDays, promisedDays, blankToNull(fee), blankToNull(feeBasis),
				windowAddress.strip(), windowPhone.strip(), windowHours.strip(), online, joint,
				blankToNull(licenceType), materialList, fieldList, Set.copyOf(jointDepartments));
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public @Nullable Audience getAudience() {
		return audience;
	}

	public void setAudience(@Nullable Audience audience) {
		this.audience = audience;
	}

	public @Nullable PermitTheme getTheme() {
		return theme;
	}

	public void setTheme(@Nullable PermitTheme theme) {
		this.theme = theme;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getSynonyms() {
		return synonyms;
	}

	public void setSynonyms(String synonyms) {
		this.synonyms = synonyms;
	}

	public String getBasis() {
		return basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public String getConditions() {
		return conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public String getProcess() {
		return process;
	}

	public void setProcess(String process) {
		this.process = process;
	}

	public @Nullable LimitKind getLimitKind() {
		return limitKind;
	}

	public void setLimitKind(@Nullable LimitKind limitKind) {
		this.limitKind = limitKind;
	}

	public @Nullable Integer getLegalDays() {
		return legalDays;
	}

	public void setLegalDays(@Nullable Integer legalDays) {
		this.legalDays = legalDays;
	}

	public @Nullable Integer getPromisedDays() {
		return promisedDays;
	}

	public void setPromisedDays(@Nullable Integer promisedDays) {
		this.promisedDays = promisedDays;
	}

	public String getFee() {
		return fee;
	}

	public void setFee(String fee) {
		this.fee = fee;
	}

	public String getFeeBasis() {
		return feeBasis;
	}

	public void setFeeBasis(String feeBasis) {
		this.feeBasis = feeBasis;
	}

	public String getWindowAddress() {
		return windowAddress;
	}

	public void setWindowAddress(String windowAddress) {
		this.windowAddress = windowAddress;
	}

	public String getWindowPhone() {
		return windowPhone;
	}

	public void setWindowPhone(String windowPhone) {
		this.windowPhone = windowPhone;
	}

	public String getWindowHours() {
		return windowHours;
	}

	public void setWindowHours(String windowHours) {
		this.windowHours = windowHours;
	}

	public boolean isOnline() {
		return online;
	}

	public void setOnline(boolean online) {
		this.online = online;
	}

	public boolean isJoint() {
		return joint;
	}

	public void setJoint(boolean joint) {
		this.joint = joint;
	}

	public String getLicenceType() {
		return licenceType;
	}

	public void setLicenceType(String licenceType) {
		this.licenceType = licenceType;
	}

	public List<UUID> getJointDepartments() {
		return jointDepartments;
	}

	public void setJointDepartments(List<UUID> jointDepartments) {
		this.jointDepartments = jointDepartments;
	}

	public List<MaterialRow> getMaterials() {
		return materials;
	}

	public void setMaterials(List<MaterialRow> materials) {
		this.materials = materials;
	}

	public List<FieldRow> getFields() {
		return fields;
	}

	public void setFields(List<FieldRow> fields) {
		this.fields = fields;
	}

}
