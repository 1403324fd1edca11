package org.zhengtong.identity.web;

import java.io.Serializable;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.zhengtong.identity.StaffPost;

/** A post's fields: for a new staff account's 编制 post and for any post added later. */
class StaffPostForm implements Serializable {

	@NotNull(message = "{post.form.unitMissing}")
	private @Nullable UUID unitId;

	private @Nullable UUID departmentId;

	@NotBlank(message = "{post.form.titleMissing}")
	@Size(max = 30, message = "{post.form.titleLength}")
	private String title = "";

	private boolean principal = true;

	@Pattern(regexp = "^$|[0-9+() -]{3,24}", message = "{post.form.phonePattern}")
	private String phone = "";

	StaffPost toPost() {
		return new StaffPost(java.util.Objects.requireNonNull(unitId), departmentId, title.strip(), principal,
				phone.isBlank() ? null : phone.strip());
	}

	public @Nullable UUID getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable UUID unitId) {
		this.unitId = unitId;
	}

	public @Nullable UUID getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(@Nullable UUID departmentId) {
		this.departmentId = departmentId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public boolean isPrincipal() {
		return principal;
	}

	public void setPrincipal(boolean principal) {
		this.principal = principal;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}
