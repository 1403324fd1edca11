package org.zhengtong.platform;

import java.net.URI;
import java.util.List;

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
 */
@ConfigurationProperties("zhengtong")
public record PlatformProperties(@DefaultValue("http://localhost:8080") URI publicBaseUrl, @DefaultValue( {
	}) List<String> trustedProxies, @DefaultValue({}) List<String> metricsAllowedAddresses){

	/** An absolute URL for a path of this site, such as {@code /pki/crl}. */
	public URI absolute(String path) {
		String base = publicBaseUrl.toString().replaceAll("/+$", "");
		return URI.create(base + (path.startsWith("/") ? path : "/" + path));
	}

}
