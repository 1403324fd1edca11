package org.zhengtong.pki.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Size does not matter: a 1 GB file is signed and encrypted, then decrypted and verified,
 * in a JVM whose whole heap is 128 MB (eight times smaller than the file).
 */
class CmsStreamingTests {

	static final long GIGABYTE = 1L << 30;

	@TempDir
	Path directory;

	@Test
	void aGigabyteGoesThroughA128MegabyteHeap() throws Exception {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Process process = new ProcessBuilder(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-cp",
						classpath, CmsStreamingCheck.class.getName(), directory.toString(), Long.toString(GIGABYTE)))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(output).contains("bytes=" + GIGABYTE, "intact=true", "same=true");
		assertThat(process.exitValue()).as(output).isZero();
		var heap = java.util.regex.Pattern.compile("maxHeapMB=([0-9.]+)").matcher(output);
		assertThat(heap.find()).as(output).isTrue();
		assertThat(Double.parseDouble(heap.group(1))).as("the JVM's whole heap, MB").isLessThanOrEqualTo(128.0);
	}

}
