package org.zhengtong.interaction.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.internal.Letter;
import org.zhengtong.interaction.internal.LetterAccess;
import org.zhengtong.interaction.internal.Masks;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;

/**
 * A letter in the workbench: what was written, by whom (masked unless the reader is the
 * receiving office or the assigned handler, and then each full read is audited), the
 * attachments, the clock and 办理过程; below, the actions of the reader's part (the office's,
 * the unit's) from their own fragments.
 */
@Controller
class LetterDeskController {

	static final String VIEW = "interaction/letter-detail";

	/** The owner type of a letter's attachments in {@code files}. */
	static final String ATTACHMENTS = "interaction.request";

	private final LetterAccess access;

	private final Casework casework;

	private final Deadlines deadlines;

	private final FileManagement files;

	private final UnitManagement units;

	private final Clock clock;

	LetterDeskController(LetterAccess access, Casework casework, Deadlines deadlines, FileManagement files,
			UnitManagement units, Clock clock) {
		this.access = access;
		this.casework = casework;
		this.deadlines = deadlines;
		this.files = files;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/workbench/letters/{id}")
	String detail(@PathVariable UUID id, @RequestParam(name = "contact", required = false) @Nullable String contact,
			Principal principal, Model model) {
		Letter letter = readable(id, principal);
		boolean mayUnmask = access.mayUnmask(letter, principal.getName());
		boolean full = mayUnmask && "full".equals(contact);
		if (full) {
			access.unmasked(letter, principal.getName());
		}
		model.addAttribute("letter", letter);
		model.addAttribute("writer", Writer.of(letter, full));
		model.addAttribute("mayUnmask", mayUnmask && !full);
		model.addAttribute("office", access.office(principal.getName()));
		model.addAttribute("unitName", unitName(letter.unitId()));
		model.addAttribute("replyUnitName", unitName(letter.replyUnitId()));
		model.addAttribute("attachments", files.filesOf(new FileOwner(ATTACHMENTS, letter.id().toString())));
		model.addAttribute("replyClock", letter.replyClockId() == null ? null : deadlines.view(letter.replyClockId()));
		model.addAttribute("history",
				letter.caseId() == null ? java.util.List.of() : casework.history(letter.caseId()));
		model.addAttribute("openTasks",
				letter.caseId() == null ? java.util.List.of() : casework.openTasks(letter.caseId()));
		return VIEW;
	}

	private @Nullable String unitName(@Nullable UUID unit) {
		return unit == null ? null
				: units.find(unit, LocalDate.now(clock)).map((view) -> view.names().fullName()).orElse(null);
	}

	/** A letter the reader may not see answers 404, as one that does not exist. */
	private Letter readable(UUID id, Principal principal) {
		try {
			return access.readable(id, principal.getName());
		}
		catch (LetterRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
		}
	}

	/** The writer as this reader may see them. */
	record Writer(boolean registered, @Nullable String name, @Nullable String phone, @Nullable String email,
			boolean full) {

		static Writer of(Letter letter, boolean full) {
			return full
					? new Writer(letter.writerAccountId() != null, letter.writerName(), letter.writerPhone(),
							letter.writerEmail(), true)
					: new Writer(letter.writerAccountId() != null, Masks.name(letter.writerName()),
							Masks.phone(letter.writerPhone()), Masks.email(letter.writerEmail()), false);
		}

	}

}
