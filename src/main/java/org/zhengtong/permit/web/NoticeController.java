package org.zhengtong.permit.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.permit.CaseStepRefused;
import org.zhengtong.permit.internal.CaseResults;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.permit.internal.PermitNotices;
import org.zhengtong.permit.internal.WrittenNotice;
import org.zhengtong.pki.CertificateSessions;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.Refusal;

/**
 * The written notices of permit cases: the 用印 list of a department's seal keepers with
 * its bulk 用印, the 用印 page of one notice (reached from the 待办 inbox), the staff's copy,
 * and the applicant's download — by account, or in the session that followed the case by
 * 办件编号 and 查询码 — once sealed. A notice outside the reader's reach, or not sealed yet for
 * the applicant, does not exist here (404).
 */
@Controller
class NoticeController implements WorkbenchMenuContributor {

	static final String LIST = "permit/notice-list";

	static final String SEAL = "permit/notice-seal";

	private static final String BASE = "/workbench/permit/notices";

	private final PermitNotices notices;

	private final CaseResults results;

	private final CertificateSessions sessions;

	private final AccountManagement accounts;

	NoticeController(PermitNotices notices, CaseResults results, CertificateSessions sessions,
			AccountManagement accounts) {
		this.notices = notices;
		this.results = results;
		this.sessions = sessions;
		this.accounts = accounts;
	}

	/** 文书用印, for the department's seal keepers only. */
	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.permit", "permit.notice.menu", BASE,
				UnitSeals.SEAL_PERMISSION, 70));
	}

	@InitBinder("noticeForm")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping(BASE)
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable String sort,
			Principal principal, Model model) {
		if (!notices.keepsASeal(principal.getName())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("waiting",
				notices.waiting(principal.getName(), ListSort.parse(sort), Math.max(page, 0), 50));
		model.addAttribute("certificateSession", sessions.current().isPresent());
		return LIST;
	}

	@PostMapping(BASE + "/seal-all")
	String sealAll(Principal principal, RedirectAttributes redirect) {
		try {
			int sealed = notices.sealAll(principal.getName());
			redirect.addFlashAttribute("success", "permit.notice.sealedAll");
			redirect.addFlashAttribute("successArguments", new Object[] { sealed });
		}
		catch (CaseStepRefused refused) {
			if (refused.notFoundAnswer()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			flash(redirect, refused);
		}
		catch (Refusal refused) {
			flash(redirect, refused);
		}
		return "redirect:" + BASE;
	}

	@GetMapping(BASE + "/{id}")
	String sealPage(@PathVariable long id, Principal principal, Model model) {
		WrittenNotice notice = notices.forStaff(id, principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("notice", notice);
		model.addAttribute("permitCase", notices.caseOf(notice));
		model.addAttribute("keeper", notices.sealKeeper(notice, principal.getName()));
		model.addAttribute("certificateSession", sessions.current().isPresent());
		return SEAL;
	}

	@PostMapping(BASE + "/{id}/seal")
	String seal(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		try {
			notices.seal(id, principal.getName());
			redirect.addFlashAttribute("success", "permit.notice.sealedNow");
		}
		catch (CaseStepRefused refused) {
			if (refused.notFoundAnswer()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			flash(redirect, refused);
		}
		catch (Refusal refused) {
			flash(redirect, refused);
		}
		return "redirect:" + BASE + "/" + id;
	}

	/** The staff's copy: sealed, or the draft waiting for the seal. */
	@GetMapping(BASE + "/{id}/pdf")
	ResponseEntity<byte[]> staffCopy(@PathVariable long id, Principal principal) {
		WrittenNotice notice = notices.forStaff(id, principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return pdf(notice, notices.caseOf(notice));
	}

	/**
	 * The applicant's own case: signed in with the account that applied, or in the
	 * session that followed the case by 办件编号 + 查询码 ({@link FollowedCases}; the code
	 * itself is never put in a page).
	 */
	@GetMapping({ "/services/cases/{number}/notices/{id}", "/en/services/cases/{number}/notices/{id}" })
	ResponseEntity<byte[]> mine(@PathVariable String number, @PathVariable long id, HttpServletRequest request,
			@Nullable Principal principal) {
		UUID account = principal == null ? null
				: accounts.find(principal.getName())
					.filter((found) -> found.kind() != AccountKind.STAFF)
					.map((found) -> found.id())
					.orElse(null);
		PermitCase found = results.forApplicant(number, account, FollowedCases.holds(request, number))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		WrittenNotice notice = notices.sealedFor(found, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return pdf(notice, notices.caseOf(notice));
	}

	private static void flash(RedirectAttributes redirect, Refusal refused) {
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
	}

	private ResponseEntity<byte[]> pdf(WrittenNotice notice, PermitCase owner) {
		String name = notices.title(notice.kind()) + "-" + safe(owner.number()) + (notice.sealed() ? "" : "-待用印")
				+ ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(notice.pdf());
	}

	/** For file names: letters, digits and dashes of the case number. */
	private static String safe(@Nullable String number) {
		return number == null ? "" : number.replaceAll("[^\\p{L}\\p{N}-]", "");
	}

}
