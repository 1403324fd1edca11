package org.zhengtong.permit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.StoredFile;
import org.zhengtong.files.UploadRules;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.CatalogueRefused;
import org.zhengtong.permit.GuideChanged;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.shared.Refusal;

/**
 * 事项目录 desk: the department's 事项管理员 creates items with their first draft, revises drafts
 * and sends them for review, starts the next version from the one in force, and withdraws
 * or restores items; the department's 审批负责人 reviews — publishes (the version in force
 * superseded in the same transaction) or returns with a note — never a version they
 * drafted. Anyone else is told the item does not exist. Every change is audited; a
 * refused step changes nothing and is audited as DENIED in a transaction of its own.
 */
@Service
@Transactional
public class CatalogueDesk {

	static final String ITEM = "permit.item";

	static final String GUIDE = "permit.guide";

	private final PermitItems items;

	private final Guides guides;

	private final AccessScopes scopes;

	private final UnitManagement units;

	private final AuditManagement audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FileManagement files;

	CatalogueDesk(PermitItems items, Guides guides, AccessScopes scopes, UnitManagement units, AuditManagement audit,
			ApplicationEventPublisher events, Clock clock, FileManagement files) {
		this.files = files;
		this.items = items;
		this.guides = guides;
		this.scopes = scopes;
		this.units = units;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A new item of the actor's department, with its first draft (revision 1). */
	public Guide create(String code, Audience audience, PermitTheme theme, GuideContent content, String actor) {
		return audited(actor, "permit.item.created", ITEM, null, () -> {
			UUID department = department(actor);
			String trimmed = code.strip();
			if (items.findByCode(trimmed).isPresent()) {
				throw CatalogueRefused.codeTaken(trimmed);
			}
			checkDepartments(content, department);
			Instant now = clock.instant();
			PermitItem item = items.saveAndFlush(new PermitItem(trimmed, department, audience, theme, actor, now));
			Guide guide = guides.save(new Guide(item.id(), 1, content, actor, now));
			record(actor, "permit.item.created", ITEM, item.id(), "新建事项 " + trimmed + "：" + content.name());
			return guide;
		});
	}

	/** Replaces what a draft (or a returned version) says. */
	public Guide revise(long guideId, long expectedVersion, GuideContent content, String actor) {
		return audited(actor, "permit.guide.revised", GUIDE, guideId, () -> {
			Guide guide = editable(guideId, actor);
			if (guide.version() != expectedVersion) {
				throw CatalogueRefused.changedMeanwhile();
			}
			PermitItem item = items.findById(guide.itemId()).orElseThrow(CatalogueRefused::notFound);
			checkDepartments(content, item.departmentId());
			String before = summary(guide);
			guide.revise(keepingFiles(content, guide.materials()), actor, clock.instant());
			audit.record(event(actor, "permit.guide.revised", GUIDE, guideId,
					"修改办事指南 " + item.code() + " 第" + guide.revision() + "版：" + content.name())
				.withChange(before, summary(guide)));
			return guide;
		});
	}

	/**
	 * Keeps a material's filled-in sample (样表) or blank form (空白表格) with the draft,
	 * replacing the one it had; the file's type is judged from its content.
	 */
	public Guide attach(long guideId, int position, boolean blank, InputStream content, String fileName, String actor) {
		return audited(actor, "permit.guide.file-attached", GUIDE, guideId, () -> {
			Guide guide = editable(guideId, actor);
			List<GuideMaterial> materials = new ArrayList<>(guide.materials());
			if (position < 0 || position >= materials.size()) {
				throw CatalogueRefused.noSuchMaterial();
			}
			StoredFile stored;
			try {
				stored = files.store(content, fileName, UploadRules.DOCUMENTS);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			FileLink link = files.attach(stored, new FileOwner(GuideFiles.OWNER, Long.toString(guideId)), fileName,
					actor);
			GuideMaterial old = materials.get(position);
			materials.set(position, new GuideMaterial(old.name(), old.required(), old.formNote(), old.note(),
					blank ? old.sampleLink() : link.id(), blank ? link.id() : old.blankLink()));
			GuideContent now = guide.content();
			guide.revise(
					new GuideContent(now.name(), now.nameEn(), now.synonyms(), now.basis(), now.conditions(),
							now.process(), now.limitKind(), now.legalDays(), now.promisedDays(), now.fee(),
							now.feeBasis(), now.windowAddress(), now.windowPhone(), now.windowHours(), now.online(),
							now.joint(), now.licenceType(), materials, now.fields(), now.jointDepartments()),
					actor, clock.instant());
			record(actor, "permit.guide.file-attached", GUIDE, guideId,
					(blank ? "上传空白表格：" : "上传样表：") + old.name() + "（" + fileName + "）");
			return guide;
		});
	}

	/** Sends a draft for review by the department's 审批负责人. */
	public Guide submit(long guideId, String actor) {
		return audited(actor, "permit.guide.submitted", GUIDE, guideId, () -> {
			Guide guide = editable(guideId, actor);
			guide.submit(actor, clock.instant());
			record(actor, "permit.guide.submitted", GUIDE, guideId,
					"提交审核：" + guide.name() + " 第" + guide.revision() + "版");
			return guide;
		});
	}

	/**
	 * Review: publishes the version (in force from now), superseding the version in force
	 * in the same transaction.
	 */
	public Guide publish(long guideId, @Nullable String note, String actor) {
		return audited(actor, "permit.guide.published", GUIDE, guideId, () -> {
			Guide guide = reviewable(guideId, actor);
			Instant now = clock.instant();
			guides.findByItemIdAndState(guide.itemId(), GuideState.PUBLISHED).ifPresent((current) -> {
				current.supersede(now);
				guides.saveAndFlush(current);
			});
			guide.publish(blankToNull(note), actor, now);
			guides.saveAndFlush(guide);
			record(actor, "permit.guide.published", GUIDE, guideId,
					"发布办事指南：" + guide.name() + " 第" + guide.revision() + "版");
			events.publishEvent(new GuideChanged(guide.itemId()));
			return guide;
		});
	}

	/** Review: back to the drafter with a note saying what to change. */
	public Guide returnDraft(long guideId, String note, String actor) {
		return audited(actor, "permit.guide.returned", GUIDE, guideId, () -> {
			Guide guide = reviewable(guideId, actor);
			String text = note.strip();
			if (text.isEmpty() || text.length() > 500) {
				throw CatalogueRefused.noteMissing();
			}
			guide.returnWith(text, actor, clock.instant());
			record(actor, "permit.guide.returned", GUIDE, guideId,
					"退回办事指南：" + guide.name() + " 第" + guide.revision() + "版（" + text + "）");
			return guide;
		});
	}

	/** The next version, copied from the one in force, as a draft. */
	public Guide newDraft(long itemId, String actor) {
		return audited(actor, "permit.guide.drafted", ITEM, itemId, () -> {
			PermitItem item = drafterItem(itemId, actor);
			List<Guide> versions = guides.findByItemIdOrderByRevisionDesc(itemId);
			if (versions.stream().anyMatch((guide) -> open(guide.state()))) {
				throw CatalogueRefused.draftOpen();
			}
			Guide current = versions.stream()
				.filter((guide) -> guide.state() == GuideState.PUBLISHED)
				.findFirst()
				.orElseThrow(CatalogueRefused::notFound);
			Guide draft = guides
				.save(new Guide(itemId, versions.get(0).revision() + 1, current.content(), actor, clock.instant()));
			record(actor, "permit.guide.drafted", ITEM, itemId, "起草新版本：" + item.code() + " 第" + draft.revision() + "版");
			return draft;
		});
	}

	/** No longer offered: off the portal and out of search; its cases go on. */
	public PermitItem withdraw(long itemId, String actor) {
		return audited(actor, "permit.item.withdrawn", ITEM, itemId, () -> {
			PermitItem item = drafterItem(itemId, actor);
			if (item.withdrawn()) {
				throw CatalogueRefused.withdrawn();
			}
			item.withdraw();
			record(actor, "permit.item.withdrawn", ITEM, itemId, "停用事项：" + item.code());
			events.publishEvent(new GuideChanged(itemId));
			return item;
		});
	}

	public PermitItem restore(long itemId, String actor) {
		return audited(actor, "permit.item.restored", ITEM, itemId, () -> {
			PermitItem item = drafterItem(itemId, actor);
			if (!item.withdrawn()) {
				throw CatalogueRefused.notWithdrawn();
			}
			item.restore();
			record(actor, "permit.item.restored", ITEM, itemId, "恢复事项：" + item.code());
			events.publishEvent(new GuideChanged(itemId));
			return item;
		});
	}

	/** A version the actor may read (its department's 事项管理员 or 审批负责人), else 404. */
	@Transactional(readOnly = true)
	public Guide readable(long guideId, String actor) {
		Guide guide = guides.findById(guideId).orElseThrow(CatalogueRefused::notFound);
		PermitItem item = items.findById(guide.itemId()).orElseThrow(CatalogueRefused::notFound);
		if (!drafter(actor, item.departmentId()) && !leader(actor, item.departmentId())) {
			throw CatalogueRefused.notFound();
		}
		return guide;
	}

	@Transactional(readOnly = true)
	public PermitItem item(long itemId) {
		return items.findById(itemId).orElseThrow(CatalogueRefused::notFound);
	}

	/** The versions of the guide's item, newest first. */
	@Transactional(readOnly = true)
	public List<Guide> versions(long itemId) {
		return guides.findByItemIdOrderByRevisionDesc(itemId);
	}

	/** The version in force of the item. */
	@Transactional(readOnly = true)
	public Optional<Guide> inForce(long itemId) {
		return guides.findByItemIdAndState(itemId, GuideState.PUBLISHED);
	}

	/** Whether the actor drafts the department's guides. */
	public boolean drafter(String actor, UUID department) {
		return scope(actor, PermitRoles.CATALOGUE).reachesUnit(department);
	}

	/** Whether the actor reviews the department's guides. */
	public boolean leader(String actor, UUID department) {
		return scope(actor, PermitRoles.DECIDE).reachesUnit(department);
	}

	/** The departments whose catalogue the actor reads (drafts or reviews). */
	public AccessScope readScope(String actor) {
		return scope(actor, PermitRoles.CATALOGUE).union(scope(actor, PermitRoles.DECIDE));
	}

	/**
	 * The department the actor drafts for: the unit of the post in use, if the actor
	 * keeps its catalogue.
	 */
	public UUID department(String actor) {
		PostView post = scopes.postInUse(actor);
		if (post == null || !drafter(actor, post.unitId())) {
			throw CatalogueRefused.noDepartment();
		}
		return post.unitId();
	}

	static boolean open(GuideState state) {
		return state == GuideState.DRAFT || state == GuideState.RETURNED || state == GuideState.SUBMITTED;
	}

	private Guide editable(long guideId, String actor) {
		Guide guide = guides.findById(guideId).orElseThrow(CatalogueRefused::notFound);
		PermitItem item = drafterItem(guide.itemId(), actor);
		if (item.withdrawn()) {
			throw CatalogueRefused.withdrawn();
		}
		if (guide.state() != GuideState.DRAFT && guide.state() != GuideState.RETURNED) {
			throw CatalogueRefused.notEditable();
		}
		return guide;
	}

	private Guide reviewable(long guideId, String actor) {
		Guide guide = guides.findById(guideId).orElseThrow(CatalogueRefused::notFound);
		PermitItem item = items.findById(guide.itemId()).orElseThrow(CatalogueRefused::notFound);
		if (!leader(actor, item.departmentId())) {
			throw drafter(actor, item.departmentId()) ? CatalogueRefused.ownDraft() : CatalogueRefused.notFound();
		}
		if (guide.state() != GuideState.SUBMITTED) {
			throw CatalogueRefused.notSubmitted();
		}
		if (actor.equals(guide.draftedBy()) || actor.equals(guide.submittedBy())) {
			throw CatalogueRefused.ownDraft();
		}
		if (item.withdrawn()) {
			throw CatalogueRefused.withdrawn();
		}
		return guide;
	}

	/** The item, if the actor drafts for its department; 404 for anyone else. */
	private PermitItem drafterItem(long itemId, String actor) {
		PermitItem item = items.findById(itemId).orElseThrow(CatalogueRefused::notFound);
		if (!drafter(actor, item.departmentId())) {
			throw CatalogueRefused.notFound();
		}
		return item;
	}

	/**
	 * The editor never sends file links: a material keeps the sample and blank form of
	 * the material of the same name the version had.
	 */
	private static GuideContent keepingFiles(GuideContent content, List<GuideMaterial> before) {
		List<GuideMaterial> materials = content.materials().stream().map((material) -> {
			GuideMaterial old = before.stream()
				.filter((candidate) -> candidate.name().equals(material.name()))
				.findFirst()
				.orElse(null);
			return old == null ? material : new GuideMaterial(material.name(), material.required(), material.formNote(),
					material.note(), old.sampleLink(), old.blankLink());
		}).toList();
		return new GuideContent(content.name(), content.nameEn(), content.synonyms(), content.basis(),
				content.conditions(), content.process(), content.limitKind(), content.legalDays(),
				content.promisedDays(), content.fee(), content.feeBasis(), content.windowAddress(),
				content.windowPhone(), content.windowHours(), content.online(), content.joint(), content.licenceType(),
				materials, content.fields(), content.jointDepartments());
	}

	/** 并联: the other departments exist and are not the lead department. */
	private void checkDepartments(GuideContent content, UUID lead) {
		LocalDate today = LocalDate.now(clock);
		for (UUID other : content.jointDepartments()) {
			if (other.equals(lead) || units.find(other, today).isEmpty()) {
				throw CatalogueRefused.badContent("jointDepartment");
			}
		}
	}

	private AccessScope scope(String actor, String permission) {
		PostView post = scopes.postInUse(actor);
		return scopes.of(actor, permission, post == null ? null : post.unitId());
	}

	private static String summary(Guide guide) {
		return guide.name() + "；法定" + guide.legalDays() + "个工作日，承诺" + guide.promisedDays() + "个工作日；材料"
				+ guide.materials().size() + "项，表单字段" + guide.fields().size() + "个" + (guide.online() ? "；可网上申报" : "")
				+ (guide.joint() ? "；并联审批" : "");
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private <T> T audited(String actor, String action, String type, @Nullable Long id, Supplier<T> step) {
		try {
			return step.get();
		}
		catch (Refusal refused) {
			audit.recordApart(
					AuditableEvent
						.succeeded(clock.instant(), actor, action, type, id == null ? null : id.toString(),
								"操作被拒绝：" + refused.getMessage())
						.withOutcome(Outcome.DENIED));
			throw refused;
		}
	}

	private void record(String actor, String action, String type, long id, String summary) {
		audit.record(event(actor, action, type, id, summary));
	}

	private AuditableEvent event(String actor, String action, String type, long id, String summary) {
		return AuditableEvent.succeeded(clock.instant(), actor, action, type, Long.toString(id), summary);
	}

}
