package org.zhengtong.pki.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.shared.Refusal;

/**
 * A platform-made key collected once, with its certificate, as a PKCS#12 file under a
 * password typed twice; any refusal goes back to the page it came from with a message.
 */
final class KeyCollection {

	static final MediaType PKCS12 = MediaType.parseMediaType("application/x-pkcs12");

	private KeyCollection() {
	}

	/**
	 * @param fileName what the browser saves the file as
	 * @param back the page to return to when the passwords differ or the collection is
	 * refused
	 */
	static Object collect(CertificateRequests requests, UUID request, String actor, String password,
			String passwordAgain, String fileName, String back, RedirectAttributes redirect) {
		if (!password.equals(passwordAgain)) {
			redirect.addFlashAttribute("error", "account.refused.passwordsDiffer");
			return "redirect:" + back;
		}
		try {
			byte[] pkcs12 = requests.collect(request, actor, password.toCharArray());
			return ResponseEntity.ok()
				.contentType(PKCS12)
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileName).build().toString())
				.body(pkcs12);
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			return "redirect:" + back;
		}
	}

}
