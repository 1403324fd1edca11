package org.zhengtong.interaction.web;

import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.internal.BoardRecords;
import org.zhengtong.interaction.internal.ReplyBoardService;
import org.zhengtong.platform.WebAreas;
import org.zhengtong.shared.PageNumbers;
import org.zhengtong.shared.PageOf;

/**
 * 回复公开 on the portal: the letters whose writers agreed, with their replies, newest answer
 * first; filters by channel, answering unit, year and words. The texts are Chinese on the
 * English site too (marked so).
 */
@Controller
class BoardController {

	static final String LIST = "interaction/board-list";

	static final String DETAIL = "interaction/board-detail";

	static final int PAGE_SIZE = 20;

	private final BoardRecords records;

	private final ReplyBoardService board;

	BoardController(BoardRecords records, ReplyBoardService board) {
		this.records = records;
		this.board = board;
	}

	@GetMapping({ "/interaction/board", "/en/interaction/board" })
	String list(@RequestParam(required = false) @Nullable String door,
			@RequestParam(required = false) @Nullable UUID unit, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		Door chosen = Arrays.stream(Door.values()).filter((d) -> d.name().equals(door)).findFirst().orElse(null);
		String words = text == null || text.isBlank() ? null
				: text.strip().substring(0, Math.min(50, text.strip().length()));
		PageOf<BoardRecords.Row> entries = records.page(new BoardRecords.Filter(chosen, unit, year, words, null), true,
				page, PAGE_SIZE);
		String prefix = prefix(request);
		model.addAttribute("prefix", prefix);
		model.addAttribute("english", !prefix.isEmpty());
		model.addAttribute("entries", entries);
		model.addAttribute("pageNumbers", PageNumbers.of(entries));
		model.addAttribute("doors", Door.values());
		model.addAttribute("units", records.units());
		model.addAttribute("door", chosen);
		model.addAttribute("unit", unit);
		model.addAttribute("year", year);
		model.addAttribute("q", words);
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath(prefix + "/interaction/board")
					.queryParamIfPresent("door", java.util.Optional.ofNullable(chosen).map(Door::name))
					.queryParamIfPresent("unit", java.util.Optional.ofNullable(unit))
					.queryParamIfPresent("year", java.util.Optional.ofNullable(year))
					.queryParamIfPresent("q", java.util.Optional.ofNullable(words))
					.queryParam("page", "")
					.build()
					.encode()
					.toUriString());
		return LIST;
	}

	@GetMapping({ "/interaction/board/{number}", "/en/interaction/board/{number}" })
	String detail(@PathVariable String number, HttpServletRequest request, Model model) {
		model.addAttribute("entry",
				board.publishedByNumber(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		String prefix = prefix(request);
		model.addAttribute("prefix", prefix);
		model.addAttribute("english", !prefix.isEmpty());
		return DETAIL;
	}

	private static String prefix(HttpServletRequest request) {
		return WebAreas.isEnglishSite(WebAreas.pathOf(request)) ? "/en" : "";
	}

}
