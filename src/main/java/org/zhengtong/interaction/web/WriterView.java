package org.zhengtong.interaction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.interaction.internal.Letter;
import org.zhengtong.interaction.internal.LetterChoices;
import org.zhengtong.interaction.internal.LetterSubmissions;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;

/**
 * A letter as its writer sees it (followed by 查询码 or in 我的来信): what they wrote, where it
 * stands, the attachments, and the answer under the unit's name on the day it answered.
 */
@Component
class WriterView {

	private final FileManagement files;

	private final UnitManagement units;

	private final LetterChoices choices;

	private final Clock clock;

	WriterView(FileManagement files, UnitManagement units, LetterChoices choices, Clock clock) {
		this.files = files;
		this.units = units;
		this.choices = choices;
		this.clock = clock;
	}

	/**
	 * Fills the model for {@code interaction/letter-writer :: letter}.
	 * @param downloads whether the attachments are links (a writer with an account) or
	 * names only
	 */
	void fill(Letter letter, boolean downloads, boolean english, Model model) {
		model.addAttribute("letter", letter);
		model.addAttribute("english", english);
		model.addAttribute("downloads", downloads);
		model.addAttribute("attachments",
				files.filesOf(new FileOwner(LetterSubmissions.ATTACHMENTS, letter.id().toString())));
		model.addAttribute("regionName",
				choices.region(letter.region()).map((unit) -> name(unit, english)).orElse(null));
		model.addAttribute("replyUnitName",
				letter.replyUnitId() == null ? null : unitName(letter.replyUnitId(), letter.repliedAt() == null
						? LocalDate.now(clock) : LocalDate.ofInstant(letter.repliedAt(), clock.getZone()), english));
		model.addAttribute("withdrawable", letter.state() == org.zhengtong.interaction.RequestState.SUBMITTED
				|| letter.state() == org.zhengtong.interaction.RequestState.SCREENING);
	}

	private @Nullable String unitName(UUID unit, LocalDate day, boolean english) {
		return units.find(unit, day).map((view) -> name(view, english)).orElse(null);
	}

	private static String name(UnitView unit, boolean english) {
		return english ? unit.names().englishName() : unit.names().fullName();
	}

	static Locale locale(boolean english) {
		return english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

}
