package org.zhengtong.permit.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A material handed in for a case: one of its guide's materials (by position), stored in
 * files, with the application or after the 补正 notice. A later upload for the same
 * material replaces it, and it is kept for the record.
 */
@Entity
@Table(name = "permit_case_material")
public class CaseMaterial {

	/** With the application or after the 补正 notice. */
	public enum Stage {

		APPLICATION, CORRECTION

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private long caseId;

	private int material;

	@Column(name = "file_link")
	private UUID fileLink;

	@Column(name = "file_name")
	private String fileName;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Stage stage;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	private boolean replaced;

	@SuppressWarnings("NullAway.Init")
	protected CaseMaterial() {
	}

	CaseMaterial(long caseId, int material, UUID fileLink, String fileName, Stage stage, String by, Instant at) {
		this.caseId = caseId;
		this.material = material;
		this.fileLink = fileLink;
		this.fileName = fileName;
		this.stage = stage;
		this.uploadedBy = by;
		this.uploadedAt = at;
	}

	/** A later upload for the same material took its place. */
	void replace() {
		this.replaced = true;
	}

	public long id() {
		return id;
	}

	public long caseId() {
		return caseId;
	}

	/** The guide material's position. */
	public int material() {
		return material;
	}

	public UUID fileLink() {
		return fileLink;
	}

	public String fileName() {
		return fileName;
	}

	public Stage stage() {
		return stage;
	}

	public String uploadedBy() {
		return uploadedBy;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

	public boolean replaced() {
		return replaced;
	}

}
