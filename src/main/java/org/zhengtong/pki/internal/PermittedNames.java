package org.zhengtong.pki.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.DERIA5String;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.PlatformProperties;

/**
 * The names this platform's CAs may certify (RFC 5280 name constraints): DNS names under
 * {@code zhengtong.pki.permitted-dns-domains} and IP addresses in
 * {@code zhengtong.pki.permitted-ip-addresses}. Unset, the domains are the host of
 * {@code zhengtong.public-base-url} without a leading {@code www.} label (so
 * {@code https://www.qinchuan.gov.cn} permits {@code qinchuan.gov.cn} and every name
 * under it) and {@code localhost}; the addresses are {@code 127.0.0.1} and {@code ::1}
 * (and the base URL's host when it is an address). The issuing CA carries them as
 * permitted subtrees, so a certificate for any other name fails every relying party's
 * check.
 */
@Component
class PermittedNames {

	private final List<String> domains;

	private final List<String> addresses;

	@org.springframework.beans.factory.annotation.Autowired
	PermittedNames(PlatformProperties platform, Environment environment) {
		this(platform, configured(environment, "zhengtong.pki.permitted-dns-domains"),
				configured(environment, "zhengtong.pki.permitted-ip-addresses"));
	}

	/** A YAML list or a comma-separated text. */
	private static List<String> configured(Environment environment, String property) {
		return Binder.get(environment).bind(property, Bindable.listOf(String.class)).orElse(List.of());
	}

	PermittedNames(PlatformProperties platform, List<String> configuredDomains, List<String> configuredAddresses) {
		String host = platform.publicBaseUrl().getHost().toLowerCase(Locale.ROOT);
		boolean hostIsAddress = isAddress(host);
		List<String> domains = clean(configuredDomains);
		if (domains.isEmpty()) {
			domains = new ArrayList<>();
			if (!hostIsAddress) {
				domains.add(host.startsWith("www.") ? host.substring(4) : host);
			}
			domains.add("localhost");
		}
		List<String> addresses = clean(configuredAddresses);
		if (addresses.isEmpty()) {
			addresses = new ArrayList<>(List.of("127.0.0.1", "::1"));
			if (hostIsAddress) {
				addresses.add(host.replaceAll("^\\[|\\]$", ""));
			}
		}
		for (String domain : domains) {
			if (domain.startsWith(".") || domain.contains("*") || domain.contains("/") || domain.isBlank()) {
				throw new IllegalArgumentException(
						"zhengtong.pki.permitted-dns-domains takes domains such as qinchuan.gov.cn, not " + domain);
			}
		}
		this.domains = List.copyOf(new LinkedHashSet<>(domains));
		this.addresses = addresses.stream().map(PermittedNames::normalized).distinct().toList();
	}

	private static List<String> clean(@Nullable List<String> configured) {
		return configured == null ? List.of()
				: configured.stream()
					.map((entry) -> entry.strip().toLowerCase(Locale.ROOT))
					.filter((entry) -> !entry.isEmpty())
					.toList();
	}

	List<String> domains() {
		return domains;
	}

	/** Whether a DNS name is one of the domains or lies under one (label by label). */
	boolean permits(String dnsName) {
		String name = dnsName.toLowerCase(Locale.ROOT);
		return domains.stream().anyMatch((domain) -> name.equals(domain) || name.endsWith("." + domain));
	}

	boolean permitsAddress(String address) {
		return isAddress(address) && addresses.contains(normalized(address));
	}

	/** The name constraints extension value for an issuing CA. */
	NameConstraints constraints() {
		List<GeneralSubtree> permitted = new ArrayList<>();
		for (String domain : domains) {
			permitted.add(new GeneralSubtree(new GeneralName(GeneralName.dNSName, new DERIA5String(domain))));
		}
		for (String address : addresses) {
			byte[] bytes = bytes(address);
			byte[] withMask = new byte[bytes.length * 2];
			System.arraycopy(bytes, 0, withMask, 0, bytes.length);
			java.util.Arrays.fill(withMask, bytes.length, withMask.length, (byte) 0xff);
			permitted.add(new GeneralSubtree(new GeneralName(GeneralName.iPAddress, new DEROctetString(withMask))));
		}
		return new NameConstraints(permitted.toArray(GeneralSubtree[]::new), null);
	}

	/** What {@link #constraints()} permits, comparable with {@link #of}. */
	Set<String> described() {
		return describe(constraints());
	}

	/**
	 * The permitted subtrees a CA certificate carries, or an empty set when it has no
	 * name constraints (a CA made before they existed).
	 */
	static Set<String> of(X509Certificate authority) {
		byte[] value = authority.getExtensionValue(Extension.nameConstraints.getId());
		if (value == null) {
			return Set.of();
		}
		return describe(NameConstraints.getInstance(ASN1OctetString.getInstance(value).getOctets()));
	}

	private static Set<String> describe(NameConstraints constraints) {
		Set<String> described = new TreeSet<>();
		if (constraints.getPermittedSubtrees() != null) {
			for (GeneralSubtree subtree : constraints.getPermittedSubtrees()) {
				GeneralName base = subtree.getBase();
				described.add(base.getTagNo() == GeneralName.iPAddress
						? "ip:" + HexFormat.of().formatHex(ASN1OctetString.getInstance(base.getName()).getOctets())
						: "dns:" + base.getName().toString().toLowerCase(Locale.ROOT));
			}
		}
		if (constraints.getExcludedSubtrees() != null) {
			described.add("excluded:" + constraints.getExcludedSubtrees().length);
		}
		return described;
	}

	static boolean isAddress(String text) {
		return text.matches("[0-9.]+") && text.chars().filter((c) -> c == '.').count() == 3
				|| text.replaceAll("^\\[|\\]$", "").matches("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");
	}

	private static String normalized(String address) {
		try {
			return InetAddress.getByAddress(bytes(address)).getHostAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static byte[] bytes(String address) {
		String bare = address.replaceAll("^\\[|\\]$", "");
		if (!isAddress(bare)) {
			throw new IllegalArgumentException("zhengtong.pki.permitted-ip-addresses takes addresses, not " + address);
		}
		try {
			// A literal address: no name lookup happens.
			return InetAddress.getByName(bare).getAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("Not an IP address: " + address, ex);
		}
	}

}
