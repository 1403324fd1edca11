package org.zhengtong.permit.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileResponses;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.interaction.RatingLevel;
import org.zhengtong.interaction.RatingRefused;
import org.zhengtong.permit.IssueRefused;
import org.zhengtong.permit.internal.CaseResults;
import org.zhengtong.permit.internal.LicenceDesk;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.platform.PublicFormContributor;

/**
 * The applicant's results of a case (owner account or 查询码 session,
 * {@link FollowedCases}): the licence's PDF, OFD and .p7s, and 好差评 once the case is
 * closed. Anyone else: 404. The rating is posted to one address for every case (the
 * number in the form), so a visitor without an account can send it.
 */
@Controller
class CaseResultsController implements PublicFormContributor {

	private final CaseResults results;

	private final AccountManagement accounts;

	private final FileManagement files;

	CaseResultsController(CaseResults results, AccountManagement accounts, FileManagement files) {
		this.results = results;
		this.accounts = accounts;
		this.files = files;
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of("/services/cases/rating", "/en/services/cases/rating");
	}

	/** 好差评: the case, the level, a comment. */
	static class RatingForm {

		@NotBlank
		@Size(max = 40)
		private String number = "";

		@NotBlank(message = "{permit.rating.levelMissing}")
		private String level = "";

		@Size(max = 500, message = "{permit.rating.commentTooLong}")
		private String comment = "";

		public String getNumber() {
			return number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public String getLevel() {
			return level;
		}

		public void setLevel(String level) {
			this.level = level;
		}

		public String getComment() {
			return comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

	}

	@InitBinder("rating")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping({ "/services/cases/{number}/licence/{kind}", "/en/services/cases/{number}/licence/{kind}" })
	ResponseEntity<Resource> licence(@PathVariable String number, @PathVariable String kind, HttpServletRequest request,
			@Nullable Principal principal) {
		if (!List.of("pdf", "p7s", "ofd").contains(kind)) {
			throw notFound();
		}
		PermitCase found = reachable(number, request, principal);
		var link = results.file(found, LicenceDesk.FileKind.valueOf(kind.toUpperCase(Locale.ROOT)))
			.orElseThrow(CaseResultsController::notFound);
		return FileResponses.of(link, files.contentOf(link.file()), false);
	}

	@PostMapping({ "/services/cases/rating", "/en/services/cases/rating" })
	String rate(@Valid @ModelAttribute("rating") RatingForm form, BindingResult errors, HttpServletRequest request,
			@Nullable Principal principal, RedirectAttributes redirect) {
		PermitCase found = reachable(form.getNumber(), request, principal);
		String back = "redirect:" + ApplicationPages.prefix(request) + "/services/cases/" + found.number();
		RatingLevel level = RatingLevel.parse(form.getLevel()).orElse(null);
		if (errors.hasErrors() || level == null) {
			redirect.addFlashAttribute("error",
					errors.hasFieldErrors("comment") ? "permit.rating.commentTooLong" : "permit.rating.levelMissing");
			return back;
		}
		boolean owner = principal != null && owns(found, principal);
		try {
			results.rate(found, level, form.getComment(), owner ? principal.getName() : AccountManagement.SYSTEM);
			redirect.addFlashAttribute("success", level.bad() ? "permit.rating.doneBad" : "permit.rating.done");
		}
		catch (RatingRefused refused) {
			// interaction's messages speak of letters' replies: say it of the case
			redirect.addFlashAttribute("error",
					refused.messageKey().replace("interaction.rating.refused.", "permit.rating.refused."));
		}
		catch (IssueRefused refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
		}
		return back;
	}

	/** The case when the visitor applied for it or gave its 查询码 in this session. */
	private PermitCase reachable(String number, HttpServletRequest request, @Nullable Principal principal) {
		UUID account = principal == null ? null : accounts.find(principal.getName()).map(AccountView::id).orElse(null);
		return results.forApplicant(number, account, FollowedCases.holds(request, number))
			.orElseThrow(CaseResultsController::notFound);
	}

	private boolean owns(PermitCase found, Principal principal) {
		UUID account = accounts.find(principal.getName()).map(AccountView::id).orElse(null);
		return account != null && account.equals(found.applicantAccountId());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
