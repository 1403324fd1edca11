package org.zhengtong.files.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
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
import org.zhengtong.files.FileResponses;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Downloads at {@code /files/{id}}: only for readers the owning module's policy allows;
 * everyone else, and every file without a policy, gets 404 as if it did not exist.
 */
@Controller
class FileDownloadController {

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
		return FileResponses.of(link, files.contentOf(link.file()), access == FileAccess.PUBLIC);
	}

	private static @Nullable Authentication reader() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null : authentication;
	}

}
