package org.zhengtong.permit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.LimitKind;

/**
 * 办事指南: one version of an item's service guide — what the public reads before applying
 * and what a case filed under it keeps (its materials, form, limits). Drafted and changed
 * only while DRAFT or RETURNED; once submitted it waits for review, once published it is
 * in force from {@link #effectiveFrom} until the next version is published
 * ({@link #effectiveTo}) and never changes again.
 */
@Entity
@Table(name = "permit_guide")
public class Guide {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "item_id")
	private long itemId;

	private int revision;

	@Enumerated(EnumType.STRING)
	private GuideState state;

	@Column(name = "drafted_by")
	private String draftedBy;

	@Column(name = "drafted_at")
	private Instant draftedAt;

	@Column(name = "submitted_by")
	private @Nullable String submittedBy;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@Column(name = "reviewed_by")
	private @Nullable String reviewedBy;

	@Column(name = "reviewed_at")
	private @Nullable Instant reviewedAt;

	@Column(name = "review_note")
	private @Nullable String reviewNote;

	@Column(name = "effective_from")
	private @Nullable Instant effectiveFrom;

	@Column(name = "effective_to")
	private @Nullable Instant effectiveTo;

	private String name;

	@Column(name = "name_en")
	private @Nullable String nameEn;

	private String synonyms;

	private String basis;

	private String conditions;

	private String process;

	@Enumerated(EnumType.STRING)
	@Column(name = "limit_kind")
	private LimitKind limitKind;

	@Column(name = "legal_days")
	private int legalDays;

	@Column(name = "promised_days")
	private int promisedDays;

	private @Nullable String fee;

	@Column(name = "fee_basis")
	private @Nullable String feeBasis;

	@Column(name = "window_address")
	private String windowAddress;

	@Column(name = "window_phone")
	private String windowPhone;

	@Column(name = "window_hours")
	private String windowHours;

	private boolean online;

	private boolean joint;

	@Column(name = "licence_type")
	private @Nullable String licenceType;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "permit_guide_material", joinColumns = @JoinColumn(name = "guide_id"))
	@OrderColumn(name = "position")
	private List<GuideMaterial> materials = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "permit_guide_field", joinColumns = @JoinColumn(name = "guide_id"))
	@OrderColumn(name = "position")
	private List<GuideField> fields = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "permit_guide_department", joinColumns = @JoinColumn(name = "guide_id"))
	@Column(name = "department_id")
	private Set<UUID> jointDepartments = new LinkedHashSet<>();

	@SuppressWarnings("NullAway.Init")
	protected Guide() {
	}

	/**
	 * A new draft: the item's first version, or the next one copied from the version in
	 * force.
	 */
	Guide(long itemId, int revision, GuideContent content, String by, Instant at) {
		this.itemId = itemId;
		this.revision = revision;
		this.state = GuideState.DRAFT;
		this.draftedBy = by;
		this.draftedAt = at;
		write(content);
	}

	/** Replaces what the draft says. */
	void revise(GuideContent content, String by, Instant at) {
		requireEditable();
		this.draftedBy = by;
		this.draftedAt = at;
		write(content);
	}

	/** Sends the draft for review. */
	void submit(String by, Instant at) {
		requireEditable();
		this.state = GuideState.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = at;
	}

	/** Review: back to the drafter with a note. */
	void returnWith(String note, String by, Instant at) {
		requireState(GuideState.SUBMITTED);
		this.state = GuideState.RETURNED;
		this.reviewNote = note;
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	/** Review: in force from now (the caller supersedes the version in force first). */
	void publish(@Nullable String note, String by, Instant at) {
		requireState(GuideState.SUBMITTED);
		this.state = GuideState.PUBLISHED;
		this.reviewNote = note;
		this.reviewedBy = by;
		this.reviewedAt = at;
		this.effectiveFrom = at;
	}

	/** The next version is in force from {@code at}. */
	void supersede(Instant at) {
		requireState(GuideState.PUBLISHED);
		this.state = GuideState.SUPERSEDED;
		this.effectiveTo = at;
	}

	/** What the version says, to copy into the next draft. */
	GuideContent content() {
		return new GuideContent(name, nameEn, synonyms, basis, conditions, process, limitKind, legalDays, promisedDays,
				fee, feeBasis, windowAddress, windowPhone, windowHours, online, joint, licenceType,
				List.copyOf(materials), List.copyOf(fields), Set.copyOf(jointDepartments));
	}

	private void write(GuideContent content) {
		this.name = content.name();
		this.nameEn = content.nameEn();
		this.synonyms = content.synonyms();
		this.basis = content.basis();
		this.conditions = content.conditions();
		this.process = content.process();
		this.limitKind = content.limitKind();
		this.legalDays = content.legalDays();
		this.promisedDays = content.promisedDays();
		this.fee = content.fee();
		this.feeBasis = content.feeBasis();
		this.windowAddress = content.windowAddress();
		this.windowPhone = content.windowPhone();
		this.windowHours = content.windowHours();
		this.online = content.online();
		this.joint = content.joint();
		this.licenceType = content.licenceType();
		this.materials.clear();
		this.materials.addAll(content.materials());
		this.fields.clear();
		this.fields.addAll(content.fields());
		this.jointDepartments.clear();
		this.jointDepartments.addAll(content.jointDepartments());
	}

	private void requireEditable() {
		if (state != GuideState.DRAFT && state != GuideState.RETURNED) {
			throw new IllegalStateException("Guide " + id + " is " + state);
		}
	}

	private void requireState(GuideState expected) {
		if (state != expected) {
			throw new IllegalStateException("Guide " + id + " is " + state + ", not " + expected);
		}
	}

	public long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public long itemId() {
		return itemId;
	}

	public int revision() {
		return revision;
	}

	public GuideState state() {
		return state;
	}

	public String draftedBy() {
		return draftedBy;
	}

	public Instant draftedAt() {
		return draftedAt;
	}

	public @Nullable String submittedBy() {
		return submittedBy;
	}

	public @Nullable Instant submittedAt() {
		return submittedAt;
	}

	public @Nullable String reviewedBy() {
		return reviewedBy;
	}

	public @Nullable Instant reviewedAt() {
		return reviewedAt;
	}

	public @Nullable String reviewNote() {
		return reviewNote;
	}

	public @Nullable Instant effectiveFrom() {
		return effectiveFrom;
	}

	public @Nullable Instant effectiveTo() {
		return effectiveTo;
	}

	/** 事项名称. */
	public String name() {
		return name;
	}

	public @Nullable String nameEn() {
		return nameEn;
	}

	/** The other names people search for, one per line. */
	public String synonyms() {
		return synonyms;
	}

	/** 设定依据. */
	public String basis() {
		return basis;
	}

	/** 受理条件. */
	public String conditions() {
		return conditions;
	}

	/** 办理流程. */
	public String process() {
		return process;
	}

	public LimitKind limitKind() {
		return limitKind;
	}

	/** 法定时限, working days. */
	public int legalDays() {
		return legalDays;
	}

	/** 承诺时限, working days (never above the legal one). */
	public int promisedDays() {
		return promisedDays;
	}

	/** 收费 ({@code null}: 不收费). */
	public @Nullable String fee() {
		return fee;
	}

	public @Nullable String feeBasis() {
		return feeBasis;
	}

	public String windowAddress() {
		return windowAddress;
	}

	public String windowPhone() {
		return windowPhone;
	}

	public String windowHours() {
		return windowHours;
	}

	/** Whether it can be applied for online. */
	public boolean online() {
		return online;
	}

	/** 并联审批: decided by the lead department and each of {@link #jointDepartments}. */
	public boolean joint() {
		return joint;
	}

	public @Nullable String licenceType() {
		return licenceType;
	}

	public List<GuideMaterial> materials() {
		return List.copyOf(materials);
	}

	public List<GuideField> fields() {
		return List.copyOf(fields);
	}

	public Set<UUID> jointDepartments() {
		return Set.copyOf(jointDepartments);
	}

}
