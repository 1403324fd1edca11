package org.zhengtong.platform;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform itself.
 *
 * @param publicBaseUrl the address citizens reach the site at; every absolute link
 * (e-mails, certificates, RSS, sitemap) is built from it
 * @param trustedProxies addresses or CIDR ranges of reverse proxies whose
 * {@code X-Forwarded-*} headers are believed; headers from anyone else are discarded
 * @param metricsAllowedAddresses addresses or CIDR ranges that may read
 * {@code /actuator/prometheus} besides the loopback interface
 * @param timeZone the zone in which times are shown and dates and deadlines are counted
 * @param clientCertificateHeader the header in which a trusted proxy passes the client
 * certificate it verified
 */
@ConfigurationProperties("zhengtong")
public record PlatformProperties(@DefaultValue("http://localhost:8080") URI publicBaseUrl,
		@Nullable List<String> trustedProxies, @Nullable List<String> metricsAllowedAddresses,
		@DefaultValue("Asia/Shanghai") ZoneId timeZone,
		@DefaultValue("X-SSL-Client-Cert") String clientCertificateHeader) {

	public PlatformProperties {
		trustedProxies = addresses(trustedProxies);
		metricsAllowedAddresses = addresses(metricsAllowedAddresses);
	}

	private static List<String> addresses(@Nullable List<String> configured) {
		return configured == null ? List.of()
				: configured.stream().map(String::trim).filter((address) -> !address.isEmpty()).toList();
	}

	/** An absolute URL for a path of this site, such as {@code /pki/crl}. */
	public URI absolute(String path) {
		String base = publicBaseUrl.toString().replaceAll("/+$", "");
		return URI.create(base + (path.startsWith("/") ? path : "/" + path));
	}

}
