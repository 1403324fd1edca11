package org.zhengtong.pki.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.CertificateProfile;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.RequestView;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.Refusal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 单位证书 for unit administrators ({@code certificate.unit}): request the unit's signing
 * (RSA/ECDSA or SM2), encryption and server certificates, collect a key the platform
 * made, and see and revoke the certificates issued in the name of the units they manage
 * (their staff's too). A unit outside their scope does not exist here (404).
 */
@Controller
class UnitCertificatesController implements WorkbenchMenuContributor {

	static final String VIEW = "pki/unit-certificates";

	static final String MANAGE = "hasAuthority('certificate.unit')";

	static final List<CertificateProfile> PROFILES = Arrays.stream(CertificateProfile.values())
		.filter(CertificateProfile::forUnit)
		.toList();

	private final CertificateRequests requests;

	private final AccessScopes scopes;

	private final UnitManagement units;

	private final Clock clock;

	UnitCertificatesController(CertificateRequests requests, AccessScopes scopes, UnitManagement units, Clock clock) {
		this.requests = requests;
		this.scopes = scopes;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/admin/unit-certificates")
	@PreAuthorize(MANAGE)
	String list(Model model) {
		AccessScope scope = scopes.current(CertificateRequests.UNIT_PERMISSION);
		model.addAttribute("units",
				units.tree(LocalDate.now(clock))
					.stream()
					.filter((u) -> u.active() && scope.reachesUnit(u.id()))
					.toList());
		model.addAttribute("profiles", PROFILES);
		model.addAttribute("requests", requests.unitRequests(scope, 100));
		model.addAttribute("certificates", requests.unitCertificates(scope, 200));
		model.addAttribute("reasons", CertificateRequests.REASONS);
		return VIEW;
	}

	@PostMapping("/admin/unit-certificates/requests")
	@PreAuthorize(MANAGE)
	String request(@RequestParam(required = false) @Nullable UUID unit,
			@RequestParam(required = false) @Nullable String profile, @RequestParam(defaultValue = "csr") String key,
			@RequestParam(defaultValue = "") String csr, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String dnsNames, Principal user, RedirectAttributes redirect)
			throws IOException {
		byte[] content = null;
		if (key.equals("csr")) {
			content = file != null && !file.isEmpty() ? file.getBytes() : csr.getBytes(StandardCharsets.US_ASCII);
		}
		CertificateProfile chosen = PROFILES.stream()
			.filter((p) -> p.name().equals(profile))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (unit == null) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		try {
			requests.submitForUnit(user.getName(), unit, chosen, content, List.of(dnsNames.split("[\\s,，;；]+")));
			redirect.addFlashAttribute("success", "pki.request.unitSubmitted");
		}
		catch (AccessDeniedException outside) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/admin/unit-certificates";
	}

	/**
	 * The unit's key and certificate, once, as a PKCS#12 file, to whoever requested it.
	 */
	@PostMapping("/admin/unit-certificates/requests/{id}/collect")
	@PreAuthorize(MANAGE)
	Object collect(@PathVariable UUID id, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordAgain, Principal user, RedirectAttributes redirect) {
		RequestView request = requests.unitRequest(id, scopes.current(CertificateRequests.UNIT_PERMISSION))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return KeyCollection.collect(requests, id, user.getName(), password, passwordAgain,
				request.profile().toLowerCase() + "-" + request.id().toString().substring(0, 8) + ".p12",
				"/admin/unit-certificates", redirect);
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.admin", "menu.unitCertificates", "/admin/unit-certificates",
				CertificateRequests.UNIT_PERMISSION, 31));
	}

}
