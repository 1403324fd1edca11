package org.zhengtong.pki.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.CertificateView;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.Refusal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 我的证书: a member of staff asks for a login certificate with a CSR (pasted or uploaded),
 * follows the request, downloads the certificate and the chain, and revokes it. Someone
 * else's certificate does not exist here (404) unless you are an RA operator.
 */
@Controller
class MyCertificatesController implements WorkbenchMenuContributor {

	static final String VIEW = "pki/my-certificates";

	private final CertificateRequests requests;

	private final org.zhengtong.identity.AccessScopes scopes;

	MyCertificatesController(CertificateRequests requests, org.zhengtong.identity.AccessScopes scopes) {
		this.requests = requests;
		this.scopes = scopes;
	}

	@GetMapping("/workbench/certificates")
	@PreAuthorize("hasRole('STAFF')")
	String mine(Principal user, Model model) {
		model.addAttribute("certificates", requests.certificatesOf(user.getName()));
		model.addAttribute("requests", requests.requestsOf(user.getName()));
		model.addAttribute("reasons", CertificateRequests.REASONS);
		return VIEW;
	}

	@PostMapping("/workbench/certificates/requests")
	@PreAuthorize("hasRole('STAFF')")
	String request(@RequestParam(defaultValue = "") String csr,
			@RequestParam(required = false) @Nullable MultipartFile file, Principal user, RedirectAttributes redirect)
			throws IOException {
		byte[] content = file != null && !file.isEmpty() ? file.getBytes() : csr.getBytes(StandardCharsets.US_ASCII);
		try {
			requests.submit(user.getName(), content);
			redirect.addFlashAttribute("success", "pki.request.submitted");
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/workbench/certificates";
	}

	@PostMapping("/workbench/certificates/requests/generated")
	@PreAuthorize("hasRole('STAFF')")
	String requestGenerated(Principal user, RedirectAttributes redirect) {
		try {
			requests.submitForGeneratedKey(user.getName());
			redirect.addFlashAttribute("success", "pki.request.submitted");
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/workbench/certificates";
	}

	/**
	 * The key and certificate, once, as a PKCS#12 file protected by the password given.
	 */
	@PostMapping("/workbench/certificates/requests/{id}/collect")
	@PreAuthorize("hasRole('STAFF')")
	Object collect(@PathVariable java.util.UUID id, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordAgain, Principal user, RedirectAttributes redirect) {
		return KeyCollection.collect(requests, id, user.getName(), password, passwordAgain, user.getName() + ".p12",
				"/workbench/certificates", redirect);
	}

	@GetMapping("/workbench/certificates/{serial}/certificate.pem")
	@PreAuthorize("hasRole('STAFF')")
	ResponseEntity<String> download(@PathVariable String serial, Authentication user) {
		reachable(serial, user);
		return ResponseEntity.ok()
			.contentType(PublicationController.PEM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(serial + ".pem").build().toString())
			.body(requests.pem(serial).orElseThrow());
	}

	@PostMapping("/workbench/certificates/{serial}/renew")
	@PreAuthorize("hasRole('STAFF')")
	String renew(@PathVariable String serial, @RequestParam(defaultValue = "") String csr, Principal user,
			RedirectAttributes redirect) {
		try {
			requests.renew(user.getName(), serial, csr.getBytes(StandardCharsets.US_ASCII));
			redirect.addFlashAttribute("success", "pki.renew.submitted");
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/workbench/certificates";
	}

	@PostMapping("/workbench/certificates/{serial}/revoke")
	@PreAuthorize("hasRole('STAFF')")
	String revoke(@PathVariable String serial, @RequestParam(defaultValue = "0") int reason, Authentication user,
			RedirectAttributes redirect) {
		boolean own = user.getName().equalsIgnoreCase(reachable(serial, user).holder());
		try {
			requests.revoke(serial, reason, user.getName());
			redirect.addFlashAttribute("success", "pki.revoked");
			redirect.addFlashAttribute("successArguments", new Object[] { serial });
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
		}
		if (own) {
			return "redirect:/workbench/certificates";
		}
		return isOperator(user) ? "redirect:/admin/ra" : "redirect:/admin/unit-certificates";
	}

	/**
	 * The holder's own certificate, any for an RA operator, those of the units a unit
	 * administrator manages; otherwise 404.
	 */
	private CertificateView reachable(String serial, Authentication user) {
		return requests.certificate(serial)
			.filter((certificate) -> user.getName().equalsIgnoreCase(certificate.holder()) || isOperator(user)
					|| (certificate.unitId() != null
							&& user.getAuthorities()
								.stream()
								.anyMatch((a) -> CertificateRequests.UNIT_PERMISSION.equals(a.getAuthority()))
							&& scopes.current(CertificateRequests.UNIT_PERMISSION).reachesUnit(certificate.unitId())))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	static boolean isOperator(Authentication user) {
		return user.getAuthorities().stream().anyMatch((a) -> "certificate.approve".equals(a.getAuthority()));
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "menu.certificates", "/workbench/certificates",
				"ROLE_STAFF", 40));
	}

}
