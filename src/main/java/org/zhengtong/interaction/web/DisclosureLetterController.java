package org.zhengtong.interaction.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.interaction.DisclosureRefused;
import org.zhengtong.interaction.internal.DisclosureLetter;
import org.zhengtong.interaction.internal.DisclosureLetterService;
import org.zhengtong.interaction.internal.DisclosureRequest;
import org.zhengtong.interaction.internal.DisclosureRequestService;
import org.zhengtong.interaction.internal.DisclosureRequests;
import org.zhengtong.interaction.internal.SubmissionGuard;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.CertificateSessions;
import org.zhengtong.platform.PublicFormContributor;
import org.zhengtong.shared.Refusal;

/**
 * The 答复书 of a disclosure request: the 用印 page where a seal keeper of the unit seals it
 * (reached from the 待办 inbox), the staff's copy, and the applicant's download — by
 * account or by number and 查询码 — once it is sealed. A request outside the reader's reach,
 * or a 答复书 not sealed yet for the applicant, does not exist here (404).
 */
@Controller
class DisclosureLetterController implements PublicFormContributor {

	static final String SEAL = "interaction/disclosure-seal";

	private final DisclosureLetterService letters;

	private final DisclosureRequestService service;

	private final DisclosureRequests requests;

	private final CertificateSessions sessions;

	private final AccountManagement accounts;

	private final UnitManagement units;

	private final SubmissionGuard guard;

	private final Clock clock;

	DisclosureLetterController(DisclosureLetterService letters, DisclosureRequestService service,
			DisclosureRequests requests, CertificateSessions sessions, AccountManagement accounts, UnitManagement units,
			SubmissionGuard guard, Clock clock) {
		this.letters = letters;
		this.service = service;
		this.requests = requests;
		this.sessions = sessions;
		this.accounts = accounts;
		this.units = units;
		this.guard = guard;
		this.clock = clock;
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of("/interaction/disclosure/letter", "/en/interaction/disclosure/letter");
	}

	@GetMapping("/workbench/disclosure/{id}/seal")
	String sealPage(@PathVariable UUID id, Principal principal, Model model) {
		DisclosureRequest request = letters.request(id, principal.getName());
		DisclosureLetter letter = request == null ? null : letters.forStaff(id, principal.getName()).orElse(null);
		if (request == null || letter == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("request", request);
		model.addAttribute("letter", letter);
		model.addAttribute("unitName",
				units.find(request.unitId(), LocalDate.now(clock)).map((u) -> u.names().fullName()).orElse(null));
		model.addAttribute("keeper", letters.sealKeeper(id, principal.getName()));
		model.addAttribute("certificateSession", sessions.current().isPresent());
		return SEAL;
	}

	@PostMapping("/workbench/disclosure/{id}/seal")
	String seal(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		try {
			letters.seal(id, principal.getName());
			redirect.addFlashAttribute("success", "interaction.disclosure.letter.sealedNow");
		}
		catch (DisclosureRefused refused) {
			if ("interaction.disclosure.refused.notFound".equals(refused.messageKey())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/workbench/disclosure/" + id + "/seal";
	}

	/** The staff's copy: sealed, or the draft waiting for the seal. */
	@GetMapping("/workbench/disclosure/{id}/letter")
	ResponseEntity<byte[]> staffCopy(@PathVariable UUID id, Principal principal) {
		DisclosureLetter letter = letters.forStaff(id, principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		DisclosureRequest request = requests.findById(id).orElseThrow();
		return pdf(letter, request);
	}

	/** The applicant's own request, signed in with the account that made it. */
	@GetMapping({ "/interaction/disclosure/mine/{id}/letter", "/en/interaction/disclosure/mine/{id}/letter" })
	ResponseEntity<byte[]> mine(@PathVariable UUID id, @Nullable Principal principal) {
		UUID account = principal == null ? null
				: accounts.find(principal.getName())
					.filter((found) -> found.kind() != AccountKind.STAFF)
					.map((found) -> found.id())
					.orElse(null);
		DisclosureRequest request = requests.findById(id)
			.filter((found) -> account != null && account.equals(found.applicantAccountId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return pdf(letters.sealedFor(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				request);
	}

	/** By number and 查询码, throttled like the follow page's look-ups. */
	@PostMapping({ "/interaction/disclosure/letter", "/en/interaction/disclosure/letter" })
	Object byCode(@Valid @ModelAttribute("followForm") DisclosureFormController.FollowForm form, BindingResult errors,
			HttpServletRequest http, @Nullable Principal principal, RedirectAttributes redirect) {
		String back = "redirect:" + (http.getRequestURI().startsWith("/en/") ? "/en" : "")
				+ "/interaction/disclosure/follow";
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", "interaction.disclosure.follow.notFound");
			return back;
		}
		guard.check(new SubmissionGuard.Attempt("lookup", principal == null ? null : principal.getName(),
				http.getRemoteAddr(), null, List.of()));
		DisclosureRequest request = service.follow(form.number(), form.code());
		if (request == null) {
			redirect.addFlashAttribute("error", "interaction.disclosure.follow.notFound");
			return back;
		}
		DisclosureLetter letter = letters.sealedFor(request).orElse(null);
		if (letter == null) {
			redirect.addFlashAttribute("error", "interaction.disclosure.letter.notReady");
			return back;
		}
		return pdf(letter, request);
	}

	private static ResponseEntity<byte[]> pdf(DisclosureLetter letter, DisclosureRequest request) {
		String name = "答复书-" + request.number().replaceAll("[^\\p{L}\\p{N}-]", "") + (letter.sealed() ? "" : "-待用印")
				+ ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(letter.pdf());
	}

}
