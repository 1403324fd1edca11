package org.zhengtong.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.FileRefused;
import org.zhengtong.files.StoredFile;
import org.zhengtong.files.UploadRules;

@Service
class FileService implements FileManagement {

	private final ContentStore store;

	private final FileRecords records;

	private final ContentTypes types;

	private final TransactionTemplate transaction;

	private final Clock clock;

	FileService(ContentStore store, FileRecords records, ContentTypes types, TransactionTemplate transaction,
			Clock clock) {
		this.store = store;
		this.records = records;
		this.types = types;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public StoredFile store(InputStream content, String fileName, UploadRules rules) throws IOException {
		String name = FileNames.clean(fileName);
		byte[] head = content.readNBytes(ContentTypes.HEAD_BYTES);
		if (head.length == 0) {
			throw FileRefused.empty(name);
		}
		String mediaType = types.detect(head, head.length, name);
		if (!rules.mediaTypes().contains(mediaType)) {
			throw FileRefused.typeNotAllowed(name, mediaType);
		}
		if (head.length > rules.maxBytes()) {
			throw FileRefused.tooLarge(name, rules.maxBytes());
		}
		Path upload = store.newTemporaryFile();
		try {
			MessageDigest sha256 = sha256();
			long size = copy(head, content, upload, sha256, rules.maxBytes(), name);
			StoredFile file = new StoredFile(HexFormat.of().formatHex(sha256.digest()), size, mediaType);
			transaction.executeWithoutResult((status) -> {
				records.upsertBlob(file, clock.instant());
				try {
					store.keep(upload, file.sha256());
				}
				catch (IOException ex) {
					throw new IllegalStateException("Could not keep " + name + " in the file store", ex);
				}
			});
			return file;
		}
		finally {
			Files.deleteIfExists(upload);
		}
	}

	private static long copy(byte[] head, InputStream rest, Path upload, MessageDigest digest, long maxBytes,
			String name) throws IOException {
		long size = head.length;
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(upload), digest)) {
			out.write(head);
			byte[] buffer = new byte[64 * 1024];
			for (int read = rest.read(buffer); read != -1; read = rest.read(buffer)) {
				size += read;
				if (size > maxBytes) {
					throw FileRefused.tooLarge(name, maxBytes);
				}
				out.write(buffer, 0, read);
			}
		}
		return size;
	}

	@Override
	public FileLink attach(StoredFile file, FileOwner owner, String fileName, String linkedBy) {
		FileLink link = new FileLink(UUID.randomUUID(), file, owner, FileNames.clean(fileName), clock.instant());
		records.insertLink(link, linkedBy);
		return link;
	}

	@Override
	public void detach(UUID linkId) {
		records.deleteLink(linkId);
	}

	@Override
	public Optional<FileLink> find(UUID linkId) {
		return records.link(linkId);
	}

	@Override
	public List<FileLink> filesOf(FileOwner owner) {
		return records.linksOf(owner);
	}

	@Override
	public InputStream open(StoredFile file) throws IOException {
		return store.open(file.sha256());
	}

	@Override
	public Resource contentOf(StoredFile file) {
		return new FileSystemResource(store.pathOf(file.sha256()));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
