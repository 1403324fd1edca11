package org.zhengtong.pki.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
		return List.of("/pki/ocsp", "/pki/sm2/ocsp");
	}

	static final String STATUS = "pki/status";

	static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

	static final MediaType CRL = MediaType.parseMediaType("application/pkix-crl");

	static final MediaType OCSP = MediaType.parseMediaType("application/ocsp-response");

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

	@GetMapping({ "/pki/crl", "/pki/{hierarchy}/crl" })
	ResponseEntity<byte[]> crl(@PathVariable(required = false) String hierarchy) {
		return ResponseEntity.ok().contentType(CRL).body(authority.crl(of(hierarchy)));
	}

	/** RFC 6960 over HTTP POST (application/ocsp-request, at most 64 KB). */
	@PostMapping(path = { "/pki/ocsp", "/pki/{hierarchy}/ocsp" })
	ResponseEntity<byte[]> ocsp(@PathVariable(required = false) String hierarchy, @RequestBody byte[] request) {
		if (request.length > 64 * 1024) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE);
		}
		return ResponseEntity.ok().contentType(OCSP).body(authority.ocsp(of(hierarchy), request));
	}

	@GetMapping("/pki/status")
	String status(@RequestParam(defaultValue = "") String serial, Model model) {
		String asked = serial.length() > 100 ? serial.substring(0, 100) : serial.strip();
		model.addAttribute("serial", asked);
		if (!asked.isEmpty()) {
			model.addAttribute("result", authority.status(asked).orElse(null));
			model.addAttribute("looked", true);
		}
		return STATUS;
	}

	/**
	 * {@code null} for the standard hierarchy, {@code sm2} for SM2; anything else is 404.
	 */
	private static Hierarchy of(String hierarchy) {
		if (hierarchy == null) {
			return Hierarchy.STANDARD;
		}
		if (hierarchy.equals("sm2")) {
			return Hierarchy.SM2;
		}
		throw new ResponseStatusException(NOT_FOUND);
	}

}
