package org.zhengtong.interaction.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.platform.WebAreas;

/**
 * 评议 ({@code /interaction/ratings}, {@code /en/interaction/ratings}): the 好差评 figures per
 * unit and per service, for all time or one year, with what each figure means.
 */
@Controller
class RatingPageController {

	static final String VIEW = "interaction/ratings";

	private final RatingManagement ratings;

	private final Clock clock;

	RatingPageController(RatingManagement ratings, Clock clock) {
		this.ratings = ratings;
		this.clock = clock;
	}

	@GetMapping({ "/interaction/ratings", "/en/interaction/ratings" })
	String ratings(@RequestParam(required = false) @Nullable Integer year, HttpServletRequest request, Model model) {
		int thisYear = LocalDate.now(clock).getYear();
		if (year != null && (year < 2000 || year > thisYear)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		boolean english = WebAreas.pathOf(request).startsWith("/en/");
		LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
		LocalDate to = year == null ? null : LocalDate.of(year, 12, 31);
		model.addAttribute("year", year);
		model.addAttribute("years", java.util.List.of(thisYear, thisYear - 1));
		model.addAttribute("base", (english ? "/en" : "") + "/interaction/ratings");
		model.addAttribute("byUnit", ratings.byUnit(from, to, english));
		model.addAttribute("byService", ratings.byService(from, to, english));
		return VIEW;
	}

}
