package org.zhengtong.pki.internal;

import java.security.KeyPair;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.zhengtong.platform.StartupRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * CA keys at rest: encrypted, opened with the right password, refused with the wrong one.
 */
class CaKeysUnitTests {

	@Test
	void a_sealed_key_opens_with_its_password_and_stops_the_start_with_another() {
		byte[] password = new byte[32];
		Arrays.fill(password, (byte) 7);
		byte[] other = new byte[32];
		KeyPair keys = CertificateBuilder.keyPair("EC", true);

		byte[] sealed = new CaKeys((name, property, length) -> password).seal(keys.getPrivate());

		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(new String(keys.getPrivate().getEncoded(), java.nio.charset.StandardCharsets.ISO_8859_1));
		assertThat(
				((java.security.interfaces.ECPrivateKey) new CaKeys((name, property, length) -> password).open(sealed))
					.getS())
			.as("the same key")
			.isEqualTo(((java.security.interfaces.ECPrivateKey) keys.getPrivate()).getS());
		assertThatExceptionOfType(StartupRefused.class)
			.isThrownBy(() -> new CaKeys((name, property, length) -> other).open(sealed))
			.satisfies((refused) -> assertThat(refused.action()).contains("Restore the key password"));
	}

}
