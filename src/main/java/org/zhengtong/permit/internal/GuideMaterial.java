package org.zhengtong.permit.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * 申请材料: one material a guide asks for, with how it is handed in, a note, and the files
 * links of a filled-in sample (样表) and a blank form (空白表格), if any.
 *
 * @param name what the material is, 1–200 characters
 * @param required whether an application without it is incomplete (补正)
 * @param formNote e.g. 原件1份、复印件1份 (up to 200 characters)
 * @param note how to fill it in or where it comes from (up to 1,000 characters)
 */
@Embeddable
public record GuideMaterial(String name, boolean required, @Column(name = "form_note") String formNote, String note,
		@Column(name = "sample_link") @Nullable UUID sampleLink,
		@Column(name = "blank_link") @Nullable UUID blankLink) {

	public GuideMaterial {
		if (name.isBlank() || name.length() > 200 || formNote.length() > 200 || note.length() > 1000) {
			throw new IllegalArgumentException("Not a material: " + name);
		}
	}

}
