package org.zhengtong.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.SpecialDay;

/** One day to set: its date, 放假 or 调休上班, and its name. */
class DayForm {

	@NotNull(message = "{calendar.form.dayMissing}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	@NotNull(message = "{calendar.form.kindMissing}")
	private DayKind kind = DayKind.HOLIDAY;

	@NotBlank(message = "{calendar.form.nameMissing}")
	@Size(max = 40, message = "{calendar.form.nameTooLong}")
	private String name = "";

	SpecialDay toSpecialDay() {
		return new SpecialDay(day, kind, name);
	}

	public LocalDate getDay() {
		return day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public DayKind getKind() {
		return kind;
	}

	public void setKind(DayKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
