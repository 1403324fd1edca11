package org.zhengtong.pki.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.platform.PlatformCommand;

/**
 * {@code java -jar zhengtong.jar ca-rollover standard|sm2 [reason…]}: CA rollover on the
 * operator's word (a suspected weakness, a change of key size), beside a running platform
 * or not. A new issuing CA signed by the root, with the configured name constraints,
 * issues from then on (every instance reads the current CA from the database); the old
 * one is retired but keeps publishing its CRL and OCSP answers. Audited. Prints the new
 * CA's generation and fingerprint.
 */
@Component
class CaRolloverCommand implements PlatformCommand {

	private final CertificateAuthorityService authority;

	CaRolloverCommand(CertificateAuthorityService authority) {
		this.authority = authority;
	}

	@Override
	public String name() {
		return "ca-rollover";
	}

	@Override
	public int run(List<String> arguments) {
		if (arguments.isEmpty() || !List.of("standard", "sm2").contains(arguments.get(0).toLowerCase(Locale.ROOT))) {
			System.out.println("Usage: java -jar zhengtong.jar ca-rollover standard|sm2 [reason]");
			return 2;
		}
		Hierarchy hierarchy = Hierarchy.valueOf(arguments.get(0).toUpperCase(Locale.ROOT));
		if (authority.find(hierarchy, "ROOT").isEmpty()) {
			System.out.println("No " + hierarchy + " CA yet: start the platform once first.");
			return 2;
		}
		String reason = arguments.size() > 1 ? String.join(" ", arguments.subList(1, arguments.size()))
				: "运维人员执行 ca-rollover";
		CertificateAuthorityService.Authority issuing = authority.rollOver(hierarchy, "运维命令：" + reason);
		System.out.printf(
				"%s issuing CA generation %d is now current (SHA-256 %s); the previous one keeps "
						+ "publishing its CRL and OCSP answers.%n",
				hierarchy, issuing.generation(), CertificateAuthorityService.fingerprint(issuing.certificate()));
		return 0;
	}

}
