package org.zhengtong.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FileSecretsUnitTests {

	@TempDir
	Path data;

	@Test
	void a_missing_secret_is_generated_once_readable_by_its_owner_only_and_reused() throws Exception {
		Path directory = data.resolve("secrets");
		FileSecrets secrets = new FileSecrets(directory, new MockEnvironment());

		byte[] first = secrets.get("audit-key", "zhengtong.audit.key", 32);
		byte[] again = new FileSecrets(directory, new MockEnvironment()).get("audit-key", "zhengtong.audit.key", 32);

		assertThat(first).hasSize(32).isEqualTo(again);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("audit-key"))))
			.isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
	}

	@Test
	void a_configured_secret_wins_and_nothing_is_written() {
		byte[] key = "configured by the operator......".getBytes();
		MockEnvironment environment = new MockEnvironment().withProperty("zhengtong.audit.key",
				Base64.getEncoder().encodeToString(key));

		assertThat(new FileSecrets(data.resolve("secrets"), environment).get("audit-key", "zhengtong.audit.key", 32))
			.isEqualTo(key);
		assertThat(data.resolve("secrets")).doesNotExist();
	}

	@Test
	void production_never_generates_a_secret() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");

		assertThatExceptionOfType(SecretMissing.class).isThrownBy(
				() -> new FileSecrets(data.resolve("secrets"), production).get("audit-key", "zhengtong.audit.key", 32))
			.satisfies((missing) -> assertThat(missing.action()).contains("zhengtong.audit.key"));
	}

	@Test
	void production_on_the_embedded_database_keeps_its_generated_secrets_in_the_data_directory() throws Exception {
		MockEnvironment smallOffice = new MockEnvironment().withProperty("zhengtong.embedded-database.in-production",
				"true");
		smallOffice.setActiveProfiles("prod");

		byte[] key = new FileSecrets(data.resolve("secrets"), smallOffice).get("audit-key", "zhengtong.audit.key", 32);
		assertThat(key).hasSize(32);
		assertThat(data.resolve("secrets/audit-key")).exists();
	}

}
