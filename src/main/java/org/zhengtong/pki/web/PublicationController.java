package org.zhengtong.pki.web;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.pki.CertificateAuthority;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.pki.Pem;
import org.zhengtong.platform.MachineEndpointContributor;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * What the certificate authority publishes for anyone: the root and chain (PEM), the CRL
 * (DER), at {@code /pki/…} for RSA/ECDSA and {@code /pki/sm2/…} for SM2, and a page to
 * look up a certificate's status by serial number.
 */
@Controller
class PublicationController implements MachineEndpointContributor {

	@Override
	public List<String> machineEndpoints() {
		return List.of("/pki/ocsp", "/pki/sm2/ocsp", "/pki/ocsp/**", "/pki/sm2/ocsp/**");
	}

	static final String STATUS = "pki/status";

	static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

	static final MediaType CRL = MediaType.parseMediaType("application/pkix-crl");

	static final MediaType OCSP = MediaType.parseMediaType("application/ocsp-response");

	static final MediaType CERTIFICATE = MediaType.parseMediaType("application/pkix-cert");

	/** OCSP requests are a few hundred bytes; nothing larger is read. */
	static final int LARGEST_OCSP_REQUEST = 64 * 1024;

	/** Who sees a certificate's holder on the status page (RA operators). */
	static final String SEES_HOLDERS = "certificate.approve";

	private final CertificateAuthority authority;

	PublicationController(CertificateAuthority authority) {
		this.authority = authority;
	}

	@GetMapping({ "/pki/ca.crt", "/pki/{hierarchy}/ca.crt" })
	ResponseEntity<String> root(@PathVariable(required = false) String hierarchy) {
		return ResponseEntity.ok().contentType(PEM).body(Pem.of(List.of(authority.root(of(hierarchy)))));
	}

	@GetMapping({ "/pki/chain.pem", "/pki/{hierarchy}/chain.pem" })
	ResponseEntity<String> chain(@PathVariable(required = false) String hierarchy) {
		return ResponseEntity.ok().contentType(PEM).body(Pem.of(authority.chain(of(hierarchy))));
	}

	/**
	 * The first issuing CA's CRL (the address certificates issued before rollover carry).
	 */
	@GetMapping({ "/pki/crl", "/pki/{hierarchy}/crl" })
	ResponseEntity<byte[]> crl(@PathVariable(required = false) String hierarchy) {
		return ResponseEntity.ok().contentType(CRL).body(authority.crl(of(hierarchy)));
	}

	/** The root's CRL: the CRL distribution point of every issuing CA certificate. */
	@GetMapping({ "/pki/root.crl", "/pki/{hierarchy}/root.crl" })
	ResponseEntity<byte[]> rootCrl(@PathVariable(required = false) String hierarchy) {
		return ResponseEntity.ok().contentType(CRL).body(authority.rootCrl(of(hierarchy)));
	}

	/** The root certificate in DER: the caIssuers address of every issuing CA. */
	@GetMapping({ "/pki/root.cer", "/pki/{hierarchy}/root.cer" })
	ResponseEntity<byte[]> rootCertificate(@PathVariable(required = false) String hierarchy) {
		return der(authority.root(of(hierarchy)));
	}

	/**
	 * An issuing CA's CRL by generation: the CRL distribution point of what it issued.
	 */
	@GetMapping({ "/pki/issuing/{generation}.crl", "/pki/{hierarchy}/issuing/{generation}.crl" })
	ResponseEntity<byte[]> issuingCrl(@PathVariable(required = false) String hierarchy,
			@PathVariable String generation) {
		return ResponseEntity.ok()
			.contentType(CRL)
			.body(authority.crl(of(hierarchy), generation(generation))
				.orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
	}

	/**
	 * An issuing CA's certificate (DER) by generation: the caIssuers of what it issued.
	 */
	@GetMapping({ "/pki/issuing/{generation}.cer", "/pki/{hierarchy}/issuing/{generation}.cer" })
	ResponseEntity<byte[]> issuingCertificate(@PathVariable(required = false) String hierarchy,
			@PathVariable String generation) {
		return der(authority.issuing(of(hierarchy), generation(generation))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
	}

	/**
	 * RFC 6960 over HTTP POST (application/ocsp-request). At most 64 KiB are read: a
	 * longer body (announced or not) is refused with 413 without being read further; an
	 * empty one is 400.
	 */
	@PostMapping(path = { "/pki/ocsp", "/pki/{hierarchy}/ocsp" })
	ResponseEntity<byte[]> ocsp(@PathVariable(required = false) String hierarchy, HttpServletRequest http)
			throws IOException {
		if (http.getContentLengthLong() > LARGEST_OCSP_REQUEST) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
		}
		byte[] request = http.getInputStream().readNBytes(LARGEST_OCSP_REQUEST + 1);
		if (request.length > LARGEST_OCSP_REQUEST) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
		}
		if (request.length == 0) {
			// No request at all (as before, when the body was required).
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return ResponseEntity.ok().contentType(OCSP).body(authority.ocsp(of(hierarchy), request));
	}

	/**
	 * Anyone learns whether a certificate is valid; who holds it only RA operators.
	 */
	@GetMapping("/pki/status")
	String status(@RequestParam(defaultValue = "") String serial, Model model, @Nullable Authentication user) {
		String asked = serial.length() > 100 ? serial.substring(0, 100) : serial.strip();
		model.addAttribute("serial", asked);
		if (!asked.isEmpty()) {
			model.addAttribute("result", authority.status(asked).orElse(null));
			model.addAttribute("looked", true);
			model.addAttribute("showHolder",
					user != null && user.getAuthorities()
						.stream()
						.anyMatch((granted) -> SEES_HOLDERS.equals(granted.getAuthority())));
		}
		return STATUS;
	}

	private static ResponseEntity<byte[]> der(X509Certificate certificate) {
		try {
			return ResponseEntity.ok().contentType(CERTIFICATE).body(certificate.getEncoded());
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int generation(String text) {
		if (!text.matches("[1-9][0-9]{0,5}")) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return Integer.parseInt(text);
	}

	/**
	 * {@code null} for the standard hierarchy, {@code sm2} for SM2; anything else is 404.
	 */
	static Hierarchy of(@Nullable String hierarchy) {
		if (hierarchy == null) {
			return Hierarchy.STANDARD;
		}
		if (hierarchy.equals("sm2")) {
			return Hierarchy.SM2;
		}
		throw new ResponseStatusException(NOT_FOUND);
	}

}
