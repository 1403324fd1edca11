package org.zhengtong.interaction.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhengtong.files.FileAccess;
import org.zhengtong.files.FileAccessPolicy;
import org.zhengtong.files.FileOwner;

/**
 * An interview's picture: every interview is public from its announcement on, and so is
 * its picture — as long as it is the interview's current one.
 */
@Component
class InterviewPictures implements FileAccessPolicy {

	private final Interviews interviews;

	InterviewPictures(Interviews interviews) {
		this.interviews = interviews;
	}

	@Override
	public String ownerType() {
		return InterviewDesk.PICTURES;
	}

	@Override
	public FileAccess access(FileOwner owner, @Nullable Authentication reader) {
		try {
			return interviews.existsById(java.util.UUID.fromString(owner.id())) ? FileAccess.PUBLIC : FileAccess.DENIED;
		}
		catch (IllegalArgumentException notAnId) {
			return FileAccess.DENIED;
		}
	}

}
