package org.zhengtong.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.zhengtong.platform.Secrets;

/**
 * 居民身份证号 at rest: AES-256-GCM for the number itself (a fresh nonce each time) and an
 * HMAC-SHA256 blind index to find and deduplicate it without decrypting. Both keys derive
 * from one secret outside the database ({@code identity-key}), so a copy of the database
 * alone reveals no number.
 */
@Component
class IdNumberCipher {

	private static final int NONCE = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryption;

	private final SecretKeySpec index;

	private final SecureRandom random = new SecureRandom();

	IdNumberCipher(Secrets secrets) {
		byte[] master = secrets.get("identity-key", "zhengtong.identity.key", 32);
		this.encryption = new SecretKeySpec(derive(master, "id-number encryption"), "AES");
		this.index = new SecretKeySpec(derive(master, "id-number index"), "HmacSHA256");
	}

	byte[] encrypt(String number) {
		try {
			byte[] nonce = new byte[NONCE];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(number.getBytes(StandardCharsets.US_ASCII));
			return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt an ID number", ex);
		}
	}

	String decrypt(byte[] stored) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE));
			return new String(cipher.doFinal(stored, NONCE, stored.length - NONCE), StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt an ID number (wrong identity-key?)", ex);
		}
	}

	/**
	 * The same number always gives the same index; without the key nobody can compute it.
	 */
	byte[] index(String number) {
		return hmac(index, number.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] derive(byte[] master, String purpose) {
		return hmac(new SecretKeySpec(master, "HmacSHA256"), purpose.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] hmac(SecretKeySpec key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
