package org.zhengtong.permit.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.permit.internal.LicenceLookupThrottle;
import org.zhengtong.permit.internal.LicenceVerification;
import org.zhengtong.permit.internal.LicenceVerification.FileMatch;
import org.zhengtong.permit.internal.LicenceVerification.PublicLicence;
import org.zhengtong.platform.PublicFormContributor;
import org.zhengtong.platform.WebAreas;

/**
 * 证照核验, for anyone and without an account: a licence by its number (the QR code on it
 * links here), and an upload box that says whether a file is the one issued. Never cached
 * (a revocation shows at once); throttled per address.
 */
@Controller
class LicenceVerifyController implements PublicFormContributor {

	static final String VIEW = "permit/licence-verify";

	static final String PATH = "/services/licences/verify";

	private final LicenceVerification verification;

	private final LicenceLookupThrottle throttle;

	LicenceVerifyController(LicenceVerification verification, LicenceLookupThrottle throttle) {
		this.verification = verification;
		this.throttle = throttle;
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of(PATH, "/en" + PATH);
	}

	@GetMapping({ PATH, "/en" + PATH })
	String verify(@RequestParam(required = false) @Nullable String number, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		prepare(request, response, model, number);
		if (number != null && !number.isBlank()) {
			if (!throttle.allow(request.getRemoteAddr())) {
				return throttled(response, model);
			}
			lookUp(number, request, model);
		}
		return VIEW;
	}

	@PostMapping({ PATH, "/en" + PATH })
	String check(@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable MultipartFile file, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		prepare(request, response, model, number);
		if (number == null || number.isBlank()) {
			return VIEW;
		}
		if (!throttle.allow(request.getRemoteAddr())) {
			return throttled(response, model);
		}
		Optional<PublicLicence> licence = lookUp(number, request, model);
		if (licence.isEmpty()) {
			return VIEW;
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileProblem", "permit.verify.file.missing");
			return VIEW;
		}
		try (InputStream content = file.getInputStream()) {
			model.addAttribute("fileMatch", verification.matches(number, content));
		}
		return VIEW;
	}

	private Optional<PublicLicence> lookUp(String number, HttpServletRequest request, Model model) {
		Optional<PublicLicence> licence = verification.byNumber(number);
		if (licence.isPresent() && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			// The upload form's token is made (and its session started) before the page
			// is
			// written.
			token.getToken();
		}
		licence.ifPresentOrElse((found) -> model.addAttribute("licence", found),
				() -> model.addAttribute("notFound", true));
		return licence;
	}

	private static void prepare(HttpServletRequest request, HttpServletResponse response, Model model,
			@Nullable String number) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("english", WebAreas.pathOf(request).startsWith("/en/"));
		model.addAttribute("number", number == null ? "" : number.strip());
		model.addAttribute("issued", FileMatch.ISSUED);
	}

	private static String throttled(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		model.addAttribute("throttled", true);
		return VIEW;
	}

}
