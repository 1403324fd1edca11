package org.zhengtong.permit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * 在线申报's form: the draft it continues, the guide's answers by field key (a table's cells
 * as {@code key.row.column}), the contact, and which button was pressed. The materials
 * come as files named {@code material-<position>}.
 */
class ApplicationForm {

	private @Nullable Long draftId;

	private String submitToken = "";

	/** {@code save} (保存草稿) or {@code submit} (提交申请). */
	private String action = "save";

	private Map<String, String> values = new LinkedHashMap<>();

	@Size(max = 60, message = "{permit.form.contactName.tooLong}")
	private @Nullable String contactName;

	@Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{permit.form.contactPhone.invalid}")
	private @Nullable String contactPhone;

	@Email(message = "{permit.form.contactEmail.invalid}")
	@Size(max = 200, message = "{permit.form.contactEmail.invalid}")
	private @Nullable String contactEmail;

	public @Nullable Long getDraftId() {
		return draftId;
	}

	public void setDraftId(@Nullable Long draftId) {
		this.draftId = draftId;
	}

	public String getSubmitToken() {
		return submitToken;
	}

	public void setSubmitToken(String submitToken) {
		this.submitToken = submitToken;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public Map<String, String> getValues() {
		return values;
	}

	public void setValues(Map<String, String> values) {
		this.values = values;
	}

	public @Nullable String getContactName() {
		return contactName;
	}

	public void setContactName(@Nullable String contactName) {
		this.contactName = contactName;
	}

	public @Nullable String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(@Nullable String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public @Nullable String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(@Nullable String contactEmail) {
		this.contactEmail = contactEmail;
	}

	boolean submitting() {
		return "submit".equals(action);
	}

}
