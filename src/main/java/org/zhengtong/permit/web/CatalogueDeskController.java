package org.zhengtong.permit.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.CatalogueRefused;
import org.zhengtong.permit.FieldType;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.permit.internal.CatalogueDesk;
import org.zhengtong.permit.internal.CatalogueRecords;
import org.zhengtong.permit.internal.CatalogueRecords.DeskFilter;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.PermitItem;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.Refusal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 事项目录 in the workbench: the department's items with the state of their latest version
 * (filters and counts), a new item with its first draft, the guide editor, 提交审核, the
 * review beside the version in force (发布 / 退回), the next version, 停用 and 恢复. The 事项管理员
 * ({@code permit.catalogue}) drafts; the 审批负责人 ({@code permit.decide}) reviews; a version
 * of another department answers 404.
 */
@Controller
class CatalogueDeskController implements WorkbenchMenuContributor {

	static final String READ = "hasAnyAuthority('permit.catalogue', 'permit.decide')";

	static final String DRAFT = "hasAuthority('permit.catalogue')";

	static final String REVIEW = "hasAuthority('permit.decide')";

	static final String LIST = "permit/catalogue-list";

	static final String FORM = "permit/guide-form";

	static final String DETAIL = "permit/guide-detail";

	static final String REVIEW_PAGE = "permit/guide-review";

	private final CatalogueDesk desk;

	private final CatalogueRecords records;

	private final UnitManagement units;

	private final MessageSource messages;

	private final Clock clock;

	CatalogueDeskController(CatalogueDesk desk, CatalogueRecords records, UnitManagement units, MessageSource messages,
			Clock clock) {
		this.desk = desk;
		this.records = records;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("guide")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.setAutoGrowCollectionLimit(200);
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(
				new WorkbenchMenuItem("menu.section.permit", "permit.catalogue.menu", "/workbench/permit/items",
						"permit.catalogue", 10),
				new WorkbenchMenuItem("menu.section.permit", "permit.catalogue.review.menu",
						"/workbench/permit/items?state=SUBMITTED", "permit.decide", 11));
	}

	@GetMapping("/workbench/permit/items")
	@PreAuthorize(READ)
	String list(@RequestParam(required = false) @Nullable PermitTheme theme,
			@RequestParam(required = false) @Nullable Audience audience,
			@RequestParam(required = false) @Nullable GuideState state,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			Principal user, Model model) {
		var scope = desk.readScope(user.getName());
		DeskFilter filter = new DeskFilter(theme, audience, state, text);
		model.addAttribute("items",
				records.desk(scope, filter, ListSort.parse(sort), Math.max(page, 0), ListQuery.pageSize(20)));
		model.addAttribute("counts", records.deskCounts(scope, filter));
		model.addAttribute("theme", theme);
		model.addAttribute("audience", audience);
		model.addAttribute("state", state);
		model.addAttribute("text", text);
		model.addAttribute("themes", PermitTheme.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("states", GuideState.values());
		model.addAttribute("canDraft", hasDepartment(user.getName()));
		model.addAttribute("query", query(theme, audience, state, text));
		return LIST;
	}

	@GetMapping("/workbench/permit/items/new")
	@PreAuthorize(DRAFT)
	String newItem(Principal user, Model model, RedirectAttributes redirect) {
		if (!hasDepartment(user.getName())) {
			redirect.addFlashAttribute("error", "permit.catalogue.refused.noDepartment");
			return "redirect:/workbench/permit/items";
		}
		model.addAttribute("guide", new GuideForm().withSpareRows());
		return form(model, null, null, user.getName());
	}

	@PostMapping("/workbench/permit/items")
	@PreAuthorize(DRAFT)
	String create(@Validated @ModelAttribute("guide") GuideForm form, BindingResult errors, Principal user, Model model,
			RedirectAttributes redirect) {
		form.check(errors, true);
		if (errors.hasErrors()) {
			form.withSpareRows();
			return form(model, null, null, user.getName());
		}
		try {
			Guide guide = desk.create(form.getCode(), form.getAudience(), form.getTheme(), form.toContent(),
					user.getName());
			redirect.addFlashAttribute("success", "permit.catalogue.created");
			return "redirect:/workbench/permit/guides/" + guide.id();
		}
		catch (Refusal refused) {
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			form.withSpareRows();
			return form(model, null, null, user.getName());
		}
	}

	@GetMapping("/workbench/permit/guides/{id}")
	@PreAuthorize(READ)
	String detail(@PathVariable("id") String path, Principal user, Model model) {
		long id = number(path);
		Guide guide = readable(id, user);
		PermitItem item = desk.item(guide.itemId());
		model.addAttribute("guide", guide);
		model.addAttribute("item", item);
		model.addAttribute("department", unitName(item.departmentId()));
		model.addAttribute("jointNames", departmentNames(guide));
		model.addAttribute("versions", desk.versions(item.id()));
		model.addAttribute("drafter", desk.drafter(user.getName(), item.departmentId()));
		model.addAttribute("leader", desk.leader(user.getName(), item.departmentId()));
		model.addAttribute("editable",
				!item.withdrawn() && (guide.state() == GuideState.DRAFT || guide.state() == GuideState.RETURNED));
		model.addAttribute("canStartDraft",
				guide.state() == GuideState.PUBLISHED && desk.versions(item.id())
					.stream()
					.noneMatch((v) -> v.state() == GuideState.DRAFT || v.state() == GuideState.RETURNED
							|| v.state() == GuideState.SUBMITTED));
		return DETAIL;
	}

	@GetMapping("/workbench/permit/guides/{id}/edit")
	@PreAuthorize(DRAFT)
	String edit(@PathVariable("id") String path, Principal user, Model model) {
		long id = number(path);
		Guide guide = readable(id, user);
		PermitItem item = desk.item(guide.itemId());
		if (!desk.drafter(user.getName(), item.departmentId())) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		model.addAttribute("guide", GuideForm.of(guide));
		return form(model, guide, item, user.getName());
	}

	@PostMapping("/workbench/permit/guides/{id}")
	@PreAuthorize(DRAFT)
	String revise(@PathVariable("id") String path, @Validated @ModelAttribute("guide") GuideForm form,
			BindingResult errors, Principal user, Model model, RedirectAttributes redirect) {
		long id = number(path);
		Guide guide = readable(id, user);
		PermitItem item = desk.item(guide.itemId());
		form.check(errors, false);
		if (errors.hasErrors()) {
			form.withSpareRows();
			return form(model, guide, item, user.getName());
		}
		try {
			desk.revise(id, form.getVersion(), form.toContent(), user.getName());
			redirect.addFlashAttribute("success", "permit.catalogue.saved");
			return "redirect:/workbench/permit/guides/" + id;
		}
		catch (OptimisticLockingFailureException lost) {
			model.addAttribute("error", "permit.catalogue.refused.changedMeanwhile");
		}
		catch (Refusal refused) {
			notFoundIf(refused);
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
		}
		form.withSpareRows();
		return form(model, guide, item, user.getName());
	}

	@PostMapping("/workbench/permit/guides/{id}/files")
	@PreAuthorize(DRAFT)
	String attach(@PathVariable("id") String path, @RequestParam(defaultValue = "-1") int position,
			@RequestParam(defaultValue = "false") boolean blank,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Principal user,
			RedirectAttributes redirect) throws IOException {
		long id = number(path);
		// another department's guide is not found, with or without a file
		readable(id, user);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "permit.catalogue.fileMissing");
			return "redirect:/workbench/permit/guides/" + id;
		}
		try (InputStream content = file.getInputStream()) {
			String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "file"
					: file.getOriginalFilename();
			return step(id, redirect, "permit.catalogue.fileAttached",
					() -> desk.attach(id, position, blank, content, name, user.getName()));
		}
	}

	@PostMapping("/workbench/permit/guides/{id}/submit")
	@PreAuthorize(DRAFT)
	String submit(@PathVariable("id") String path, Principal user, RedirectAttributes redirect) {
		long id = number(path);
		return step(id, redirect, "permit.catalogue.submitted", () -> desk.submit(id, user.getName()));
	}

	@GetMapping("/workbench/permit/guides/{id}/review")
	@PreAuthorize(REVIEW)
	String review(@PathVariable("id") String path, Principal user, Model model) {
		long id = number(path);
		Guide guide = readable(id, user);
		PermitItem item = desk.item(guide.itemId());
		if (!desk.leader(user.getName(), item.departmentId())) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		Guide inForce = desk.inForce(item.id()).filter((current) -> current.id() != guide.id()).orElse(null);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("guide", guide);
		model.addAttribute("item", item);
		model.addAttribute("inForce", inForce);
		model.addAttribute("parts", GuideComparison.parts(inForce, guide, this::departmentNames,
				(key) -> messages.getMessage(key, null, key, locale)));
		model.addAttribute("ownDraft",
				user.getName().equals(guide.draftedBy()) || user.getName().equals(guide.submittedBy()));
		return REVIEW_PAGE;
	}

	@PostMapping("/workbench/permit/guides/{id}/publish")
	@PreAuthorize(REVIEW)
	String publish(@PathVariable("id") String path, @RequestParam(defaultValue = "") String note, Principal user,
			RedirectAttributes redirect) {
		long id = number(path);
		return step(id, redirect, "permit.catalogue.published",
				() -> desk.publish(id, note.length() > 500 ? note.substring(0, 500) : note, user.getName()));
	}

	@PostMapping("/workbench/permit/guides/{id}/return")
	@PreAuthorize(REVIEW)
	String returnDraft(@PathVariable("id") String path, @RequestParam(defaultValue = "") String note, Principal user,
			RedirectAttributes redirect) {
		long id = number(path);
		try {
			desk.returnDraft(id, note, user.getName());
			redirect.addFlashAttribute("success", "permit.catalogue.returned");
			return "redirect:/workbench/permit/guides/" + id;
		}
		catch (Refusal refused) {
			notFoundIf(refused);
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
			return "redirect:/workbench/permit/guides/" + id + "/review";
		}
	}

	@PostMapping("/workbench/permit/items/{id}/draft")
	@PreAuthorize(DRAFT)
	String newDraft(@PathVariable("id") String path, Principal user, RedirectAttributes redirect) {
		long id = number(path);
		try {
			Guide draft = desk.newDraft(id, user.getName());
			redirect.addFlashAttribute("success", "permit.catalogue.drafted");
			return "redirect:/workbench/permit/guides/" + draft.id() + "/edit";
		}
		catch (Refusal refused) {
			notFoundIf(refused);
			redirect.addFlashAttribute("error", refused.messageKey());
			return "redirect:/workbench/permit/items";
		}
	}

	@PostMapping("/workbench/permit/items/{id}/withdraw")
	@PreAuthorize(DRAFT)
	String withdraw(@PathVariable("id") String path, @RequestParam(defaultValue = "0") long guide, Principal user,
			RedirectAttributes redirect) {
		long id = number(path);
		return step(guide, redirect, "permit.catalogue.withdrawn", () -> desk.withdraw(id, user.getName()));
	}

	@PostMapping("/workbench/permit/items/{id}/restore")
	@PreAuthorize(DRAFT)
	String restore(@PathVariable("id") String path, @RequestParam(defaultValue = "0") long guide, Principal user,
			RedirectAttributes redirect) {
		long id = number(path);
		return step(guide, redirect, "permit.catalogue.restored", () -> desk.restore(id, user.getName()));
	}

	/** One step on a version, then back to it with what happened. */
	private String step(long guide, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (OptimisticLockingFailureException lost) {
			redirect.addFlashAttribute("error", "permit.catalogue.refused.changedMeanwhile");
		}
		catch (Refusal refused) {
			notFoundIf(refused);
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return guide > 0 ? "redirect:/workbench/permit/guides/" + guide : "redirect:/workbench/permit/items";
	}

	private String form(Model model, @Nullable Guide guide, @Nullable PermitItem item, String user) {
		model.addAttribute("version", guide);
		model.addAttribute("item", item);
		model.addAttribute("themes", PermitTheme.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("limitKinds", LimitKind.values());
		model.addAttribute("fieldTypes", FieldType.values());
		UUID own = item != null ? item.departmentId() : hasDepartment(user) ? desk.department(user) : null;
		model.addAttribute("departments",
				units.tree(LocalDate.now(clock))
					.stream()
					.filter(UnitView::active)
					.filter((unit) -> !unit.id().equals(own))
					.sorted(Comparator.comparing((UnitView unit) -> unit.names().fullName()))
					.toList());
		return FORM;
	}

	private Guide readable(long id, Principal user) {
		try {
			return desk.readable(id, user.getName());
		}
		catch (CatalogueRefused refused) {
			throw new ResponseStatusException(NOT_FOUND);
		}
	}

	private boolean hasDepartment(String user) {
		try {
			desk.department(user);
			return true;
		}
		catch (CatalogueRefused refused) {
			return false;
		}
	}

	/** An id in an address; anything but a number is not found. */
	private static long number(String path) {
		try {
			return Long.parseLong(path);
		}
		catch (NumberFormatException notANumber) {
			throw new ResponseStatusException(NOT_FOUND);
		}
	}

	private static void notFoundIf(Refusal refused) {
		if (refused.messageKey().equals("permit.catalogue.refused.notFound")) {
			throw new ResponseStatusException(NOT_FOUND);
		}
	}

	private String unitName(UUID unit) {
		return units.find(unit, LocalDate.now(clock)).map((view) -> view.names().fullName()).orElse("");
	}

	private String departmentNames(Guide guide) {
		return guide.jointDepartments().stream().map(this::unitName).sorted().collect(Collectors.joining("、"));
	}

	private static String query(@Nullable PermitTheme theme, @Nullable Audience audience, @Nullable GuideState state,
			@Nullable String text) {
		StringBuilder query = new StringBuilder("/workbench/permit/items?");
		if (theme != null) {
			query.append("theme=").append(theme).append('&');
		}
		if (audience != null) {
			query.append("audience=").append(audience).append('&');
		}
		if (state != null) {
			query.append("state=").append(state).append('&');
		}
		if (text != null && !text.isBlank()) {
			query.append("text=")
				.append(java.net.URLEncoder.encode(text.strip(), java.nio.charset.StandardCharsets.UTF_8))
				.append('&');
		}
		return query.append("page=").toString();
	}

}
