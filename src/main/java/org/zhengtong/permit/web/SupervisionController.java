package org.zhengtong.permit.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.WarningLevel;
import org.zhengtong.permit.internal.Guides;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.permit.internal.PermitCases;
import org.zhengtong.permit.internal.SupervisionAccess;
import org.zhengtong.permit.internal.WarningDesk;
import org.zhengtong.permit.internal.WarningRecords;
import org.zhengtong.permit.internal.WarningView;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * 电子监察 on the workbench, read-only: the warnings (黄牌/红牌) of the departments in reach,
 * filtered by department, colour, open or resolved, period and 办件编号, and behind each the
 * case's page — its clocks with how their dates were worked out, its warnings and its
 * timeline. The 电子监察员 reads every department, a department's 审批负责人 their own; a case or
 * department outside reach answers 404.
 */
@Controller
class SupervisionController implements WorkbenchMenuContributor {

	static final String LIST = "permit/supervision-list";

	static final String CASE = "permit/supervision-case";

	static final String BASE = "/workbench/permit/supervision";

	static final String READERS = "hasAnyAuthority('permit.monitor', 'permit.decide')";

	private final SupervisionAccess access;

	private final WarningRecords warnings;

	private final WarningDesk desk;

	private final PermitCases cases;

	private final Guides guides;

	private final Casework casework;

	private final Deadlines deadlines;

	private final UnitManagement units;

	private final Clock clock;

	private final ZoneId zone;

	SupervisionController(SupervisionAccess access, WarningRecords warnings, WarningDesk desk, PermitCases cases,
			Guides guides, Casework casework, Deadlines deadlines, UnitManagement units, Clock clock,
			PlatformProperties platform) {
		this.access = access;
		this.warnings = warnings;
		this.desk = desk;
		this.cases = cases;
		this.guides = guides;
		this.casework = casework;
		this.deadlines = deadlines;
		this.units = units;
		this.clock = clock;
		this.zone = platform.timeZone();
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(
				new WorkbenchMenuItem("menu.section.permit", "permit.supervision.menu", BASE, PermitRoles.MONITOR, 70),
				new WorkbenchMenuItem("menu.section.permit", "permit.supervision.menu", BASE, PermitRoles.DECIDE, 70),
				new WorkbenchMenuItem("menu.section.permit", "permit.statistics.menu", BASE + "/statistics",
						PermitRoles.MONITOR, 71),
				new WorkbenchMenuItem("menu.section.permit", "permit.statistics.menu", BASE + "/statistics",
						PermitRoles.DECIDE, 71));
	}

	@InitBinder("filter")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** The warnings list's filters, each optional. */
	static class WarningFilter {

		private @Nullable UUID department;

		private @Nullable WarningLevel level;

		/** {@code open} or {@code resolved}. */
		private @Nullable String state;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate from;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate to;

		private @Nullable String number;

		private @Nullable String sort;

		private int page;

		public @Nullable UUID getDepartment() {
			return department;
		}

		public void setDepartment(@Nullable UUID department) {
			this.department = department;
		}

		public @Nullable WarningLevel getLevel() {
			return level;
		}

		public void setLevel(@Nullable WarningLevel level) {
			this.level = level;
		}

		public @Nullable String getState() {
			return state;
		}

		public void setState(@Nullable String state) {
			this.state = state;
		}

		public @Nullable LocalDate getFrom() {
			return from;
		}

		public void setFrom(@Nullable LocalDate from) {
			this.from = from;
		}

		public @Nullable LocalDate getTo() {
			return to;
		}

		public void setTo(@Nullable LocalDate to) {
			this.to = to;
		}

		public @Nullable String getNumber() {
			return number;
		}

		public void setNumber(@Nullable String number) {
			this.number = number;
		}

		public @Nullable String getSort() {
			return sort;
		}

		public void setSort(@Nullable String sort) {
			this.sort = sort;
		}

		public int getPage() {
			return page;
		}

		public void setPage(int page) {
			this.page = page;
		}

		/** The list with these filters, from page {@code page} on (the pager adds it). */
		public String pageLink() {
			return UriComponentsBuilder.fromPath(BASE)
				.queryParamIfPresent("department", java.util.Optional.ofNullable(department))
				.queryParamIfPresent("level", java.util.Optional.ofNullable(level))
				.queryParamIfPresent("state", java.util.Optional.ofNullable(state))
				.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
				.queryParamIfPresent("to", java.util.Optional.ofNullable(to))
				.queryParamIfPresent("number", java.util.Optional.ofNullable(number).filter((n) -> !n.isBlank()))
				.queryParamIfPresent("sort", java.util.Optional.ofNullable(sort).filter((s) -> !s.isBlank()))
				.encode()
				.build()
				.toUriString()
					+ (department == null && level == null && state == null && from == null && to == null
							&& (number == null || number.isBlank()) && (sort == null || sort.isBlank()) ? "?" : "&")
					+ "page=";
		}

	}

	@GetMapping(BASE)
	@PreAuthorize(READERS)
	String list(@ModelAttribute("filter") WarningFilter filter, Principal principal, Model model) {
		AccessScope scope = scope(principal);
		if (filter.getDepartment() != null && !scope.reachesUnit(filter.getDepartment())) {
			throw notFound();
		}
		Boolean open = "open".equals(filter.getState()) ? Boolean.TRUE
				: "resolved".equals(filter.getState()) ? Boolean.FALSE : null;
		WarningRecords.Filter query = new WarningRecords.Filter(filter.getDepartment(), filter.getLevel(), open,
				filter.getFrom() == null ? null : filter.getFrom().atStartOfDay(zone).toInstant(),
				filter.getTo() == null ? null : filter.getTo().plusDays(1).atStartOfDay(zone).toInstant(),
				filter.getNumber());
		PageOf<WarningView> rows = warnings.page(scope, query, ListSort.parse(filter.getSort()),
				Math.max(0, filter.getPage()), 20);
		LocalDate today = LocalDate.now(clock);
		Map<UUID, String> names = new java.util.HashMap<>();
		for (UUID department : warnings.departments(scope)) {
			names.put(department, departmentName(department, today));
		}
		rows.items().forEach((row) -> names.computeIfAbsent(row.departmentId(), (id) -> departmentName(id, today)));
		model.addAttribute("rows", rows);
		model.addAttribute("names", names);
		model.addAttribute("departments", names.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList());
		model.addAttribute("everyDepartment", scope.all());
		model.addAttribute("counts", warnings.openCounts(scope));
		model.addAttribute("levels", WarningLevel.values());
		return LIST;
	}

	@GetMapping(BASE + "/cases/{number}")
	@PreAuthorize(READERS)
	String caseDetail(@PathVariable String number, Principal principal, Model model) {
		AccessScope scope = scope(principal);
		PermitCase found = cases.findByNumber(number.strip())
			.filter((candidate) -> scope.reachesUnit(candidate.departmentId()))
			.orElseThrow(SupervisionController::notFound);
		model.addAttribute("permitCase", found);
		model.addAttribute("guide", guides.findById(found.guideId()).orElseThrow());
		model.addAttribute("department", departmentName(found.departmentId(), LocalDate.now(clock)));
		model.addAttribute("applicant", AcceptanceController.masked(found.applicantName(), found.applicantKind()));
		model.addAttribute("promised",
				found.promisedClockId() == null ? null : deadlines.view(found.promisedClockId()));
		model.addAttribute("legal", found.legalClockId() == null ? null : deadlines.view(found.legalClockId()));
		model.addAttribute("warnings", desk.ofCase(found.id()));
		model.addAttribute("history",
				found.caseworkCaseId() == null ? List.of() : casework.history(found.caseworkCaseId()));
		return CASE;
	}

	private AccessScope scope(Principal principal) {
		AccessScope scope = access.scope(principal.getName());
		if (scope.isEmpty()) {
			throw notFound();
		}
		return scope;
	}

	private String departmentName(UUID department, LocalDate today) {
		boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
		return units.find(department, today)
			.map((unit) -> english ? unit.names().englishName() : unit.names().fullName())
			.orElse(department.toString());
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
