package org.zhengtong.pki.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.pki.AdministratorReenrolment;
import org.zhengtong.pki.CertificateApprovals;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.Refusal;

/**
 * 证书注册审核 for RA operators ({@code certificate.approve}): the requests waiting, soonest
 * deadline first, approved (issued at once) or rejected with a reason — never one's own —
 * each with its 办理过程, and recent certificates to revoke.
 */
@Controller
class RaController implements WorkbenchMenuContributor {

	static final String VIEW = "pki/ra";

	static final String REQUEST_VIEW = "pki/ra-request";

	static final String OPERATE = "hasAuthority('certificate.approve')";

	private final CertificateRequests requests;

	private final org.zhengtong.organization.UnitManagement units;

	private final java.time.Clock clock;

	private final AdministratorReenrolment reenrolment;

	private final CertificateApprovals approvals;

	RaController(CertificateRequests requests, org.zhengtong.organization.UnitManagement units, java.time.Clock clock,
			AdministratorReenrolment reenrolment, CertificateApprovals approvals) {
		this.approvals = approvals;
		this.reenrolment = reenrolment;
		this.requests = requests;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/admin/ra")
	@PreAuthorize(OPERATE)
	String list(@RequestParam(required = false) @org.jspecify.annotations.Nullable UUID unit,
			@RequestParam(required = false) @org.jspecify.annotations.Nullable String state,
			@RequestParam(defaultValue = "false") boolean expiring, Model model) {
		String shown = state != null && java.util.Set.of("VALID", "REVOKED", "EXPIRED").contains(state) ? state : null;
		model.addAttribute("pending", approvals.pending());
		model.addAttribute("certificates", requests.search(unit, shown, expiring ? 30 : null, 200));
		model.addAttribute("expiringSoon", requests.search(null, null, 30, 200).size());
		model.addAttribute("units",
				units.tree(java.time.LocalDate.now(clock)).stream().filter((u) -> u.active()).toList());
		model.addAttribute("unit", unit);
		model.addAttribute("state", shown);
		model.addAttribute("expiring", expiring);
		model.addAttribute("reasons", CertificateRequests.REASONS);
		return VIEW;
	}

	/** One request: its deadline, its 办理过程, and the decision forms while it waits. */
	@GetMapping("/admin/ra/requests/{id}")
	@PreAuthorize(OPERATE)
	String request(@PathVariable UUID id, Model model) {
		model.addAttribute("approval",
				approvals.approval(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return REQUEST_VIEW;
	}

	@PostMapping("/admin/ra/requests/{id}/approve")
	@PreAuthorize(OPERATE)
	String approve(@PathVariable UUID id,
			@RequestParam(required = false) @org.jspecify.annotations.Nullable String opinion, Principal operator,
			RedirectAttributes redirect) {
		return decide(redirect, () -> {
			var issued = requests.approve(id, operator.getName(), opinion);
			if (issued.isPresent()) {
				redirect.addFlashAttribute("success", "pki.request.approved");
				redirect.addFlashAttribute("successArguments",
						new Object[] { issued.get().holder(), issued.get().serial() });
			}
			else {
				redirect.addFlashAttribute("success", "pki.request.approvedForCollection");
			}
		});
	}

	@PostMapping("/admin/ra/requests/{id}/reject")
	@PreAuthorize(OPERATE)
	String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Principal operator,
			RedirectAttributes redirect) {
		return decide(redirect, () -> {
			requests.reject(id, operator.getName(), reason);
			redirect.addFlashAttribute("success", "pki.request.rejected");
		});
	}

	/**
	 * 重新申领: after checking in person who they are, lets an administrator whose login
	 * certificate was revoked or has expired sign in with the password alone, for a
	 * while, to ask for a new one (never for oneself; audited).
	 */
	@PostMapping("/admin/ra/reenrolment")
	@PreAuthorize(OPERATE)
	String reenrol(@RequestParam(defaultValue = "") String administrator, Principal operator,
			RedirectAttributes redirect) {
		return decide(redirect, () -> {
			java.time.Instant until = reenrolment.open(administrator, operator.getName());
			redirect.addFlashAttribute("success", "pki.reenrolment.opened");
			redirect.addFlashAttribute("successArguments",
					new Object[] { administrator.strip(),
							java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
								.withZone(clock.getZone())
								.format(until) });
		});
	}

	/** A refusal becomes a message on the list; a request that does not exist is 404. */
	private static String decide(RedirectAttributes redirect, Runnable decision) {
		try {
			decision.run();
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/admin/ra";
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.admin", "menu.ra", "/admin/ra", "certificate.approve", 30));
	}

}
