package org.zhengtong.permit.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.casework.Casework;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.permit.AcceptanceRefused;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.Channel;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.internal.AcceptanceAccess;
import org.zhengtong.permit.internal.AcceptanceDesk;
import org.zhengtong.permit.internal.AcceptanceRecords;
import org.zhengtong.permit.internal.AcceptanceRecords.QueueFilter;
import org.zhengtong.permit.internal.AcceptanceRecords.QueueRow;
import org.zhengtong.permit.internal.CaseMaterials;
import org.zhengtong.permit.internal.CorrectionNotice;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.Guides;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.permit.internal.PermitCases;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;
import org.zhengtong.shared.Refusal;

/**
 * 受理 in the workbench: the department's 待受理 queue (oldest receipt first, with the working
 * days art. 32 allows shown and marked once the last day has come), a case's desk page
 * with its materials and the three actions (受理, 不予受理, 一次性告知补正 from the guide's materials
 * list), and 批量受理. Only the department's 窗口受理员 reach these pages; anyone else is told
 * they do not exist.
 */
@Controller
class AcceptanceController implements WorkbenchMenuContributor {

	static final String LIST = "permit/acceptance-list";

	static final String DETAIL = "permit/acceptance-detail";

	static final String BASE = "/workbench/permit/acceptance";

	private final AcceptanceDesk desk;

	private final AcceptanceAccess access;

	private final AcceptanceRecords records;

	private final Guides guides;

	private final CaseMaterials materials;

	private final Casework casework;

	private final MessageSource messages;

	private final Clock clock;

	private final PermitCases permitCases;

	private final CaseLinks links;

	AcceptanceController(AcceptanceDesk desk, AcceptanceAccess access, AcceptanceRecords records, Guides guides,
			CaseMaterials materials, Casework casework, MessageSource messages, Clock clock, PermitCases permitCases,
			CaseLinks links) {
		this.permitCases = permitCases;
		this.links = links;
		this.desk = desk;
		this.access = access;
		this.records = records;
		this.guides = guides;
		this.materials = materials;
		this.casework = casework;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List
			.of(new WorkbenchMenuItem("menu.section.permit", "permit.acceptance.menu", BASE, PermitRoles.RECEIVE, 20));
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** A row of the queue as the page shows it. */
	record Row(QueueRow row, String applicant, int daysWaiting, LocalDate lastDay, boolean due) {
	}

	@GetMapping(BASE)
	String list(@RequestParam(name = "number", required = false) @Nullable String number,
			@RequestParam(name = "item", required = false) @Nullable String item,
			@RequestParam(name = "channel", required = false) @Nullable Channel channel,
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(name = "to",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(name = "sort", required = false) @Nullable String sort,
			@RequestParam(name = "page", defaultValue = "0") int page, Principal principal, Model model) {
		AccessScope scope = clerkScope(principal);
		QueueFilter filter = new QueueFilter(number, item, channel, startOf(from),
				to == null ? null : startOf(to.plusDays(1)));
		PageOf<QueueRow> rows = records.queue(scope, filter, sort == null ? null : ListSort.parse(sort), page, 20);
		LocalDate today = LocalDate.now(clock);
		List<Row> shown = new ArrayList<>();
		for (QueueRow row : rows.items()) {
			LocalDate lastDay = desk.deemedDay(row.receivedAt());
			shown.add(new Row(row, masked(row.applicantName(), row.applicantKind()), desk.daysWaiting(row.receivedAt()),
					lastDay, !today.isBefore(lastDay)));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("shown", shown);
		model.addAttribute("counts", records.countsByChannel(scope));
		model.addAttribute("number", number);
		model.addAttribute("item", item);
		model.addAttribute("channel", channel);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("sort", sort);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("limit", AcceptanceDesk.DEEMED_DAYS);
		model.addAttribute("pageBase",
				BASE + "?number=" + text(number) + "&item=" + text(item) + "&channel="
						+ (channel == null ? "" : channel.name()) + "&from=" + (from == null ? "" : from) + "&to="
						+ (to == null ? "" : to) + "&sort=" + text(sort) + "&page=");
		return LIST;
	}

	/**
	 * Where the case's tasks in the 待办 inbox lead (the core case's link): the page of the
	 * case's state ({@link CaseLinks}), for those who may see it; 404 for everyone else,
	 * without saying whether the case exists.
	 */
	@GetMapping("/workbench/permit/cases/{id}")
	String caseLink(@PathVariable String id, Principal principal) {
		PermitCase found;
		try {
			found = permitCases.findById(Long.parseLong(id))
				.filter((candidate) -> candidate.number() != null)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (NumberFormatException notAnId) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String target = links.target(found, principal.getName());
		if (target == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + target;
	}

	@GetMapping(BASE + "/{number}")
	String detail(@PathVariable String number, Principal principal, Model model) {
		PermitCase found = readable(number, principal);
		Guide guide = guides.findById(found.guideId()).orElseThrow();
		CorrectionNotice notice = desk.noticeOf(found.id());
		Instant received = desk.receivedAt(found);
		model.addAttribute("permitCase", found);
		model.addAttribute("guide", guide);
		model.addAttribute("applicant", masked(found.applicantName(), found.applicantKind()));
		model.addAttribute("received", received);
		model.addAttribute("daysWaiting", desk.daysWaiting(received));
		model.addAttribute("lastDay", desk.deemedDay(received));
		model.addAttribute("limit", AcceptanceDesk.DEEMED_DAYS);
		model.addAttribute("handedIn",
				materials.findByCaseIdOrderByMaterialAscIdAsc(found.id())
					.stream()
					.filter((material) -> !material.replaced())
					.toList());
		model.addAttribute("notice", notice);
		model.addAttribute("missing", notice == null ? List.of() : desk.missing(found, notice));
		model.addAttribute("waiting", found.state() == PermitCaseState.SUBMITTED);
		model.addAttribute("extraRows", List.of(0, 1, 2));
		model.addAttribute("history",
				found.caseworkCaseId() == null ? List.of() : casework.history(found.caseworkCaseId()));
		return DETAIL;
	}

	@PostMapping(BASE + "/{number}/accept")
	String accept(@PathVariable String number, Principal principal, RedirectAttributes redirect) {
		PermitCase found = readable(number, principal);
		return act(number, null, redirect, "permit.acceptance.done.accepted",
				() -> desk.accept(found.id(), principal.getName()));
	}

	@PostMapping(BASE + "/{number}/reject")
	String reject(@PathVariable String number, @Valid @ModelAttribute AcceptanceForms.RejectForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		PermitCase found = readable(number, principal);
		return act(number, errors, redirect, "permit.acceptance.done.rejected",
				() -> desk.reject(found.id(), form.getReason() == null ? "" : form.getReason(), principal.getName()));
	}

	@PostMapping(BASE + "/{number}/correction")
	String correction(@PathVariable String number, @ModelAttribute AcceptanceForms.CorrectionForm form,
			Principal principal, RedirectAttributes redirect) {
		PermitCase found = readable(number, principal);
		return act(number, null, redirect, "permit.acceptance.done.correction",
				() -> desk.noticeCorrection(found.id(), form.lines(), principal.getName()));
	}

	/**
	 * 批量受理: each ticked case on its own; the page says how many were accepted and why the
	 * others were not.
	 */
	@PostMapping(BASE + "/bulk-accept")
	String bulkAccept(@ModelAttribute AcceptanceForms.BulkForm form, Principal principal, RedirectAttributes redirect) {
		clerkScope(principal);
		if (form.getIds().isEmpty()) {
			redirect.addFlashAttribute("error", "permit.acceptance.bulk.none");
			return "redirect:" + BASE;
		}
		Locale locale = LocaleContextHolder.getLocale();
		int accepted = 0;
		List<String> refusals = new ArrayList<>();
		for (Long id : form.getIds().stream().distinct().limit(200).toList()) {
			try {
				desk.accept(id, principal.getName());
				accepted++;
			}
			catch (Refusal refused) {
				refusals.add(messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			}
		}
		redirect.addFlashAttribute("success", "permit.acceptance.bulk.done");
		redirect.addFlashAttribute("successArguments", new Object[] { accepted });
		if (!refusals.isEmpty()) {
			redirect.addFlashAttribute("errorTexts", refusals);
		}
		return "redirect:" + BASE;
	}

	/**
	 * Runs an action and comes back to the case: a form error or a refusal is shown there
	 * in the reader's language, nothing changed; a case outside the reader's department
	 * answers 404. The one place refusals become messages for these pages.
	 */
	private String act(String number, @Nullable BindingResult errors, RedirectAttributes redirect, String done,
			Runnable action) {
		String back = "redirect:" + BASE + "/" + number;
		if (errors != null && errors.hasErrors()) {
			redirect.addFlashAttribute("errorTexts",
					errors.getAllErrors()
						.stream()
						.map((error) -> messages.getMessage(error, LocaleContextHolder.getLocale()))
						.toList());
			return back;
		}
		try {
			action.run();
			redirect.addFlashAttribute("success", done);
		}
		catch (AcceptanceRefused refused) {
			if (AcceptanceRefused.NOT_FOUND.equals(refused.messageKey())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
			}
			flash(redirect, refused);
		}
		catch (Refusal refused) {
			flash(redirect, refused);
		}
		return back;
	}

	private static void flash(RedirectAttributes redirect, Refusal refused) {
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
	}

	private PermitCase readable(String number, Principal principal) {
		try {
			return desk.forClerk(number, principal.getName());
		}
		catch (AcceptanceRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
		}
	}

	private AccessScope clerkScope(Principal principal) {
		AccessScope scope = access.clerkScope(principal.getName());
		if (scope.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return scope;
	}

	private @Nullable Instant startOf(@Nullable LocalDate day) {
		return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * A citizen's name as lists show it (王*明, 李*); an enterprise's name in full.
	 */
	static String masked(String name, ApplicantKind kind) {
		if (kind == ApplicantKind.ENTERPRISE || name.length() < 2) {
			return name;
		}
		int[] points = name.codePoints().toArray();
		if (points.length == 2) {
			return new String(points, 0, 1) + "*";
		}
		return new String(points, 0, 1) + "*".repeat(points.length - 2) + new String(points, points.length - 1, 1);
	}

}
