package org.zhengtong.interaction.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.zhengtong.interaction.Door;

/** A reply template as its unit's leader writes it. */
public class TemplateForm {

	@NotNull(message = "{interaction.template.form.doorMissing}")
	private @Nullable Door door;

	@NotBlank(message = "{interaction.template.form.nameMissing}")
	@Size(max = 60, message = "{interaction.template.form.nameLength}")
	private String name = "";

	@NotBlank(message = "{interaction.template.form.bodyMissing}")
	@Size(max = 5000, message = "{interaction.template.form.bodyLength}")
	private String body = "";

	public @Nullable Door getDoor() {
		return door;
	}

	public void setDoor(@Nullable Door door) {
		this.door = door;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
