package org.zhengtong.audit.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The copy of every audit checkpoint outside the database, so that whoever controls the
 * database cannot cut the newest entries and the checkpoints naming them together:
 * <ul>
 * <li>a file per chain, appended to and synced, in
 * {@code zhengtong.audit.checkpoint-directory} ({@code ./data/audit-checkpoints}; empty:
 * none), named after the chain's first hash — put it on storage the database's
 * administrators cannot write (another host, {@code chattr +a});</li>
 * <li>a line on the logger {@value #LOGGER} at INFO, for the operator to send to syslog
 * or a remote log server (see the operator guide).</li>
 * </ul>
 * Each line holds the signed statement and its CMS signature, both Base64, after a
 * readable prefix.
 */
@Component
class CheckpointJournal {

	static final String LOGGER = "zhengtong.audit.checkpoints";

	private static final Logger log = LoggerFactory.getLogger(CheckpointJournal.class);

	private static final Logger outside = LoggerFactory.getLogger(LOGGER);

	private static final String PREFIX = "checkpoints-";

	private final @Nullable Path directory;

	CheckpointJournal(@Value("${zhengtong.audit.checkpoint-directory:./data/audit-checkpoints}") String directory) {
		this.directory = directory.isBlank() ? null : Path.of(directory).toAbsolutePath().normalize();
	}

	/** One checkpoint as the outside copy holds it. */
	record Copy(String statement, byte[] signature) {
	}

	/**
	 * What the outside copy of a chain holds.
	 *
	 * @param problem why it could not be read, or {@code null}
	 */
	record Read(List<Copy> copies, @Nullable String problem) {
	}

	@Nullable Path directory() {
		return directory;
	}

	/**
	 * Appends a checkpoint. A failure is logged, not thrown: the checkpoint is in the
	 * database already, and verification notes a copy that lags.
	 */
	void append(String chain, String statement, byte[] signature) {
		String signed = Base64.getEncoder().encodeToString(statement.getBytes(StandardCharsets.UTF_8)) + " "
				+ Base64.getEncoder().encodeToString(signature);
		String readable = statement.lines()
			.filter((line) -> line.startsWith("entry=") || line.startsWith("at="))
			.reduce((a, b) -> a + " " + b)
			.orElse("");
		outside.info("zhengtong-audit-checkpoint chain={} {} {}", chain, readable, signed);
		if (directory == null) {
			return;
		}
		try {
			Files.createDirectories(directory);
			try (FileChannel file = FileChannel.open(file(chain), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND)) {
				file.write(ByteBuffer.wrap((readable + " " + signed + "\n").getBytes(StandardCharsets.UTF_8)));
				file.force(true);
			}
		}
		catch (IOException ex) {
			log.error("Could not copy the audit checkpoint to {}: {}", directory, ex.toString());
		}
	}

	/** The checkpoints the outside copy holds for this chain, oldest first. */
	Read read(String chain) {
		if (directory == null) {
			return new Read(List.of(), null);
		}
		Path file = file(chain);
		if (!Files.exists(file)) {
			return new Read(List.of(), null);
		}
		try {
			List<Copy> copies = new ArrayList<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] words = line.strip().split(" ");
				if (words.length < 2) {
					continue;
				}
				try {
					Base64.Decoder base64 = Base64.getDecoder();
					copies.add(new Copy(new String(base64.decode(words[words.length - 2]), StandardCharsets.UTF_8),
							base64.decode(words[words.length - 1])));
				}
				catch (IllegalArgumentException ex) {
					// Not a line this class wrote: its signature cannot hold either.
				}
			}
			return new Read(copies, null);
		}
		catch (IOException ex) {
			return new Read(List.of(), "the outside copy " + file + " cannot be read: " + ex.getMessage());
		}
	}

	/** The chains the directory holds copies of, by name. */
	List<String> chains() {
		if (directory == null || !Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.startsWith(PREFIX) && name.endsWith(".log"))
				.map((name) -> name.substring(PREFIX.length(), name.length() - ".log".length()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	Optional<Path> fileOf(String chain) {
		return directory == null ? Optional.empty() : Optional.of(file(chain));
	}

	private Path file(String chain) {
		return directory.resolve(PREFIX + chain.substring(0, Math.min(16, chain.length())) + ".log");
	}

}
