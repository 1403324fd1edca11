package org.zhengtong.files.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.files.FileAccess;
import org.zhengtong.files.FileAccessPolicy;
import org.zhengtong.files.FileLink;
import org.zhengtong.files.FileManagement;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Downloads at {@code /files/{id}}: only for readers the owning module's policy allows;
 * everyone else, and every file without a policy, gets 404 as if it did not exist.
 */
@Controller
class FileDownloadController {

	/** Shown in the browser; everything else is saved. None of these can carry script. */
	private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
			"application/pdf");

	private final FileManagement files;

	private final Map<String, FileAccessPolicy> policies;

	FileDownloadController(FileManagement files, List<FileAccessPolicy> policies) {
		this.files = files;
		this.policies = policies.stream().collect(Collectors.toMap(FileAccessPolicy::ownerType, Function.identity()));
	}

	@GetMapping("/files/{id}")
	ResponseEntity<Resource> download(@PathVariable UUID id) {
		FileLink link = files.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		FileAccessPolicy policy = policies.get(link.owner().type());
		FileAccess access = policy == null ? FileAccess.DENIED : policy.access(link.owner(), reader());
		if (access == FileAccess.DENIED) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		String type = link.file().mediaType();
		ContentDisposition disposition = (INLINE.contains(type) ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(link.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.contentLength(link.file().size())
			.eTag(link.file().sha256())
			.cacheControl(access == FileAccess.PUBLIC ? CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()
					: CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(files.contentOf(link.file()));
	}

	private static @Nullable Authentication reader() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null : authentication;
	}

}
