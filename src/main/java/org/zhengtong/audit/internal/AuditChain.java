package org.zhengtong.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.zhengtong.audit.AuditEntry;

/**
 * The hash of an entry: HMAC-SHA256, under the audit key, of the previous entry's hash
 * and every field of the entry, each written with its length so no two different entries
 * read alike. Without the key, nobody can make a changed entry's hash match again.
 */
final class AuditChain {

	/** The previous hash of the very first entry. */
	static final String GENESIS = "0".repeat(64);

	private final SecretKeySpec key;

	AuditChain(byte[] key) {
		this.key = new SecretKeySpec(key, "HmacSHA256");
	}

	String hash(String previousHash, AuditEntry entry) {
		StringBuilder content = new StringBuilder();
		field(content, previousHash);
		field(content, Long.toString(entry.id()));
		field(content, entry.occurredAt().toString());
		field(content, entry.actor());
		field(content, entry.post());
		field(content, entry.unitId());
		field(content, entry.address());
		field(content, entry.action());
		field(content, entry.objectType());
		field(content, entry.objectId());
		field(content, entry.outcome().name());
		field(content, entry.summary());
		field(content, entry.before());
		field(content, entry.after());
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(content.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static void field(StringBuilder content, @Nullable String value) {
		if (value == null) {
			content.append("-;");
		}
		else {
			content.append(value.length()).append(':').append(value).append(';');
		}
	}

}
