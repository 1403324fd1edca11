package org.zhengtong.testing;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.zhengtong.files.FileAccess;
import org.zhengtong.files.FileAccessPolicy;
import org.zhengtong.files.FileOwner;

/**
 * Download rules for files of two test owner types: {@code test.public} files are public;
 * {@code test.private} files are readable by the account named as the owner's id only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestFileAccess {

	@Bean
	FileAccessPolicy publicTestFiles() {
		return policy("test.public", (owner, reader) -> FileAccess.PUBLIC);
	}

	@Bean
	FileAccessPolicy privateTestFiles() {
		return policy("test.private", (owner, reader) -> reader != null && reader.getName().equals(owner.id())
				? FileAccess.ALLOWED : FileAccess.DENIED);
	}

	private static FileAccessPolicy policy(String type, Rule rule) {
		return new FileAccessPolicy() {

			@Override
			public String ownerType() {
				return type;
			}

			@Override
			public FileAccess access(FileOwner owner, @Nullable Authentication reader) {
				return rule.access(owner, reader);
			}

		};
	}

	interface Rule {

		FileAccess access(FileOwner owner, @Nullable Authentication reader);

	}

}
