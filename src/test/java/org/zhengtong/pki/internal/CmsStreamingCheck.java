package org.zhengtong.pki.internal;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.bouncycastle.asn1.x500.X500Name;
import org.zhengtong.pki.Cms.Credential;

/**
 * Run in its own JVM (for example with {@code -Xmx128m}): writes a file of the given
 * size, signs and encrypts it to an envelope file, then decrypts and verifies that back,
 * and prints the figures on one line. Exits non-zero when the content did not come back.
 * <p>
 * {@code CmsStreamingCheck <directory> <bytes> [keep]}
 */
public final class CmsStreamingCheck {

	private CmsStreamingCheck() {
	}

	public static void main(String[] arguments) throws Exception {
		Path directory = Path.of(arguments[0]);
		long size = Long.parseLong(arguments[1]);
		Path content = directory.resolve("content.bin");
		Path envelope = directory.resolve("content.p7m");
		byte[] original = write(content, size);
		Credential signer = credential("EC", "signer");
		Credential recipient = credential("EC", "recipient");

		long start = System.nanoTime();
		try (InputStream in = Files.newInputStream(content);
				OutputStream out = new BufferedOutputStream(Files.newOutputStream(envelope), CmsStreams.BLOCK)) {
			CmsStreams.signAndEncrypt(signer, in, out, List.of(recipient.certificate()));
		}
		long sealed = System.nanoTime();
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		CmsStreams.Signed signed;
		try (InputStream in = Files.newInputStream(envelope);
				OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
			signed = CmsStreams.decryptAndVerify(in, out, recipient);
		}
		long opened = System.nanoTime();
		boolean same = Arrays.equals(original, digest.digest());
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		double megabytes = size / 1_048_576.0;
		System.out.printf(
				"bytes=%d envelope=%d intact=%s same=%s signEncryptMBps=%.1f decryptVerifyMBps=%.1f peakHeapMB=%.1f maxHeapMB=%.1f%n",
				size, Files.size(envelope), signed.intact(), same, megabytes / ((sealed - start) / 1e9),
				megabytes / ((opened - sealed) / 1e9), peak / 1_048_576.0,
				Runtime.getRuntime().maxMemory() / 1_048_576.0);
		if (arguments.length < 3) {
			Files.delete(content);
			Files.delete(envelope);
		}
		System.exit(signed.intact() && same ? 0 : 1);
	}

	/** A file of pseudo-random blocks; returns its SHA-256. */
	static byte[] write(Path file, long size) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		byte[] block = new byte[1 << 20];
		Random random = new Random(42);
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
			for (long written = 0; written < size; written += block.length) {
				random.nextBytes(block);
				out.write(block, 0, (int) Math.min(block.length, size - written));
			}
		}
		return digest.digest();
	}

	static Credential credential(String algorithm, String name) {
		KeyPair keys = CertificateBuilder.keyPair(algorithm, false);
		X500Name subject = new X500Name("CN=" + name);
		X509Certificate certificate = CertificateBuilder.authority(subject, keys, algorithm, subject, null,
				keys.getPrivate(), algorithm, 0, Instant.now(), Duration.ofDays(1));
		return new Credential(keys.getPrivate(), List.of(certificate));
	}

}
