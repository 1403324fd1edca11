package org.zhengtong.testing;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Keys, certificate requests and the real {@code openssl}, as a client of the CA would
 * use them.
 */
public final class Pkcs {

	static final Path OPENSSL = Path.of("/usr/bin/openssl");

	private Pkcs() {
	}

	/** Skips the test when openssl is not installed. */
	public static void assumeOpenssl() {
		assumeTrue(Files.isExecutable(OPENSSL), "openssl is not installed");
	}

	/** Runs openssl, expects it to succeed, and returns what it printed. */
	public static String openssl(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(OPENSSL.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

	public static KeyPair p256() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	/** A PKCS#10 request in PEM, signed by the key (SHA-256 with RSA or ECDSA). */
	public static String csr(KeyPair keys, String subject) throws Exception {
		var request = new JcaPKCS10CertificationRequestBuilder(new X500Principal(subject), keys.getPublic())
			.build(new JcaContentSignerBuilder(
					keys.getPublic().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA")
				.build(keys.getPrivate()));
		return pem(request);
	}

	/** Anything Bouncy Castle writes as PEM (certificates, requests). */
	public static String pem(Object object) throws Exception {
		StringWriter text = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
			writer.writeObject(object);
		}
		return text.toString();
	}

}
