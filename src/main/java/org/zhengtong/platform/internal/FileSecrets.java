package org.zhengtong.platform.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.zhengtong.platform.Secrets;

@Component
class FileSecrets implements Secrets {

	private static final Logger log = LoggerFactory.getLogger(FileSecrets.class);

	private final Path directory;

	private final Environment environment;

	private final SecureRandom random = new SecureRandom();

	FileSecrets(@Value("${zhengtong.secrets.directory:./data/secrets}") Path directory, Environment environment) {
		this.directory = directory.toAbsolutePath().normalize();
		this.environment = environment;
	}

	@Override
	public synchronized byte[] get(String name, String property, int length) {
		String configured = environment.getProperty(property);
		if (StringUtils.hasText(configured)) {
			try {
				return Base64.getDecoder().decode(configured.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new SecretMissing(name, property, property + " is not Base64");
			}
		}
		Path file = directory.resolve(name);
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			if (Arrays.asList(environment.getActiveProfiles()).contains("prod") && !productionOnEmbeddedDatabase()) {
				// On the embedded database (a small office on one machine) everything
				// lives in ./data, secrets included: they are generated there as outside
				// prod. With a database server, prod takes them from configuration.
				throw new SecretMissing(name, property, "the prod profile never generates secrets");
			}
			return generate(file, length);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new SecretMissing(name, property, "cannot read " + file + ": " + ex.getMessage());
		}
	}

	private byte[] generate(Path file, int length) throws IOException {
		Files.createDirectories(directory);
		OwnerOnly.restrict(directory);
		byte[] secret = new byte[length];
		random.nextBytes(secret);
		Path partial = Files.createTempFile(directory, ".new-", ".part");
		OwnerOnly.restrict(partial);
		Files.writeString(partial, Base64.getEncoder().encodeToString(secret) + "\n");
		try {
			Files.move(partial, file);
		}
		catch (FileAlreadyExistsException ex) {
			// Another instance on this directory was quicker: use its secret.
			Files.delete(partial);
			return Base64.getDecoder().decode(Files.readString(file).strip());
		}
		log.info("Generated the secret {} (keep {} in your backups)", file, directory);
		return secret;
	}

	private boolean productionOnEmbeddedDatabase() {
		return environment.getProperty("zhengtong.embedded-database.in-production", Boolean.class, false)
				&& !org.springframework.util.StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
