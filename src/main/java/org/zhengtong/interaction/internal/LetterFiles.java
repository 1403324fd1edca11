package org.zhengtong.interaction.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhengtong.files.FileAccess;
import org.zhengtong.files.FileAccessPolicy;
import org.zhengtong.files.FileOwner;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;

/**
 * Who downloads a letter's attachments: the staff who may read the letter in the
 * workbench, and the writer's own account. Anyone else (anonymous visitors included) is
 * told the file does not exist.
 */
@Component
class LetterFiles implements FileAccessPolicy {

	private final Letters letters;

	private final LetterAccess access;

	private final AccountManagement accounts;

	LetterFiles(Letters letters, LetterAccess access, AccountManagement accounts) {
		this.letters = letters;
		this.access = access;
		this.accounts = accounts;
	}

	@Override
	public String ownerType() {
		return LetterSubmissions.ATTACHMENTS;
	}

	@Override
	public FileAccess access(FileOwner owner, @Nullable Authentication reader) {
		if (reader == null || !reader.isAuthenticated()) {
			return FileAccess.DENIED;
		}
		UUID id;
		try {
			id = UUID.fromString(owner.id());
		}
		catch (IllegalArgumentException notALetter) {
			return FileAccess.DENIED;
		}
		Letter letter = letters.findById(id).orElse(null);
		if (letter == null) {
			return FileAccess.DENIED;
		}
		if (letter.writerAccountId() != null && accounts.find(reader.getName())
			.map(AccountView::id)
			.filter(letter.writerAccountId()::equals)
			.isPresent()) {
			return FileAccess.ALLOWED;
		}
		return access.mayRead(letter, reader.getName()) ? FileAccess.ALLOWED : FileAccess.DENIED;
	}

}
